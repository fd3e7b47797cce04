// Container instances and capacity providers through the real AWS SDK over HTTP (the e2e suites cover
// clusters, tags and settings the same way).
import {
  DeleteClusterCommand,
  DeregisterContainerInstanceCommand,
  DescribeCapacityProvidersCommand,
  DescribeClustersCommand,
  DescribeContainerInstancesCommand,
  type ECSClient,
  paginateListContainerInstances,
  RegisterContainerInstanceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import { type ServedEngine, servedEngine } from '../../../testing/engine';

let served: ServedEngine;
let engine: Engine;
let client: ECSClient;

beforeAll(async () => {
  served = await servedEngine();
  ({ engine, ecs: client } = served);
});
afterAll(() => served.close());

describe('container instances over the SDK', () => {
  it('registers, lists with the paginator, describes, deregisters, then lets the cluster go', async () => {
    engine.call('CreateCluster', { clusterName: 'sdk' });
    const arns: string[] = [];
    for (let i = 0; i < 3; i++) {
      const out = await client.send(
        new RegisterContainerInstanceCommand({
          cluster: 'sdk',
          totalResources: [{ name: 'MEMORY', type: 'INTEGER', integerValue: 8192 }],
        }),
      );
      arns.push(out.containerInstance?.containerInstanceArn ?? '');
      expect(out.containerInstance?.registeredAt).toBeInstanceOf(Date);
    }
    const listed: string[] = [];
    for await (const page of paginateListContainerInstances({ client, pageSize: 2 }, { cluster: 'sdk' }))
      listed.push(...(page.containerInstanceArns ?? []));
    expect(listed).toEqual([...arns].sort());

    const described = await client.send(
      new DescribeContainerInstancesCommand({ cluster: 'sdk', containerInstances: [arns[0]], include: ['TAGS'] }),
    );
    const memory = described.containerInstances?.[0].remainingResources?.find((r) => r.name === 'MEMORY');
    expect(memory?.integerValue).toBe(8192);

    await expect(client.send(new DeleteClusterCommand({ cluster: 'sdk' }))).rejects.toMatchObject({
      name: 'ClusterContainsContainerInstancesException',
    });
    for (const containerInstance of arns)
      await client.send(new DeregisterContainerInstanceCommand({ cluster: 'sdk', containerInstance }));
    const cluster = await client.send(new DescribeClustersCommand({ clusters: ['sdk'] }));
    expect(cluster.clusters?.[0].registeredContainerInstancesCount).toBe(0);
    const deleted = await client.send(new DeleteClusterCommand({ cluster: 'sdk' }));
    expect(deleted.cluster?.status).toBe('INACTIVE');
  });

  it('describes the Fargate capacity providers', async () => {
    const out = await client.send(new DescribeCapacityProvidersCommand({}));
    expect(out.capacityProviders?.map((p) => [p.name, p.status, p.type])).toEqual([
      ['FARGATE', 'ACTIVE', 'FARGATE'],
      ['FARGATE_SPOT', 'ACTIVE', 'FARGATE_SPOT'],
    ]);
  });
});
