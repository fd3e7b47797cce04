// Amazon ECS in the engine: the operations it serves (one module each, in the folder of the resource they act
// on) and the scheduler steps that move tasks and services over time. How its documents are stored:
// common/documents.ts.

import type { AwsService } from '../core/aws-service';
import { listAccountSettings } from './account-settings/operations/list-account-settings';
import { putAccountSetting } from './account-settings/operations/put-account-setting';
import { putAccountSettingDefault } from './account-settings/operations/put-account-setting-default';
import { describeCapacityProviders } from './capacity-providers/operations/describe-capacity-providers';
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
import { listContainerInstances } from './container-instances/operations/list-container-instances';
import { registerContainerInstance } from './container-instances/operations/register-container-instance';
import { createService } from './services/operations/create-service';
import { deleteService } from './services/operations/delete-service';
import { describeServiceDeployments } from './services/operations/describe-service-deployments';
import { describeServices } from './services/operations/describe-services';
import { listServiceDeployments } from './services/operations/list-service-deployments';
import { listServices } from './services/operations/list-services';
import { updateService } from './services/operations/update-service';
import { reconcileService } from './services/scheduler/reconciler';
import { listTagsForResource } from './tags/operations/list-tags-for-resource';
import { tagResource } from './tags/operations/tag-resource';
import { untagResource } from './tags/operations/untag-resource';
import { deleteTaskDefinitions } from './task-definitions/operations/delete-task-definitions';
import { deregisterTaskDefinition } from './task-definitions/operations/deregister-task-definition';
import { describeTaskDefinition } from './task-definitions/operations/describe-task-definition';
import { listTaskDefinitionFamilies } from './task-definitions/operations/list-task-definition-families';
import { listTaskDefinitions } from './task-definitions/operations/list-task-definitions';
import { registerTaskDefinition } from './task-definitions/operations/register-task-definition';
import { describeTasks } from './tasks/operations/describe-tasks';
import { listTasks } from './tasks/operations/list-tasks';
import { runTask } from './tasks/operations/run-task';
import { startTask } from './tasks/operations/start-task';
import { stopTask } from './tasks/operations/stop-task';
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
    DescribeCapacityProviders: describeCapacityProviders,
    // container-instances/
    RegisterContainerInstance: registerContainerInstance,
    DeregisterContainerInstance: deregisterContainerInstance,
    ListContainerInstances: listContainerInstances,
    DescribeContainerInstances: describeContainerInstances,
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
    UpdateService: updateService,
    DeleteService: deleteService,
    ListServiceDeployments: listServiceDeployments,
    DescribeServiceDeployments: describeServiceDeployments,
    // tasks/
    RunTask: runTask,
    StartTask: startTask,
    StopTask: stopTask,
    DescribeTasks: describeTasks,
    ListTasks: listTasks,
    // tags/
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
    // account-settings/
    ListAccountSettings: listAccountSettings,
    PutAccountSetting: putAccountSetting,
    PutAccountSettingDefault: putAccountSettingDefault,
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
