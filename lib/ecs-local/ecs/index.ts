// Amazon ECS in the engine: the operations it serves (one module each, in the folder of the resource they act
// on) and the scheduler steps that move tasks and services over time. How its documents are stored:
// common/documents.ts.

import type { AwsService } from '../core/aws-service';
import { deleteAccountSetting } from './account-settings/operations/delete-account-setting';
import { listAccountSettings } from './account-settings/operations/list-account-settings';
import { putAccountSetting } from './account-settings/operations/put-account-setting';
import { putAccountSettingDefault } from './account-settings/operations/put-account-setting-default';
import { deleteAttributes } from './attributes/operations/delete-attributes';
import { listAttributes } from './attributes/operations/list-attributes';
import { putAttributes } from './attributes/operations/put-attributes';
import { createCapacityProvider } from './capacity-providers/operations/create-capacity-provider';
import { deleteCapacityProvider } from './capacity-providers/operations/delete-capacity-provider';
import { describeCapacityProviders } from './capacity-providers/operations/describe-capacity-providers';
import { updateCapacityProvider } from './capacity-providers/operations/update-capacity-provider';
import { scaleCapacityProvider } from './capacity-scaling/scheduler-step';
import { createCluster } from './clusters/operations/create-cluster';
import { deleteCluster } from './clusters/operations/delete-cluster';
import { describeClusters } from './clusters/operations/describe-clusters';
import { listClusters } from './clusters/operations/list-clusters';
import { putClusterCapacityProviders } from './clusters/operations/put-cluster-capacity-providers';
import { updateCluster } from './clusters/operations/update-cluster';
import { updateClusterSettings } from './clusters/operations/update-cluster-settings';
import { ecsModel, ecsValidationErrors } from './common/api-model';
import { EcsError } from './common/errors';
import { deregisterContainerInstance } from './container-instances/operations/deregister-container-instance';
import { describeContainerInstances } from './container-instances/operations/describe-container-instances';
import { discoverPollEndpoint } from './container-instances/operations/discover-poll-endpoint';
import { listContainerInstances } from './container-instances/operations/list-container-instances';
import { registerContainerInstance } from './container-instances/operations/register-container-instance';
import { updateContainerAgent } from './container-instances/operations/update-container-agent';
import { updateContainerInstancesState } from './container-instances/operations/update-container-instances-state';
import { createDaemon } from './daemons/operations/create-daemon';
import { deleteDaemon } from './daemons/operations/delete-daemon';
import { deleteDaemonTaskDefinition } from './daemons/operations/delete-daemon-task-definition';
import { describeDaemon } from './daemons/operations/describe-daemon';
import { describeDaemonDeployments } from './daemons/operations/describe-daemon-deployments';
import { describeDaemonRevisions } from './daemons/operations/describe-daemon-revisions';
import { describeDaemonTaskDefinition } from './daemons/operations/describe-daemon-task-definition';
import { listDaemonDeployments } from './daemons/operations/list-daemon-deployments';
import { listDaemonTaskDefinitions } from './daemons/operations/list-daemon-task-definitions';
import { listDaemons } from './daemons/operations/list-daemons';
import { registerDaemonTaskDefinition } from './daemons/operations/register-daemon-task-definition';
import { updateDaemon } from './daemons/operations/update-daemon';
import { reconcileDaemon } from './daemons/scheduler-step';
import { createExpressGatewayService } from './express-gateway/operations/create-express-gateway-service';
import { deleteExpressGatewayService } from './express-gateway/operations/delete-express-gateway-service';
import { describeExpressGatewayService } from './express-gateway/operations/describe-express-gateway-service';
import { updateExpressGatewayService } from './express-gateway/operations/update-express-gateway-service';
import { continueServiceDeployment } from './services/operations/continue-service-deployment';
import { createService } from './services/operations/create-service';
import { deleteService } from './services/operations/delete-service';
import { describeServiceDeployments } from './services/operations/describe-service-deployments';
import { describeServiceRevisions } from './services/operations/describe-service-revisions';
import { describeServices } from './services/operations/describe-services';
import { listServiceDeployments } from './services/operations/list-service-deployments';
import { listServices } from './services/operations/list-services';
import { listServicesByNamespace } from './services/operations/list-services-by-namespace';
import { stopServiceDeployment } from './services/operations/stop-service-deployment';
import { updateService } from './services/operations/update-service';
import { reconcileService } from './services/scheduler/reconciler';
import { publishEcsMetrics } from './services/telemetry/publish-metrics';
import { listTagsForResource } from './tags/operations/list-tags-for-resource';
import { tagResource } from './tags/operations/tag-resource';
import { untagResource } from './tags/operations/untag-resource';
import { deleteTaskDefinitions } from './task-definitions/operations/delete-task-definitions';
import { deregisterTaskDefinition } from './task-definitions/operations/deregister-task-definition';
import { describeTaskDefinition } from './task-definitions/operations/describe-task-definition';
import { listTaskDefinitionFamilies } from './task-definitions/operations/list-task-definition-families';
import { listTaskDefinitions } from './task-definitions/operations/list-task-definitions';
import { registerTaskDefinition } from './task-definitions/operations/register-task-definition';
import { createTaskSet } from './task-sets/operations/create-task-set';
import { deleteTaskSet } from './task-sets/operations/delete-task-set';
import { describeTaskSets } from './task-sets/operations/describe-task-sets';
import { updateServicePrimaryTaskSet } from './task-sets/operations/update-service-primary-task-set';
import { updateTaskSet } from './task-sets/operations/update-task-set';
import { instanceDueHandler } from './tasks/agent-tasks';
import { describeTasks } from './tasks/operations/describe-tasks';
import { executeCommand } from './tasks/operations/execute-command';
import { getTaskProtection } from './tasks/operations/get-task-protection';
import { listTasks } from './tasks/operations/list-tasks';
import { runTask } from './tasks/operations/run-task';
import { startTask } from './tasks/operations/start-task';
import { stopTask } from './tasks/operations/stop-task';
import { submitAttachmentStateChanges } from './tasks/operations/submit-attachment-state-changes';
import { submitContainerStateChange } from './tasks/operations/submit-container-state-change';
import { submitTaskStateChange } from './tasks/operations/submit-task-state-change';
import { updateTaskProtection } from './tasks/operations/update-task-protection';
import { taskOutputStep } from './tasks/output';
import { taskDueHandler } from './tasks/scheduler-step';

