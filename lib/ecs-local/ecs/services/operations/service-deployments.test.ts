import type { ServiceDeployment, ServiceDeploymentBrief } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { createService, registerFargate, setup } from '../../../testing/services';
import { EcsError } from '../../common/errors';

type ListOut = { serviceDeployments: Wire<ServiceDeploymentBrief>[]; nextToken?: string };

describe('ListServiceDeployments / DescribeServiceDeployments', () => {
  it('lists the history newest first, pages, filters by status and describes by ARN', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    for (let i = 0; i < 2; i++) {
      engine.call('UpdateService', { cluster: 'demo', service: 'web', forceNewDeployment: true });
      engine.advance(100);
    }
    engine.advance(120_000);
    const all = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web' }) as ListOut;
    // The second forced deployment superseded the first while it was still in progress.
    expect(all.serviceDeployments.map((d) => d.status)).toEqual(['SUCCESSFUL', 'STOPPED', 'SUCCESSFUL']);
    expect(all.nextToken).toBeUndefined();
    const first = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web', maxResults: 2 }) as ListOut;
    expect(first.serviceDeployments).toHaveLength(2);
    const second = engine.call('ListServiceDeployments', {
      cluster: 'demo',
      service: 'web',
      maxResults: 2,
      nextToken: first.nextToken,
    }) as ListOut;
    expect([...first.serviceDeployments, ...second.serviceDeployments]).toEqual(all.serviceDeployments);
    const stopped = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web', status: ['STOPPED'] }) as ListOut;
    expect(stopped.serviceDeployments).toHaveLength(1);

    const arns = all.serviceDeployments.map((d) => d.serviceDeploymentArn as string);
    const described = engine.call('DescribeServiceDeployments', {
      serviceDeploymentArns: [arns[0], `${arns[0]}x`],
    }) as { serviceDeployments: Wire<ServiceDeployment>[]; failures: unknown[] };
    expect(described.serviceDeployments[0]).toMatchObject({
      serviceDeploymentArn: arns[0],
      status: 'SUCCESSFUL',
      deploymentCircuitBreaker: { status: 'DISABLED', failureCount: 0, threshold: 3 },
      targetServiceRevision: { requestedTaskCount: 1, runningTaskCount: 1 },
    });
    // It replaced both the original deployment and the superseded one, which still had tasks.
    expect(described.serviceDeployments[0].sourceServiceRevisions).toHaveLength(2);
    expect(described.failures).toEqual([{ arn: `${arns[0]}x`, reason: 'MISSING' }]);
  });

  it('answers ServiceNotFoundException for an unknown service', () => {
    const { engine } = setup();
    let err: unknown;
    try {
      engine.call('ListServiceDeployments', { cluster: 'demo', service: 'nope' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EcsError);
    expect((err as EcsError).type).toBe('ServiceNotFoundException');
  });
});
