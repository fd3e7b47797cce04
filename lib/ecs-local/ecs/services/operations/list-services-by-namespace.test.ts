import { describe, expect, it } from 'vitest';
import { ecsError, NETWORK } from '../../../testing/engine';
import { registerFargate, setup } from '../../../testing/services';

describe('ListServicesByNamespace', () => {
  it("lists the services of every cluster whose Service Connect uses the namespace, the cluster's default included", () => {
    const { engine } = setup();
    engine.call('CreateCluster', { clusterName: 'other', serviceConnectDefaults: { namespace: 'shop' } });
    registerFargate(engine);
    const create = (cluster: string, serviceName: string, serviceConnectConfiguration?: Record<string, unknown>) =>
      engine.call('CreateService', {
        cluster,
        serviceName,
        taskDefinition: 'web',
        desiredCount: 0,
        launchType: 'FARGATE',
        networkConfiguration: NETWORK,
        serviceConnectConfiguration,
      });
    create('demo', 'api', { enabled: true, namespace: 'shop' });
    create('other', 'cart', { enabled: true });
    create('other', 'admin', { enabled: true, namespace: 'internal' });
    create('demo', 'plain');
    const list = (input: Record<string, unknown>) =>
      engine.call('ListServicesByNamespace', input) as { serviceArns: string[]; nextToken?: string };
    expect(list({ namespace: 'shop' }).serviceArns).toEqual([
      'arn:aws:ecs:us-east-1:000000000000:service/demo/api',
      'arn:aws:ecs:us-east-1:000000000000:service/other/cart',
    ]);
    expect(list({ namespace: 'arn:aws:servicediscovery:us-east-1:000000000000:namespace/internal' }).serviceArns).toEqual([
      'arn:aws:ecs:us-east-1:000000000000:service/other/admin',
    ]);
    const first = list({ namespace: 'shop', maxResults: 1 });
    expect(first.serviceArns).toHaveLength(1);
    expect(list({ namespace: 'shop', maxResults: 1, nextToken: first.nextToken }).serviceArns).toEqual([
      'arn:aws:ecs:us-east-1:000000000000:service/other/cart',
    ]);
    expect(() => list({ namespace: 'nowhere' })).toThrow(ecsError('NamespaceNotFoundException'));
    const described = engine.call('DescribeServices', { cluster: 'demo', services: ['api'] }) as {
      services: { deployments: { serviceConnectConfiguration?: { namespace?: string } }[] }[];
    };
    expect(described.services[0].deployments[0].serviceConnectConfiguration?.namespace).toBe('shop');
  });
});
