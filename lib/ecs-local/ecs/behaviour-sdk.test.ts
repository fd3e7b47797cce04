// Behaviour over time of the new operations through the real AWS SDK over HTTP, the scheduler driven by a
// FakeClock: managed scaling adding instances, protected tasks surviving scale-in, a blue/green deployment's
// lifecycle stages.
import {
  CreateCapacityProviderCommand,
  CreateServiceCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  type ECSClient,
  GetTaskProtectionCommand,
  ListContainerInstancesCommand,
  ListTasksCommand,
  PutClusterCapacityProvidersCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  UpdateTaskProtectionCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { ASG_ARN } from '../testing/capacity-providers';
import { type ServedEngine, servedEngine } from '../testing/engine';
import { NETWORK, registerFargate } from '../testing/services';

let served: ServedEngine;
let engine: Engine;
let ecs: ECSClient;

beforeAll(async () => {
  served = await servedEngine();
  ({ engine, ecs } = served);
  engine.call('CreateCluster', { clusterName: 'demo' });
  registerFargate(engine);
});
afterAll(() => served.close());

const serviceTasks = async (service: string) =>
  (await ecs.send(new ListTasksCommand({ cluster: 'demo', serviceName: service }))).taskArns ?? [];

describe('behaviour over time through the AWS SDK', () => {
  it('managed scaling adds instances for a service on an Auto Scaling group provider', async () => {
    await ecs.send(
      new CreateCapacityProviderCommand({
        name: 'sdk-nodes',
        autoScalingGroupProvider: {
          autoScalingGroupArn: `${ASG_ARN}/sdk-nodes`,
          managedScaling: { status: 'ENABLED', targetCapacity: 100 },
          managedTerminationProtection: 'ENABLED',
        },
      }),
    );
    await ecs.send(
      new PutClusterCapacityProvidersCommand({
        cluster: 'demo',
        capacityProviders: ['sdk-nodes'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'sdk-nodes', weight: 1 }],
      }),
    );
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'worker',
        requiresCompatibilities: ['EC2'],
        containerDefinitions: [{ name: 'worker', image: 'busybox', cpu: 1024, memory: 2048 }],
      }),
    );
    await ecs.send(
      new CreateServiceCommand({ cluster: 'demo', serviceName: 'workers', taskDefinition: 'worker', desiredCount: 3 }),
    );
    engine.advance(5_000);
    expect((await ecs.send(new ListContainerInstancesCommand({ cluster: 'demo' }))).containerInstanceArns).toEqual([]);
    engine.advance(60_000);
    expect((await ecs.send(new ListContainerInstancesCommand({ cluster: 'demo' }))).containerInstanceArns).toHaveLength(3);
    const service = (await ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['workers'] }))).services?.[0];
    expect(service?.runningCount).toBe(3);
    expect(service?.capacityProviderStrategy).toEqual([{ capacityProvider: 'sdk-nodes', weight: 1, base: 0 }]);
  });

  it('protected tasks survive a scale-in until their protection ends', async () => {
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'demo',
        serviceName: 'guarded',
        taskDefinition: 'web',
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
      }),
    );
    engine.advance(60_000);
    const [kept] = await serviceTasks('guarded');
    await ecs.send(
      new UpdateTaskProtectionCommand({ cluster: 'demo', tasks: [kept], protectionEnabled: true, expiresInMinutes: 3 }),
    );
    await ecs.send(new UpdateServiceCommand({ cluster: 'demo', service: 'guarded', desiredCount: 0 }));
    engine.advance(60_000);
    expect(await serviceTasks('guarded')).toEqual([kept]);
    engine.advance(3 * 60_000);
    expect(await serviceTasks('guarded')).toEqual([]);
    const after = await ecs.send(new GetTaskProtectionCommand({ cluster: 'demo', tasks: [kept] }));
    expect(after.protectedTasks?.[0].protectionEnabled).toBe(false);
  });

  it("a blue/green deployment goes through ECS's lifecycle stages", async () => {
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'demo',
        serviceName: 'bg',
        taskDefinition: 'web',
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
        deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 2 },
      }),
    );
    engine.advance(5 * 60_000);
    registerFargate(engine);
    await ecs.send(new UpdateServiceCommand({ cluster: 'demo', service: 'bg', taskDefinition: 'web:2' }));
    const arn = (await ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['bg'] }))).services?.[0]
      .currentServiceDeployment as string;
    const stages: string[] = [];
    for (let i = 0; i < 40; i++) {
      const [deployment] =
        (await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))).serviceDeployments ?? [];
      if (deployment.lifecycleStage && stages[stages.length - 1] !== deployment.lifecycleStage)
        stages.push(deployment.lifecycleStage);
      if (deployment.status === 'SUCCESSFUL') break;
      engine.advance(10_000);
    }
    expect(stages).toEqual(['SCALE_UP', 'BAKE_TIME', 'CLEAN_UP']);
    expect((await serviceTasks('bg')).length).toBe(1);
  });
});
