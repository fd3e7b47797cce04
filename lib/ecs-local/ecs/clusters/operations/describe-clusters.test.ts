import type { DescribeClustersResponse, ListClustersResponse } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { putService, putTask } from '../../../testing/documents';

const ARN = 'arn:aws:ecs:us-east-1:000000000000:cluster';

function describeClusters(engine: Engine, input: Record<string, unknown>) {
  return engine.call('DescribeClusters', input) as Wire<DescribeClustersResponse>;
}

describe('DescribeClusters', () => {
  it('describes the default cluster when none is named, and reports unknown ones as MISSING with their ARN', () => {
    const engine = new Engine({ memory: true });
    expect(describeClusters(engine, {})).toEqual({ clusters: [], failures: [{ arn: `${ARN}/default`, reason: 'MISSING' }] });
    engine.call('CreateCluster', {});
    engine.call('CreateCluster', { clusterName: 'a' });
    const out = describeClusters(engine, { clusters: ['default', `${ARN}/a`, 'nope', `${ARN}/gone`] });
    expect(out.clusters?.map((c) => c.clusterName)).toEqual(['default', 'a']);
    expect(out.failures).toEqual([
      { arn: `${ARN}/nope`, reason: 'MISSING' },
      { arn: `${ARN}/gone`, reason: 'MISSING' },
    ]);
  });

  it('returns tags, settings and statistics only when asked, and configuration / attachments only with their include', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', {
      clusterName: 'x',
      tags: [{ key: 'k', value: 'v' }],
      capacityProviders: ['FARGATE'],
      configuration: { executeCommandConfiguration: { logging: 'NONE' } },
    });
    const [plain] = describeClusters(engine, { clusters: ['x'] }).clusters ?? [];
    expect(plain).toMatchObject({ tags: [], settings: [], statistics: [], capacityProviders: ['FARGATE'] });
    expect(plain).not.toHaveProperty('configuration');
    expect(plain).not.toHaveProperty('attachments');
    const [full] =
      describeClusters(engine, { clusters: ['x'], include: ['TAGS', 'SETTINGS', 'STATISTICS', 'CONFIGURATIONS', 'ATTACHMENTS'] })
        .clusters ?? [];
    expect(full).toMatchObject({
      tags: [{ key: 'k', value: 'v' }],
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      configuration: { executeCommandConfiguration: { logging: 'NONE' } },
      attachments: [],
      attachmentsStatus: 'UPDATE_COMPLETE',
    });
    expect(full.statistics?.map((s) => s.name)).toEqual([
      'runningEC2TasksCount',
      'runningFargateTasksCount',
      'pendingEC2TasksCount',
      'pendingFargateTasksCount',
      'activeEC2ServiceCount',
      'activeFargateServiceCount',
      'drainingEC2ServiceCount',
      'drainingFargateServiceCount',
    ]);
  });

  it('computes counts and statistics from the task, service and instance documents', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'busy' });
    engine.call('CreateCluster', { clusterName: 'other' });
    putTask(engine, 'busy', 'RUNNING', { launchType: 'FARGATE' });
    putTask(engine, 'busy', 'RUNNING', { launchType: 'EC2' });
    putTask(engine, 'busy', 'PROVISIONING', { launchType: 'FARGATE' });
    putTask(engine, 'busy', 'PENDING', { capacityProviderName: 'FARGATE_SPOT' });
    putTask(engine, 'busy', 'ACTIVATING', { launchType: 'FARGATE' });
    putTask(engine, 'busy', 'STOPPED', { launchType: 'FARGATE' });
    putTask(engine, 'busy', 'DEPROVISIONING', { launchType: 'FARGATE' });
    putTask(engine, 'other', 'RUNNING', { launchType: 'FARGATE' });
    putService(engine, 'busy', 'web', 'ACTIVE');
    putService(engine, 'busy', 'api', 'ACTIVE', 'EC2');
    putService(engine, 'busy', 'old', 'DRAINING');
    putService(engine, 'busy', 'gone', 'INACTIVE');
    engine.call('RegisterContainerInstance', { cluster: 'busy' });

    const [cluster] = describeClusters(engine, { clusters: ['busy'], include: ['STATISTICS'] }).clusters ?? [];
    expect(cluster).toMatchObject({
      runningTasksCount: 2,
      pendingTasksCount: 3,
      activeServicesCount: 2,
      registeredContainerInstancesCount: 1,
    });
    expect(Object.fromEntries((cluster.statistics ?? []).map((s) => [s.name, s.value]))).toEqual({
      runningEC2TasksCount: '1',
      runningFargateTasksCount: '1',
      pendingEC2TasksCount: '0',
      pendingFargateTasksCount: '3',
      activeEC2ServiceCount: '1',
      activeFargateServiceCount: '1',
      drainingEC2ServiceCount: '0',
      drainingFargateServiceCount: '1',
    });
  });

  it('still describes a deleted (INACTIVE) cluster', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'old' });
    engine.call('DeleteCluster', { cluster: 'old' });
    expect(describeClusters(engine, { clusters: ['old'] }).clusters?.[0]?.status).toBe('INACTIVE');
  });

  it('refuses more than 100 clusters', () => {
    const engine = new Engine({ memory: true });
    const clusters = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(() => describeClusters(engine, { clusters })).toThrow(
      expect.objectContaining({
        type: 'InvalidParameterException',
        message: 'At most 100 clusters can be described at once; got 101.',
      }),
    );
  });
});

