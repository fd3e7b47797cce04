import type { Cluster } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { putService, putTask } from '../../../testing/documents';

const ecsError = (type: string, message: string) => expect.objectContaining({ type, message });

function call(engine: Engine, op: string, input: Record<string, unknown>) {
  return (engine.call(op, input) as { cluster: Wire<Cluster> }).cluster;
}

describe('UpdateCluster and UpdateClusterSettings', () => {
  it('changes settings, configuration and the Service Connect namespace, and keeps the rest', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', {
      clusterName: 'demo',
      configuration: { managedStorageConfiguration: { kmsKeyId: 'key-1' } },
      tags: [{ key: 'k', value: 'v' }],
    });
    const updated = call(engine, 'UpdateCluster', {
      cluster: 'demo',
      settings: [{ name: 'containerInsights', value: 'enabled' }],
      configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
      serviceConnectDefaults: { namespace: 'internal' },
    });
    expect(updated).toMatchObject({
      settings: [{ name: 'containerInsights', value: 'enabled' }],
      configuration: { managedStorageConfiguration: { kmsKeyId: 'key-1' }, executeCommandConfiguration: { logging: 'DEFAULT' } },
      serviceConnectDefaults: { namespace: 'internal' },
      tags: [{ key: 'k', value: 'v' }],
    });
    const cleared = call(engine, 'UpdateCluster', { cluster: 'demo', serviceConnectDefaults: { namespace: '' } });
    expect(cleared.serviceConnectDefaults).toBeUndefined();

    const settings = call(engine, 'UpdateClusterSettings', {
      cluster: 'demo',
      settings: [{ name: 'containerInsights', value: 'enhanced' }],
    });
    expect(settings.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
    const described = engine.call('DescribeClusters', { clusters: ['demo'], include: ['SETTINGS'] }) as {
      clusters: Wire<Cluster>[];
    };
    expect(described.clusters[0].settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
  });

  it('refuses unknown clusters and bad values', () => {
    const engine = new Engine({ memory: true });
    expect(() => engine.call('UpdateCluster', { cluster: 'nope' })).toThrow(
      ecsError('ClusterNotFoundException', 'Cluster not found.'),
    );
    expect(() => engine.call('UpdateClusterSettings', { cluster: 'nope', settings: [] })).toThrow(
      ecsError('ClusterNotFoundException', 'Cluster not found.'),
    );
    engine.call('CreateCluster', { clusterName: 'demo' });
    expect(() =>
      engine.call('UpdateClusterSettings', { cluster: 'demo', settings: [{ name: 'containerInsights', value: 'maybe' }] }),
    ).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
  });
});

describe('PutClusterCapacityProviders', () => {
  it('replaces the providers and the default strategy', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'demo', capacityProviders: ['FARGATE'] });
    const cluster = call(engine, 'PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE_SPOT', 'FARGATE'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    });
    expect(cluster).toMatchObject({
      capacityProviders: ['FARGATE_SPOT', 'FARGATE'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }],
      attachmentsStatus: 'UPDATE_COMPLETE',
    });
    const none = call(engine, 'PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
    });
    expect(none).toMatchObject({ capacityProviders: [], defaultCapacityProviderStrategy: [] });
  });

  it('refuses a strategy with providers that are not attached, and unknown providers', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'demo' });
    expect(() =>
      engine.call('PutClusterCapacityProviders', {
        cluster: 'demo',
        capacityProviders: ['FARGATE'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      }),
    ).toThrow(expect.objectContaining({ type: 'InvalidParameterException', message: expect.stringContaining('FARGATE_SPOT') }));
    expect(() =>
      engine.call('PutClusterCapacityProviders', {
        cluster: 'demo',
        capacityProviders: ['asg'],
        defaultCapacityProviderStrategy: [],
      }),
    ).toThrow(expect.objectContaining({ type: 'InvalidParameterException' }));
  });

  it('refuses to remove a provider that a service or a live task uses', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'demo', capacityProviders: ['FARGATE', 'FARGATE_SPOT'] });
    putTask(engine, 'demo', 'RUNNING', { capacityProviderName: 'FARGATE_SPOT' });
    const removeSpot = { cluster: 'demo', capacityProviders: ['FARGATE'], defaultCapacityProviderStrategy: [] };
    expect(() => engine.call('PutClusterCapacityProviders', removeSpot)).toThrow(
      ecsError(
        'ResourceInUseException',
        'The specified capacity provider FARGATE_SPOT is in use and cannot be removed. Update or delete the services and stop the tasks that use it first.',
      ),
    );
    putService(engine, 'demo', 'web', 'ACTIVE');
    expect(() =>
      engine.call('PutClusterCapacityProviders', { ...removeSpot, capacityProviders: ['FARGATE_SPOT'] }),
    ).not.toThrow();
  });
});
