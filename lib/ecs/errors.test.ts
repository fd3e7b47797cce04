// describeEcsError on real failures: the real SDK against a closed port and against the real engine over HTTP.
import { CreateClusterCommand, DeleteClusterCommand, DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Engine } from '../ecs-local/engine';
import { TEST_CREDENTIALS as credentials, type ServedEngine, servedEngine } from '../ecs-local/testing/engine';

vi.mock('server-only', () => ({})); // the build-time guard has no meaning under Vitest
const { describeEcsError, httpStatusFor } = await import('./errors');

let served: ServedEngine;
let ecs: ECSClient;

beforeAll(async () => {
  served = await servedEngine(new Engine({ memory: true }));
  ({ ecs } = served);
});
afterAll(() => served.close());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('describeEcsError', () => {
  it('says the target is unreachable, with what to do, when nothing listens', async () => {
    const closed = new ECSClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', credentials, maxAttempts: 1 });
    const view = describeEcsError(await failure(closed.send(new DescribeServicesCommand({ services: ['x'] }))));
    expect(view.kind).toBe('unreachable');
    expect(view.message).toContain('npm run ecs-local');
    expect(httpStatusFor(view.kind)).toBe(503);
  });

  it('maps ClusterNotFoundException to not-found with ECS message', async () => {
    const view = describeEcsError(await failure(ecs.send(new DeleteClusterCommand({ cluster: 'nope' }))));
    expect(view).toMatchObject({
      kind: 'not-found',
      title: 'Cluster not found',
      message: 'Cluster not found.',
      code: 'ClusterNotFoundException',
    });
  });

  it('keeps ECS wording for client errors', async () => {
    await ecs.send(new CreateClusterCommand({ clusterName: 'errors-test' }));
    const err = await failure(ecs.send(new CreateClusterCommand({ clusterName: 'bad name!' })));
    const view = describeEcsError(err);
    expect(view.kind).toBe('invalid');
    expect(view.code).toBe((err as Error).name);
    expect(view.message.length).toBeGreaterThan(0);
  });

  it('recognises throttling and credential failures by exception name', () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(describeEcsError(throttled).kind).toBe('throttled');
    const denied = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    const view = describeEcsError(denied);
    expect(view.kind).toBe('credentials');
    expect(view.message).toContain('ECS_CONSOLE_TARGET');
  });
});
