// The service operations through the real AWS SDK over HTTP, the scheduler driven by a FakeClock.
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  ECSClient,
  paginateListServices,
  ServiceNotFoundException,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock';
import { Engine } from '../engine';
import { type RunningServer, serve } from '../server';
import { NETWORK, registerFargate } from './testing';

let engine: Engine;
let server: RunningServer;
let ecs: ECSClient;

beforeAll(async () => {
  engine = new Engine({ memory: true, clock: new FakeClock() });
  server = await serve(engine, 0);
  ecs = new ECSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  engine.call('CreateCluster', { clusterName: 'demo' });
  registerFargate(engine);
});
afterAll(async () => {
  ecs.destroy();
  await server.close();
  engine.close();
});

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
