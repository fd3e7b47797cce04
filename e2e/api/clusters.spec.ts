// Clusters through the real SDK and raw HTTP: lifecycle, idempotency, describe failures, paginator, errors.
import {
  CreateClusterCommand,
  DeleteClusterCommand,
  DescribeClustersCommand,
  ListClustersCommand,
  paginateListClusters,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { arnOf, raw, rawError, sdkError } from './raw';

const client = ecsClient();

interface ClusterBody {
  cluster: Record<string, unknown>;
}

test('a cluster is created ACTIVE with zero counts, listed, described, deleted to INACTIVE and unlisted', async () => {
  const name = uniqueName('life');
  const created = await raw<ClusterBody>('CreateCluster', { clusterName: name });
  expect(created.cluster).toMatchObject({
    clusterArn: arnOf(`cluster/${name}`),
    clusterName: name,
    status: 'ACTIVE',
    registeredContainerInstancesCount: 0,
    runningTasksCount: 0,
    pendingTasksCount: 0,
    activeServicesCount: 0,
  });

  const listed = await raw<{ clusterArns: string[] }>('ListClusters', { maxResults: 100 });
  expect(listed.clusterArns).toContain(arnOf(`cluster/${name}`));

  const described = await raw<{ clusters: Record<string, unknown>[]; failures: unknown[] }>('DescribeClusters', {
    clusters: [name],
    include: ['STATISTICS', 'SETTINGS', 'TAGS'],
  });
  expect(described.clusters).toHaveLength(1);
  expect(described.failures ?? []).toEqual([]);

  const deleted = await raw<ClusterBody>('DeleteCluster', { cluster: arnOf(`cluster/${name}`) });
  expect(deleted.cluster.status).toBe('INACTIVE');
  const after = await client.send(new ListClustersCommand({}));
  expect(after.clusterArns).not.toContain(arnOf(`cluster/${name}`));

  // A deleted name can be used again.
  const again = await client.send(new CreateClusterCommand({ clusterName: name }));
  expect(again.cluster?.status).toBe('ACTIVE');
});

test('CreateCluster with an existing ACTIVE name returns that cluster', async () => {
  const name = uniqueName('idem');
  const first = await client.send(new CreateClusterCommand({ clusterName: name, tags: [{ key: 'team', value: 'a' }] }));
  const second = await raw<ClusterBody>('CreateCluster', { clusterName: name });
  expect(second.cluster.clusterArn).toBe(first.cluster?.clusterArn);
  const all = (await client.send(new ListClustersCommand({}))).clusterArns ?? [];
  expect(all.filter((a) => a === first.cluster?.clusterArn)).toHaveLength(1);
});

test('DescribeClusters reports unknown clusters as MISSING failures with their ARN', async () => {
  const name = uniqueName('ghost');
  const body = await raw<{ clusters: unknown[]; failures: { arn: string; reason: string }[] }>('DescribeClusters', {
    clusters: [name],
  });
  expect(body.clusters).toEqual([]);
  expect(body.failures).toEqual([{ arn: arnOf(`cluster/${name}`), reason: 'MISSING' }]);
});

test('tags and statistics only come back when asked for', async () => {
  const name = uniqueName('incl');
  await client.send(new CreateClusterCommand({ clusterName: name, tags: [{ key: 'env', value: 'test' }] }));
  const plain = await raw<{ clusters: Record<string, unknown>[] }>('DescribeClusters', { clusters: [name] });
  expect(plain.clusters[0].tags ?? []).toEqual([]);
  expect(plain.clusters[0].statistics ?? []).toEqual([]);
  const full = await client.send(new DescribeClustersCommand({ clusters: [name], include: ['TAGS', 'STATISTICS'] }));
  expect(full.clusters?.[0].tags).toEqual([{ key: 'env', value: 'test' }]);
  // An empty cluster: every EC2 and Fargate count, at zero (External ones only appear once there is one).
  const zero = (name: string) => ({ name, value: '0' });
  expect(full.clusters?.[0].statistics).toEqual(
    ['running%TasksCount', 'pending%TasksCount', 'active%ServiceCount', 'draining%ServiceCount'].flatMap((metric) =>
      ['EC2', 'Fargate'].map((kind) => zero(metric.replace('%', kind))),
    ),
  );
});

test('paginateListClusters walks several pages without repeats', async () => {
  const names = Array.from({ length: 7 }, () => uniqueName('page'));
  for (const clusterName of names) await client.send(new CreateClusterCommand({ clusterName }));
  const seen: string[] = [];
  let pages = 0;
  for await (const page of paginateListClusters({ client, pageSize: 3 }, {})) {
    pages++;
    expect(page.clusterArns?.length ?? 0).toBeLessThanOrEqual(3);
    seen.push(...(page.clusterArns ?? []));
  }
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(new Set(seen).size).toBe(seen.length);
  for (const name of names) expect(seen).toContain(arnOf(`cluster/${name}`));

  const first = await raw<{ clusterArns: string[]; nextToken?: string }>('ListClusters', { maxResults: 2 });
  expect(first.clusterArns).toHaveLength(2);
  expect(typeof first.nextToken).toBe('string');
});

test('errors carry ECS exception names and messages', async () => {
  const missing = await sdkError(client.send(new DeleteClusterCommand({ cluster: uniqueName('none') })));
  expect(missing).toEqual({ name: 'ClusterNotFoundException', message: 'Cluster not found.' });

  expect(await rawError('ListClusters', { nextToken: 'not-a-token' })).toEqual({
    __type: 'InvalidParameterException',
    message: 'Invalid nextToken.',
  });
  expect((await rawError('ListClusters', { maxResults: 101 })).__type).toBe('InvalidParameterException');
  expect((await rawError('ListClusters', { maxResults: 0 })).__type).toBe('InvalidParameterException');
  expect((await sdkError(client.send(new CreateClusterCommand({ clusterName: 'has spaces' })))).name).toBe(
    'InvalidParameterException',
  );
  expect((await rawError('CreateCluster', { clusterName: 42 })).__type).toBe('SerializationException');
  expect((await rawError('CreateCluster', { clusterName: 'x', colour: 'red' })).__type).toBe('InvalidParameterException');
});

test('regions are isolated: a cluster made in one region is invisible in another', async () => {
  const name = uniqueName('region');
  const west = ecsClient('eu-west-1');
  const made = await west.send(new CreateClusterCommand({ clusterName: name }));
  expect(made.cluster?.clusterArn).toBe(arnOf(`cluster/${name}`, 'eu-west-1'));
  const east = await raw<{ clusters: unknown[]; failures: { reason: string }[] }>('DescribeClusters', { clusters: [name] });
  expect(east.failures.map((f) => f.reason)).toEqual(['MISSING']);
  const westList = await raw<{ clusterArns: string[] }>('ListClusters', {}, 'eu-west-1');
  expect(westList.clusterArns).toContain(arnOf(`cluster/${name}`, 'eu-west-1'));
});

test('deleting an already deleted cluster is ClusterNotFoundException', async () => {
  const name = uniqueName('twice');
  await client.send(new CreateClusterCommand({ clusterName: name }));
  await client.send(new DeleteClusterCommand({ cluster: name }));
  expect(await sdkError(client.send(new DeleteClusterCommand({ cluster: name })))).toEqual({
    name: 'ClusterNotFoundException',
    message: 'Cluster not found.',
  });
});

// An ARN from another region (or account) must not resolve to the caller's region's resource of the same name.
test('an ARN from another region does not resolve to this region’s cluster', async () => {
  const name = uniqueName('arnregion');
  await client.send(new CreateClusterCommand({ clusterName: name }));
  const foreign = arnOf(`cluster/${name}`, 'eu-west-1');
  const res = await client.send(new DescribeClustersCommand({ clusters: [foreign] }));
  expect(res.clusters).toEqual([]);
  expect(res.failures).toEqual([{ arn: foreign, reason: 'MISSING' }]);
});
