// Test fixtures for the service scheduler tests: an engine on a FakeClock, a cluster, Fargate task definitions.
import type { Deployment, Service, ServiceDeployment, Task } from '@aws-sdk/client-ecs';
import type { FakeClock } from '../core/clock';
import { EcsError } from '../ecs/common/errors';
import type { Engine } from '../engine';
import type { Wire } from '../protocol/serialize';
import { engineWithCluster, NETWORK } from './engine';

export { NETWORK } from './engine';

export interface Fixture {
  engine: Engine;
  clock: FakeClock;
}

/** The EcsError `fn` throws (fails the test if it throws nothing or something else). */
export function fails(fn: () => unknown): EcsError {
  try {
    fn();
  } catch (err) {
    if (err instanceof EcsError) return err;
    throw err;
  }
  throw new Error('expected an EcsError');
}

export const setup: (clusterName?: string) => Fixture = engineWithCluster;

/** Registers a Fargate revision of `family`; `labels` are docker labels (fault injection). */
export function registerFargate(engine: Engine, family = 'web', labels?: Record<string, string>, extra: object = {}): string {
  const out = engine.call('RegisterTaskDefinition', {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:latest',
        essential: true,
        portMappings: [{ containerPort: 80 }],
        dockerLabels: labels,
        ...extra,
      },
    ],
  }) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
}

/** Advances the engine's fake clock to `at` (ms since the epoch), running the scheduler every `stepMs` as it goes. */
export function advanceTo(engine: Engine, clock: FakeClock, at: number, stepMs = 250): void {
  engine.advance(at - clock.now(), stepMs);
}

export function createService(engine: Engine, input: Record<string, unknown>): Wire<Service> {
  const out = engine.call('CreateService', {
    cluster: 'demo',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    ...input,
  }) as { service: Wire<Service> };
  return out.service;
}

/** The service `web` with the deployment circuit breaker on (and rollback on or off). */
export function createBreakerService(engine: Engine, desiredCount: number, rollback: boolean): Wire<Service> {
  return createService(engine, {
    serviceName: 'web',
    desiredCount,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback } },
  });
}

export type Svc = Omit<Wire<Service>, 'deployments' | 'events'> & {
  runningCount: number;
  pendingCount: number;
  deployments: (Wire<Deployment> & { id: string })[];
  events: { message: string; id: string; createdAt: number }[];
};

export function describeService(engine: Engine, name: string, cluster = 'demo'): Svc {
  const out = engine.call('DescribeServices', { cluster, services: [name] }) as { services: Svc[] };
  return out.services[0];
}

/** The service's tasks as DescribeTasks shows them (RUNNING desired status by default). */
export function serviceTasks(engine: Engine, name: string, desiredStatus = 'RUNNING', cluster = 'demo'): Wire<Task>[] {
  const { taskArns } = engine.call('ListTasks', { cluster, serviceName: name, desiredStatus }) as { taskArns: string[] };
  const out: Wire<Task>[] = [];
  for (let i = 0; i < taskArns.length; i += 100) {
    const batch = engine.call('DescribeTasks', { cluster, tasks: taskArns.slice(i, i + 100) }) as { tasks: Wire<Task>[] };
    out.push(...batch.tasks);
  }
  return out;
}

/** All tasks of the service that have not reached STOPPED, whatever their desired status. */
export function liveTasks(engine: Engine, name: string): Wire<Task>[] {
  const all = [...serviceTasks(engine, name, 'RUNNING'), ...serviceTasks(engine, name, 'STOPPED')];
  return all.filter((t) => t.lastStatus !== 'STOPPED');
}

export function messages(service: Svc): string[] {
  return service.events.map((e) => e.message);
}

/** The service's ServiceDeployment documents as DescribeServiceDeployments shows them, newest first. */
export function serviceDeployments(engine: Engine, service = 'web', status?: string[]): Wire<ServiceDeployment>[] {
  const list = engine.call('ListServiceDeployments', { cluster: 'demo', service, status }) as {
    serviceDeployments: { serviceDeploymentArn: string }[];
  };
  if (list.serviceDeployments.length === 0) return [];
  const described = engine.call('DescribeServiceDeployments', {
    serviceDeploymentArns: list.serviceDeployments.map((d) => d.serviceDeploymentArn),
  }) as { serviceDeployments: Wire<ServiceDeployment>[] };
  const byArn = new Map(described.serviceDeployments.map((d) => [d.serviceDeploymentArn, d]));
  return list.serviceDeployments.map((d) => byArn.get(d.serviceDeploymentArn) as Wire<ServiceDeployment>);
}
