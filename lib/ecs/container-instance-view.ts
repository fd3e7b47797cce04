// One container instance as its page shows it: overview, resources and attributes. Pure.
import type { ContainerInstance } from '@aws-sdk/client-ecs';
import { resourceName } from '../arn';
import { isBuiltInAttribute } from '../ecs-rules/attributes';

export interface AttributeView {
  name: string;
  value?: string;
  /** ECS's own (ecs.*) attributes cannot be changed from the console. */
  builtIn: boolean;
}

export interface ContainerInstanceDetail {
  id: string;
  arn: string;
  ec2InstanceId: string;
  status: string;
  agentConnected: boolean;
  capacityProvider?: string;
  registeredAt?: string;
  runningTasks: number;
  pendingTasks: number;
  cpu: { registered?: number; remaining?: number };
  memory: { registered?: number; remaining?: number };
  attributes: AttributeView[];
}

export function toContainerInstanceDetail(ci: ContainerInstance): ContainerInstanceDetail {
  const value = (list: ContainerInstance['registeredResources'], name: string) =>
    list?.find((r) => r.name === name)?.integerValue;
  return {
    id: resourceName(ci.containerInstanceArn) ?? '',
    arn: ci.containerInstanceArn ?? '',
    ec2InstanceId: ci.ec2InstanceId ?? '-',
    status: ci.status ?? 'UNKNOWN',
    agentConnected: ci.agentConnected ?? false,
    capacityProvider: ci.capacityProviderName,
    registeredAt: ci.registeredAt?.toISOString(),
    runningTasks: ci.runningTasksCount ?? 0,
    pendingTasks: ci.pendingTasksCount ?? 0,
    cpu: { registered: value(ci.registeredResources, 'CPU'), remaining: value(ci.remainingResources, 'CPU') },
    memory: { registered: value(ci.registeredResources, 'MEMORY'), remaining: value(ci.remainingResources, 'MEMORY') },
    attributes: (ci.attributes ?? [])
      .map((a) => ({ name: a.name ?? '', value: a.value, builtIn: isBuiltInAttribute(a.name) }))
      .sort((a, b) => Number(a.builtIn) - Number(b.builtIn) || a.name.localeCompare(b.name)),
  };
}
