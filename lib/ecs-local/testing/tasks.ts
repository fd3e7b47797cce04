// Test helpers for the task modules: an engine on a fake clock with a cluster, task definitions and
// container instances created through the real operations.
import type {
  ContainerDefinition,
  ContainerInstance,
  Failure,
  RegisterTaskDefinitionRequest,
  RunTaskRequest,
  Task,
} from '@aws-sdk/client-ecs';
import type { Engine } from '../engine';
import type { Wire } from '../protocol/serialize';
import { engineWithCluster, NETWORK } from './engine';

export { ACCOUNT_ARN, ecsError, NETWORK, START } from './engine';

export type TaskView = Wire<Task>;

export const setup = engineWithCluster;

export function registerFargate(
  engine: Engine,
  family: string,
  containers: Wire<ContainerDefinition>[] = [{ name: 'app', image: 'nginx:latest', portMappings: [{ containerPort: 80 }] }],
  over: Partial<RegisterTaskDefinitionRequest> = {},
): string {
  const out = engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: containers,
    ...over,
  }) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
}

/** An EC2 (bridge) definition of one container `app` that reserves cpu / memory and has these port mappings. */
export function registerBridge(
  engine: Engine,
  family: string,
  cpu: number,
  memory: number,
  portMappings: { containerPort: number; hostPort?: number; protocol?: string }[],
): string {
  const out = engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', cpu, memory, portMappings }],
  }) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
}

/** An EC2 (bridge) definition whose container reserves cpu / memory and maps hostPort (0 = dynamic). */
export function registerEc2(engine: Engine, family: string, cpu: number, memory: number, hostPort?: number): string {
  return registerBridge(engine, family, cpu, memory, hostPort === undefined ? [] : [{ containerPort: 80, hostPort }]);
}

export function registerInstance(
  engine: Engine,
  cluster = 'demo',
  cpu = 2048,
  memory = 4096,
  attributes: { name: string; value?: string }[] = [],
) {
  const out = engine.call('RegisterContainerInstance', {
    cluster,
    instanceIdentityDocument: JSON.stringify({ instanceId: `i-${Math.random().toString(16).slice(2, 19)}` }),
    totalResources: [
      { name: 'CPU', type: 'INTEGER', integerValue: cpu },
      { name: 'MEMORY', type: 'INTEGER', integerValue: memory },
    ],
    attributes,
  }) as { containerInstance: Wire<ContainerInstance> };
  return out.containerInstance;
}

export function runTask(engine: Engine, input: Partial<RunTaskRequest> & { taskDefinition: string }) {
  return engine.call('RunTask', { cluster: 'demo', ...input }) as { tasks: TaskView[]; failures: Wire<Failure>[] };
}

export function runFargate(engine: Engine, taskDefinition: string, input: Partial<RunTaskRequest> = {}): TaskView {
  const out = runTask(engine, { taskDefinition, launchType: 'FARGATE', networkConfiguration: NETWORK, ...input });
  return out.tasks[0];
}

export function describe1(engine: Engine, taskArn: string, include?: string[]): TaskView {
  const out = engine.call('DescribeTasks', { cluster: 'demo', tasks: [taskArn], include }) as { tasks: TaskView[] };
  return out.tasks[0];
}

export function seconds(ms: number): number {
  return ms / 1000;
}