describe('ListClusters', () => {
  it('lists ACTIVE clusters in pages of maxResults and rejects a garbage token', () => {
    const engine = new Engine({ memory: true });
    for (const name of ['c1', 'c2', 'c3', 'c4', 'c5']) engine.call('CreateCluster', { clusterName: name });
    engine.call('DeleteCluster', { cluster: 'c3' });
    const pages: string[][] = [];
    let nextToken: string | undefined;
    do {
      const out = engine.call('ListClusters', { maxResults: 2, nextToken }) as ListClustersResponse;
      pages.push(out.clusterArns ?? []);
      nextToken = out.nextToken;
    } while (nextToken);
    expect(pages).toEqual([
      [`${ARN}/c1`, `${ARN}/c2`],
      [`${ARN}/c4`, `${ARN}/c5`],
    ]);
    expect(engine.call('ListClusters', {})).toEqual({ clusterArns: [`${ARN}/c1`, `${ARN}/c2`, `${ARN}/c4`, `${ARN}/c5`] });
    expect(() => engine.call('ListClusters', { nextToken: 'garbage!' })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException', message: 'Invalid nextToken.' }),
    );
    expect(() => engine.call('ListClusters', { maxResults: 101 })).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
  });

  it('pages through three pages of one', () => {
    const engine = new Engine({ memory: true });
    for (const name of ['a', 'b', 'c']) engine.call('CreateCluster', { clusterName: name });
    const first = engine.call('ListClusters', { maxResults: 1 }) as ListClustersResponse;
    const second = engine.call('ListClusters', { maxResults: 1, nextToken: first.nextToken }) as ListClustersResponse;
    const third = engine.call('ListClusters', { maxResults: 1, nextToken: second.nextToken }) as ListClustersResponse;
    expect([first, second, third].map((p) => p.clusterArns)).toEqual([[`${ARN}/a`], [`${ARN}/b`], [`${ARN}/c`]]);
    expect(third.nextToken).toBeUndefined();
  });

  it('keeps regions apart', () => {
    const engine = new Engine({ memory: true });
    engine.call('CreateCluster', { clusterName: 'east' });
    engine.call('CreateCluster', { clusterName: 'west' }, 'us-west-2');
    expect(engine.call('ListClusters', {}, 'us-west-2')).toEqual({
      clusterArns: ['arn:aws:ecs:us-west-2:000000000000:cluster/west'],
    });
  });
});