export const ecs: AwsService = {
  name: 'ecs',
  model: ecsModel,
  operations: {
    // clusters/
    CreateCluster: createCluster,
    DescribeClusters: describeClusters,
    ListClusters: listClusters,
    UpdateCluster: updateCluster,
    UpdateClusterSettings: updateClusterSettings,
    PutClusterCapacityProviders: putClusterCapacityProviders,
    DeleteCluster: deleteCluster,
    // capacity-providers/
    CreateCapacityProvider: createCapacityProvider,
    DescribeCapacityProviders: describeCapacityProviders,
    UpdateCapacityProvider: updateCapacityProvider,
    DeleteCapacityProvider: deleteCapacityProvider,
    // container-instances/
    RegisterContainerInstance: registerContainerInstance,
    DeregisterContainerInstance: deregisterContainerInstance,
    ListContainerInstances: listContainerInstances,
    DescribeContainerInstances: describeContainerInstances,
    UpdateContainerInstancesState: updateContainerInstancesState,
    UpdateContainerAgent: updateContainerAgent,
    // the container agent's calls (agent/)
    DiscoverPollEndpoint: discoverPollEndpoint,
    SubmitTaskStateChange: submitTaskStateChange,
    SubmitContainerStateChange: submitContainerStateChange,
    SubmitAttachmentStateChanges: submitAttachmentStateChanges,
    // attributes/
    PutAttributes: putAttributes,
    ListAttributes: listAttributes,
    DeleteAttributes: deleteAttributes,
    // task-definitions/
    RegisterTaskDefinition: registerTaskDefinition,
    DescribeTaskDefinition: describeTaskDefinition,
    ListTaskDefinitions: listTaskDefinitions,
    ListTaskDefinitionFamilies: listTaskDefinitionFamilies,
    DeregisterTaskDefinition: deregisterTaskDefinition,
    DeleteTaskDefinitions: deleteTaskDefinitions,
    // services/
    CreateService: createService,
    DescribeServices: describeServices,
    ListServices: listServices,
    ListServicesByNamespace: listServicesByNamespace,
    UpdateService: updateService,
    DeleteService: deleteService,
    ListServiceDeployments: listServiceDeployments,
    DescribeServiceDeployments: describeServiceDeployments,
    DescribeServiceRevisions: describeServiceRevisions,
    StopServiceDeployment: stopServiceDeployment,
    ContinueServiceDeployment: continueServiceDeployment,
    // task-sets/
    CreateTaskSet: createTaskSet,
    DescribeTaskSets: describeTaskSets,
    UpdateTaskSet: updateTaskSet,
    DeleteTaskSet: deleteTaskSet,
    UpdateServicePrimaryTaskSet: updateServicePrimaryTaskSet,
    // tasks/
    RunTask: runTask,
    StartTask: startTask,
    StopTask: stopTask,
    DescribeTasks: describeTasks,
    ListTasks: listTasks,
    GetTaskProtection: getTaskProtection,
    UpdateTaskProtection: updateTaskProtection,
    ExecuteCommand: executeCommand,
    // daemons/
    RegisterDaemonTaskDefinition: registerDaemonTaskDefinition,
    DescribeDaemonTaskDefinition: describeDaemonTaskDefinition,
    ListDaemonTaskDefinitions: listDaemonTaskDefinitions,
    DeleteDaemonTaskDefinition: deleteDaemonTaskDefinition,
    CreateDaemon: createDaemon,
    UpdateDaemon: updateDaemon,
    DeleteDaemon: deleteDaemon,
    DescribeDaemon: describeDaemon,
    ListDaemons: listDaemons,
    DescribeDaemonDeployments: describeDaemonDeployments,
    ListDaemonDeployments: listDaemonDeployments,
    DescribeDaemonRevisions: describeDaemonRevisions,
    // express-gateway/
    CreateExpressGatewayService: createExpressGatewayService,
    DescribeExpressGatewayService: describeExpressGatewayService,
    UpdateExpressGatewayService: updateExpressGatewayService,
    DeleteExpressGatewayService: deleteExpressGatewayService,
    // tags/
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
    // account-settings/
    ListAccountSettings: listAccountSettings,
    PutAccountSetting: putAccountSetting,
    PutAccountSettingDefault: putAccountSettingDefault,
    DeleteAccountSetting: deleteAccountSetting,
  },
  errors: {
    ...ecsValidationErrors,
    unknownOperation: (message) => new EcsError('UnknownOperationException', message),
    unsupported: (message) => new EcsError('UnsupportedFeatureException', message),
    internal: (message) => new EcsError('ServerException', message),
  },
  scheduler: {
    task: taskDueHandler,
    service: reconcileService,
    'task-output': taskOutputStep,
    'ecs-metrics': publishEcsMetrics,
    instance: instanceDueHandler,
    capacityprovider: scaleCapacityProvider,
    daemon: reconcileDaemon,
  },
  // Every status but RUNNING has a next step by the lifecycle's clock or the runtime's events (STOPPED: being
  // forgotten after retention). Services always have one (a steady one for its 6-hourly event); deployments move
  // only with their service's reconciler, so waking the service is what resumes them.
  sweep: [
    {
      kind: 'task',
      statuses: ['PROVISIONING', 'PENDING', 'ACTIVATING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'],
    },
    { kind: 'service', statuses: ['ACTIVE', 'DRAINING'] },
  ],
  cacheable: new Set([
    'DescribeServices',
    'DescribeClusters',
    'ListClusters',
    'ListServices',
    'DescribeTaskDefinition',
    'ListTaskDefinitions',
    'ListTaskDefinitionFamilies',
  ]),
};
