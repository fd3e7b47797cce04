// A new task set document, for CreateTaskSet and for the initial task set of a CODE_DEPLOY service.
import type {
  CapacityProviderStrategyItem,
  LoadBalancer,
  NetworkConfiguration,
  Scale,
  ServiceRegistry,
  Tag,
} from '@aws-sdk/client-ecs';
import { nowSeconds, type OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { deploymentId } from '../common/arns';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { DEFAULT_SCALE, type TaskSetDoc, taskSetArn } from './model';

export interface TaskSetSpec {
  cluster: { clusterName: string; clusterArn: string };
  service: { serviceName: string; serviceArn: string };
  taskDefinition: TaskDefinitionDoc;
  launchType?: string;
  capacityProviderStrategy?: Wire<CapacityProviderStrategyItem>[];
  platformVersion?: string;
  networkConfiguration?: Wire<NetworkConfiguration>;
  loadBalancers?: Wire<LoadBalancer>[];
  serviceRegistries?: Wire<ServiceRegistry>[];
  scale?: Wire<Scale>;
  externalId?: string;
  startedBy?: string;
  tags?: Tag[];
  status: TaskSetDoc['status'];
}

export function newTaskSet(ctx: OpContext, spec: TaskSetSpec): TaskSetDoc {
  const id = deploymentId();
  const now = nowSeconds(ctx);
  const os = spec.taskDefinition.runtimePlatform?.operatingSystemFamily;
  return {
    id,
    taskSetArn: taskSetArn(ctx, spec.cluster.clusterName, spec.service.serviceName, id),
    serviceArn: spec.service.serviceArn,
    clusterArn: spec.cluster.clusterArn,
    startedBy: spec.startedBy,
    externalId: spec.externalId,
    status: spec.status,
    taskDefinition: spec.taskDefinition.taskDefinitionArn,
    computedDesiredCount: 0,
    pendingCount: 0,
    runningCount: 0,
    createdAt: now,
    updatedAt: now,
    launchType: spec.launchType as TaskSetDoc['launchType'],
    capacityProviderStrategy: spec.capacityProviderStrategy,
    platformVersion: spec.platformVersion,
    platformFamily: spec.platformVersion ? (os && os !== 'LINUX' ? os : 'Linux') : undefined,
    networkConfiguration: spec.networkConfiguration,
    loadBalancers: spec.loadBalancers ?? [],
    serviceRegistries: spec.serviceRegistries ?? [],
    scale: spec.scale ? { value: spec.scale.value ?? 100, unit: spec.scale.unit ?? 'PERCENT' } : { ...DEFAULT_SCALE },
    stabilityStatus: 'STABILIZING',
    stabilityStatusAt: now,
    tags: spec.tags ?? [],
  };
}
