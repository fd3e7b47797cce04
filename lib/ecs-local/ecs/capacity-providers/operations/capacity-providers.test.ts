// CreateCapacityProvider, UpdateCapacityProvider, DeleteCapacityProvider and their association with clusters.
import type { CapacityProvider, DescribeCapacityProvidersResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ASG_ARN, associate, createProvider, MANAGED } from '../../../testing/capacity-providers';
import { ecsError, engineWithCluster, testEngine } from '../../../testing/engine';

const ARN = 'arn:aws:ecs:us-east-1:000000000000:capacity-provider';
type Engine = ReturnType<typeof testEngine>['engine'];

function describeProviders(engine: Engine, input: Record<string, unknown> = {}) {
  return engine.call('DescribeCapacityProviders', input) as Wire<DescribeCapacityProvidersResponse>;
}

describe('CreateCapacityProvider', () => {
  it("creates an Auto Scaling group provider with ECS's defaults, and describes it with the built-in ones", () => {
    const { engine } = testEngine();
    const created = createProvider(engine, 'web-asg');
    expect(created).toEqual({
      capacityProviderArn: `${ARN}/web-asg`,
      name: 'web-asg',
      status: 'ACTIVE',
      type: 'EC2_AUTOSCALING',
      autoScalingGroupProvider: {
        autoScalingGroupArn: `${ASG_ARN}/web-asg-asg`,
        managedScaling: {
          status: 'DISABLED',
          targetCapacity: 100,
          minimumScalingStepSize: 1,
          maximumScalingStepSize: 10000,
          instanceWarmupPeriod: 300,
        },
        managedTerminationProtection: 'DISABLED',
        managedDraining: 'ENABLED',
      },
      tags: [],
    });
    const managed = createProvider(engine, 'batch', {
      ...MANAGED,
      managedScaling: { targetCapacity: 80, maximumScalingStepSize: 2 },
    });
    expect(managed.autoScalingGroupProvider?.managedScaling).toMatchObject({
      status: 'ENABLED',
      targetCapacity: 80,
      maximumScalingStepSize: 2,
    });
    expect(describeProviders(engine).capacityProviders?.map((p) => p.name)).toEqual([
      'FARGATE',
      'FARGATE_SPOT',
      'batch',
      'web-asg',
    ]);
    const byArn = describeProviders(engine, { capacityProviders: [`${ARN}/batch`] });
    expect(byArn.capacityProviders?.[0].tags).toBeUndefined();
    expect(byArn.capacityProviders?.[0].name).toBe('batch');
  });

  it('refuses reserved or bad names, duplicates, a reused group, and invalid settings', () => {
    const { engine } = testEngine();
    const create =
      (name: string, provider: Record<string, unknown> = {}, tags: unknown[] = []) =>
      () =>
        engine.call('CreateCapacityProvider', {
          name,
          autoScalingGroupProvider: { autoScalingGroupArn: `${ASG_ARN}/${name}`, ...provider },
          tags,
        });
    expect(create('fargate-more')).toThrow(ecsError('ClientException', /cannot begin with 'fargate'/));
    expect(create('ECS-x')).toThrow(ecsError('ClientException', /cannot begin with 'ecs'/));
    expect(create('bad name')).toThrow(ecsError('ClientException', /up to 255 letters/));
    createProvider(engine, 'one');
    expect(() => createProvider(engine, 'one')).toThrow(ecsError('ClientException', /already exists/));
    expect(() =>
      engine.call('CreateCapacityProvider', {
        name: 'two',
        autoScalingGroupProvider: { autoScalingGroupArn: `${ASG_ARN}/one-asg` },
      }),
    ).toThrow(ecsError('ClientException', /Auto Scaling group ARN is already being used by another capacity provider/));
    expect(create('three', { managedTerminationProtection: 'ENABLED' })).toThrow(
      ecsError('ClientException', /must also have managed scaling enabled/),
    );
    expect(create('four', { managedScaling: { minimumScalingStepSize: 5, maximumScalingStepSize: 2 } })).toThrow(
      ecsError('InvalidParameterException', /minimumScalingStepSize \(5\)/),
    );
    expect(create('five', {}, [{ key: 'ecs-local.asg-max-size', value: 'many' }])).toThrow(
      ecsError(
        'InvalidParameterException',
        "Tag ecs-local.asg-max-size must be a number of instances from 0 to 100; got 'many'.",
      ),
    );
    expect(create('six', {}, [{ key: 'ecs-local.instance-type', value: 'z9.huge' }])).toThrow(
      ecsError('InvalidParameterException', /ecs-local.instance-type must be one of t3.micro/),
    );
    expect(() =>
      engine.call('CreateCapacityProvider', {
        name: 'mi',
        managedInstancesProvider: {
          infrastructureRoleArn: 'r',
          instanceLaunchTemplate: { ec2InstanceProfileArn: 'p', networkConfiguration: { subnets: ['s'] } },
        },
      }),
    ).toThrow(ecsError('UnsupportedFeatureException'));
    expect(describeProviders(engine).capacityProviders?.map((p) => p.name)).toEqual(['FARGATE', 'FARGATE_SPOT', 'one']);
  });
});

