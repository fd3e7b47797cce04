import type { CreateClusterResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';

const ARN = 'arn:aws:ecs:us-east-1:000000000000:cluster';
const ecsError = (type: string, message?: string) =>
  expect.objectContaining(message === undefined ? { type } : { type, message });

function create(engine: Engine, input: Record<string, unknown>) {
  return (engine.call('CreateCluster', input) as Wire<CreateClusterResponse>).cluster;
}

describe('CreateCluster', () => {
  it('answers with the shape of `aws ecs create-cluster`', () => {
    const engine = new Engine({ memory: true });
    expect(create(engine, { clusterName: 'demo' })).toEqual({
      clusterArn: `${ARN}/demo`,
      clusterName: 'demo',
      status: 'ACTIVE',
      registeredContainerInstancesCount: 0,
      runningTasksCount: 0,
      pendingTasksCount: 0,
      activeServicesCount: 0,
      statistics: [],
      tags: [],
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
    });
  });

  it('names the cluster default when no name is given', () => {
    const engine = new Engine({ memory: true });
    expect(create(engine, {})?.clusterArn).toBe(`${ARN}/default`);
  });

  it('echoes settings, configuration, providers, strategy, tags and the Service Connect namespace', () => {
    const engine = new Engine({ memory: true });
    const cluster = create(engine, {
      clusterName: 'full',
      settings: [{ name: 'containerInsights', value: 'enhanced' }],
      configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [
        { capacityProvider: 'FARGATE', weight: 1, base: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 4 },
      ],
      tags: [{ key: 'team', value: 'web' }],
      serviceConnectDefaults: { namespace: 'demo' },
    });
    expect(cluster).toMatchObject({
      settings: [{ name: 'containerInsights', value: 'enhanced' }],
      configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [
        { capacityProvider: 'FARGATE', weight: 1, base: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 4, base: 0 },
      ],
      tags: [{ key: 'team', value: 'web' }],
      serviceConnectDefaults: { namespace: 'demo' },
    });
  });

  it('is idempotent on an ACTIVE name: the existing cluster comes back unchanged', () => {
    const engine = new Engine({ memory: true });
    create(engine, { clusterName: 'same', tags: [{ key: 'v', value: '1' }] });
    const again = create(engine, {
      clusterName: 'same',
      tags: [{ key: 'v', value: '2' }],
      settings: [{ name: 'containerInsights', value: 'enabled' }],
    });
    expect(again?.tags).toEqual([{ key: 'v', value: '1' }]);
    expect(again?.settings).toEqual([{ name: 'containerInsights', value: 'disabled' }]);
  });

  it('replaces an INACTIVE cluster of the same name', () => {
    const engine = new Engine({ memory: true });
    create(engine, { clusterName: 'again', tags: [{ key: 'old', value: 'x' }] });
    engine.call('DeleteCluster', { cluster: 'again' });
    const fresh = create(engine, { clusterName: 'again' });
    expect(fresh).toMatchObject({ status: 'ACTIVE', tags: [] });
  });

  it('takes the containerInsights default from the account setting', () => {
    const engine = new Engine({ memory: true });
    engine.call('PutAccountSettingDefault', { name: 'containerInsights', value: 'enhanced' });
    expect(create(engine, { clusterName: 'insights' })?.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
  });

  it('refuses bad names, tags, settings, providers and strategies with InvalidParameterException', () => {
    const engine = new Engine({ memory: true });
    expect(() => create(engine, { clusterName: 'bad name' })).toThrow(
      ecsError('InvalidParameterException', 'Cluster name can only contain letters, numbers, hyphens (-) and underscores (_).'),
    );
    expect(() => create(engine, { clusterName: 'c', tags: [{ key: 'aws:x', value: 'y' }] })).toThrow(
      ecsError('InvalidParameterException', "Tag keys starting with 'aws:' are reserved (key 'aws:x')."),
    );
    expect(() => create(engine, { clusterName: 'c', settings: [{ name: 'containerInsights', value: 'on' }] })).toThrow(
      ecsError(
        'InvalidParameterException',
        "The value 'on' is not valid for the containerInsights setting. Valid values: enabled, enhanced, disabled.",
      ),
    );
    expect(() => create(engine, { clusterName: 'c', capacityProviders: ['my-asg'] })).toThrow(
      ecsError(
        'InvalidParameterException',
        'The specified capacity provider my-asg was not found. Specify a valid capacity provider and try again.',
      ),
    );
    expect(() =>
      create(engine, { clusterName: 'c', defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }),
    ).toThrow(ecsError('InvalidParameterException', expect.stringContaining('not associated with the cluster')));
    expect(() =>
      create(engine, {
        clusterName: 'c',
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        defaultCapacityProviderStrategy: [
          { capacityProvider: 'FARGATE', weight: 1, base: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 1, base: 2 },
        ],
      }),
    ).toThrow(
      ecsError(
        'InvalidParameterException',
        'Only one capacity provider in a capacity provider strategy can have a base defined.',
      ),
    );
    expect(() =>
      create(engine, {
        clusterName: 'c',
        capacityProviders: ['FARGATE'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 0 }],
      }),
    ).toThrow(ecsError('InvalidParameterException', expect.stringContaining('weight greater than zero')));
    expect(engine.call('ListClusters', {})).toEqual({ clusterArns: [] });
  });
});
