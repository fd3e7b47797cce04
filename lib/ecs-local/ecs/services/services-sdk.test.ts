// The service operations through the real AWS SDK over HTTP, the scheduler driven by a FakeClock.
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  type ECSClient,
  paginateListServices,
  ServiceNotFoundException,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine';
import { type ServedEngine, servedEngine } from '../../testing/engine';
import { NETWORK, registerFargate } from '../../testing/services';

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

describe('services through the AWS SDK', () => {
  it('creates a service, reaches a steady state the waiter accepts, lists, updates and deletes it', async () => {
    const created = await ecs.send(
      new CreateServiceCommand({
        cluster: 'demo',
        serviceName: 'web',
        taskDefinition: 'web',
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
      }),
    );
    expect(created.service?.createdAt).toBeInstanceOf(Date);
    expect(created.service?.deployments?.[0].createdAt).toBeInstanceOf(Date);
    engine.advance(60_000);
    // Already stable, so the waiter's first check succeeds without waiting.
    const waited = await waitUntilServicesStable({ client: ecs, maxWaitTime: 30 }, { cluster: 'demo', services: ['web'] });
    expect(waited.state).toBe('SUCCESS');
    const { services } = await ecs.send(new DescribeServicesCommand({ cluster: 'demo', services: ['web'] }));
    expect(services?.[0].runningCount).toBe(2);
    expect(services?.[0].events?.[0].createdAt).toBeInstanceOf(Date);

    const arns: string[] = [];
    for await (const page of paginateListServices({ client: ecs, pageSize: 1 }, { cluster: 'demo' }))
      arns.push(...(page.serviceArns ?? []));
    expect(arns).toEqual(['arn:aws:ecs:us-east-1:000000000000:service/demo/web']);

    await ecs.send(new UpdateServiceCommand({ cluster: 'demo', service: 'web', desiredCount: 0 }));
    engine.advance(10_000);
    const deleted = await ecs.send(new DeleteServiceCommand({ cluster: 'demo', service: 'web' }));
    expect(deleted.service?.status).toBe('DRAINING');
    await expect(ecs.send(new UpdateServiceCommand({ cluster: 'demo', service: 'ghost' }))).rejects.toBeInstanceOf(
      ServiceNotFoundException,
    );
  });
});