describe('UpdateCapacityProvider', () => {
  it('merges managed scaling settings and keeps the rest', () => {
    const { engine } = testEngine();
    createProvider(engine, 'web-asg');
    const out = engine.call('UpdateCapacityProvider', {
      name: 'web-asg',
      autoScalingGroupProvider: { managedScaling: { status: 'ENABLED', instanceWarmupPeriod: 0 }, managedDraining: 'DISABLED' },
    }) as { capacityProvider: Wire<CapacityProvider> };
    expect(out.capacityProvider.updateStatus).toBe('UPDATE_COMPLETE');
    expect(out.capacityProvider.autoScalingGroupProvider).toEqual({
      autoScalingGroupArn: `${ASG_ARN}/web-asg-asg`,
      managedScaling: {
        status: 'ENABLED',
        targetCapacity: 100,
        minimumScalingStepSize: 1,
        maximumScalingStepSize: 10000,
        instanceWarmupPeriod: 0,
      },
      managedTerminationProtection: 'DISABLED',
      managedDraining: 'DISABLED',
    });
    expect(() => engine.call('UpdateCapacityProvider', { name: 'FARGATE', autoScalingGroupProvider: {} })).toThrow(
      ecsError('ClientException', 'The FARGATE capacity provider is reserved and cannot be updated.'),
    );
    expect(() => engine.call('UpdateCapacityProvider', { name: 'nope', autoScalingGroupProvider: {} })).toThrow(
      ecsError('ClientException', /nope was not found/),
    );
  });
});

describe('DeleteCapacityProvider', () => {
  it('refuses while associated, then deletes: DELETE_IN_PROGRESS, then INACTIVE, still described by name', () => {
    const { engine } = engineWithCluster('demo');
    createProvider(engine, 'web-asg');
    associate(engine, 'demo', ['web-asg']);
    expect(() => engine.call('DeleteCapacityProvider', { capacityProvider: 'web-asg' })).toThrow(
      ecsError('ClientException', /associated with cluster demo/),
    );
    expect(() => engine.call('DeleteCluster', { cluster: 'demo' })).toThrow(ecsError('ClusterContainsCapacityProviderException'));
    engine.call('PutClusterCapacityProviders', { cluster: 'demo', capacityProviders: [], defaultCapacityProviderStrategy: [] });
    const out = engine.call('DeleteCapacityProvider', { capacityProvider: `${ARN}/web-asg` }) as {
      capacityProvider: Wire<CapacityProvider>;
    };
    expect(out.capacityProvider).toMatchObject({ status: 'ACTIVE', updateStatus: 'DELETE_IN_PROGRESS' });
    engine.advance(1_000);
    expect(describeProviders(engine).capacityProviders?.map((p) => p.name)).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(describeProviders(engine, { capacityProviders: ['web-asg'] }).capacityProviders).toEqual([
      expect.objectContaining({ name: 'web-asg', status: 'INACTIVE', updateStatus: 'DELETE_COMPLETE' }),
    ]);
    expect(() => engine.call('DeleteCapacityProvider', { capacityProvider: 'FARGATE' })).toThrow(
      ecsError('ClientException', /reserved/),
    );
    expect(() => associate(engine, 'demo', ['web-asg'])).toThrow(ecsError('InvalidParameterException', /web-asg was not found/));
    // A deleted provider's name can be used again.
    expect(createProvider(engine, 'web-asg', {}, {}).status).toBe('ACTIVE');
  });

  it('refuses while a service uses the provider', () => {
    const { engine } = engineWithCluster('demo');
    createProvider(engine, 'web-asg', MANAGED);
    associate(engine, 'demo', ['web-asg']);
    engine.call('RegisterTaskDefinition', {
      family: 'app',
      containerDefinitions: [{ name: 'app', image: 'busybox', memory: 128 }],
    });
    engine.call('CreateService', { cluster: 'demo', serviceName: 'app', taskDefinition: 'app', desiredCount: 0 });
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['web-asg'],
      defaultCapacityProviderStrategy: [],
    });
    expect(() =>
      engine.call('PutClusterCapacityProviders', { cluster: 'demo', capacityProviders: [], defaultCapacityProviderStrategy: [] }),
    ).toThrow(ecsError('ResourceInUseException'));
  });
});

describe('associating providers with clusters', () => {
  it('associates an Auto Scaling group provider with one cluster only, and refuses mixed strategies', () => {
    const { engine } = engineWithCluster('demo');
    engine.call('CreateCluster', { clusterName: 'other' });
    createProvider(engine, 'web-asg');
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['web-asg', 'FARGATE'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'web-asg', weight: 1 }],
    });
    expect(() => associate(engine, 'other', ['web-asg'])).toThrow(
      ecsError('InvalidParameterException', /already associated with cluster demo/),
    );
    expect(() =>
      engine.call('PutClusterCapacityProviders', {
        cluster: 'demo',
        capacityProviders: ['web-asg', 'FARGATE'],
        defaultCapacityProviderStrategy: [
          { capacityProvider: 'web-asg', weight: 1 },
          { capacityProvider: 'FARGATE', weight: 1 },
        ],
      }),
    ).toThrow(ecsError('InvalidParameterException', /both Fargate capacity providers and Auto Scaling group capacity providers/));
    const cluster = engine.call('DescribeClusters', { clusters: ['demo'] }) as { clusters: { capacityProviders: string[] }[] };
    expect(cluster.clusters[0].capacityProviders).toEqual(['web-asg', 'FARGATE']);
  });
});
