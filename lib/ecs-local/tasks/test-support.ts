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
import { expect } from 'vitest';
import { FakeClock } from '../clock';
import type { Wire } from '../context';
import { Engine } from '../engine';

export const START = Date.UTC(2026, 0, 1);
export const ACCOUNT_ARN = 'arn:aws:ecs:us-east-1:000000000000';
export const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

export type TaskView = Wire<Task>;

export function setup(clusterName = 'demo'): { engine: Engine; clock: FakeClock } {
  const clock = new FakeClock(START);
  const engine = new Engine({ memory: true, clock });
  engine.call('CreateCluster', { clusterName });
  return { engine, clock };
}

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

/** An EC2 (bridge) definition whose container reserves cpu / memory and maps hostPort (0 = dynamic). */
export function registerEc2(engine: Engine, family: string, cpu: number, memory: number, hostPort?: number): string {
  const out = engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'app',
        image: 'nginx:latest',
        cpu,
        memory,
        portMappings: hostPort === undefined ? [] : [{ containerPort: 80, hostPort }],
      },
    ],
  }) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
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

/** What the engine throws, matched on the exception name and the exact message. */
export function ecsError(type: string, message?: string | RegExp) {
  if (message === undefined) return expect.objectContaining({ type });
  return expect.objectContaining({ type, message: typeof message === 'string' ? message : expect.stringMatching(message) });
}

export function seconds(ms: number): number {
  return ms / 1000;
}
