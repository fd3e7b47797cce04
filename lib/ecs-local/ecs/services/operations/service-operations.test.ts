import { describe, expect, it } from 'vitest';
import { createService, describeService, fails, registerFargate, serviceTasks, setup } from '../../../testing/services';

describe('DeleteService', () => {
  it('refuses a scaled service without force, then drains it to INACTIVE', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    engine.advance(60_000);
    const err = fails(() => engine.call('DeleteService', { cluster: 'demo', service: 'web' }));
    expect([err.type, err.message]).toEqual([
      'InvalidParameterException',
      'The service cannot be stopped while it is scaled above 0.',
    ]);
    const { service } = engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true }) as {
      service: { status: string; desiredCount: number };
    };
    expect(service).toMatchObject({ status: 'DRAINING', desiredCount: 0 });
    // Its tasks are asked to stop at once.
    expect(serviceTasks(engine, 'web')).toHaveLength(0);
    const stopping = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopping).toHaveLength(2);
    expect(stopping.every((t) => t.stopCode === 'ServiceSchedulerInitiated')).toBe(true);
    // DRAINING services are described but not listed, and cannot be updated.
    expect((engine.call('ListServices', { cluster: 'demo' }) as { serviceArns: string[] }).serviceArns).toEqual([]);
    const update = fails(() => engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 }));
    expect([update.type, update.message]).toEqual(['ServiceNotActiveException', 'Service was not ACTIVE.']);
    engine.advance(5_000);
    const inactive = describeService(engine, 'web');
    expect(inactive.status).toBe('INACTIVE');
    expect(inactive.runningCount).toBe(0);
    // The cluster can go once the service is INACTIVE and its tasks are gone.
    engine.advance(10_000);
    expect(engine.call('DeleteCluster', { cluster: 'demo' })).toMatchObject({ cluster: { status: 'INACTIVE' } });
  });

  it('deletes a service scaled to 0 without force', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(30_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    const out = engine.call('DeleteService', {
      cluster: 'demo',
      service: 'arn:aws:ecs:us-east-1:000000000000:service/demo/web',
    }) as {
      service: { status: string };
    };
    expect(out.service.status).toBe('DRAINING');
    engine.advance(10_000);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
  });

  it('answers ServiceNotFoundException for unknown services', () => {
    const { engine } = setup();
    for (const op of ['DeleteService', 'UpdateService']) {
      const err = fails(() => engine.call(op, { cluster: 'demo', service: 'nope' }));
      expect([err.type, err.message]).toEqual(['ServiceNotFoundException', 'Service not found.']);
    }
  });
});

describe('DescribeServices', () => {
  it('describes by name or ARN, reports MISSING ones, and returns tags only when asked', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 0, tags: [{ key: 'k', value: 'v' }] });
    const out = engine.call('DescribeServices', {
      cluster: 'demo',
      services: ['web', 'arn:aws:ecs:us-east-1:000000000000:service/demo/web', 'ghost'],
    }) as { services: { serviceName: string; tags?: unknown }[]; failures: unknown[] };
    expect(out.services.map((s) => s.serviceName)).toEqual(['web', 'web']);
    expect(out.services[0].tags).toBeUndefined();
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:000000000000:service/demo/ghost', reason: 'MISSING' }]);
    const tagged = engine.call('DescribeServices', { cluster: 'demo', services: ['web'], include: ['TAGS'] }) as {
      services: { tags?: unknown }[];
    };
    expect(tagged.services[0].tags).toEqual([{ key: 'k', value: 'v' }]);
    const tooMany = fails(() =>
      engine.call('DescribeServices', { cluster: 'demo', services: Array.from({ length: 11 }, (_, i) => `s${i}`) }),
    );
    expect(tooMany.type).toBe('InvalidParameterException');
  });
});

describe('ListServices', () => {
  it('pages through ACTIVE services (10 by default) and filters by launch type and scheduling strategy', () => {
    const { engine } = setup();
    registerFargate(engine);
    for (let i = 0; i < 23; i++) createService(engine, { serviceName: `svc-${String(i).padStart(2, '0')}`, desiredCount: 0 });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = engine.call('ListServices', { cluster: 'demo', nextToken: token }) as {
        serviceArns: string[];
        nextToken?: string;
      };
      expect(page.serviceArns.length).toBeLessThanOrEqual(10);
      seen.push(...page.serviceArns);
      token = page.nextToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe('arn:aws:ecs:us-east-1:000000000000:service/demo/svc-00');
    const all = engine.call('ListServices', { cluster: 'demo', maxResults: 100 }) as {
      serviceArns: string[];
      nextToken?: string;
    };
    expect(all.serviceArns).toHaveLength(23);
    expect(all.nextToken).toBeUndefined();
    expect(
      (engine.call('ListServices', { cluster: 'demo', launchType: 'EC2' }) as { serviceArns: string[] }).serviceArns,
    ).toEqual([]);
    expect(
      (engine.call('ListServices', { cluster: 'demo', schedulingStrategy: 'DAEMON' }) as { serviceArns: string[] }).serviceArns,
    ).toEqual([]);
    expect(fails(() => engine.call('ListServices', { cluster: 'demo', nextToken: 'garbage!' })).message).toBe(
      'Invalid nextToken.',
    );
    expect(fails(() => engine.call('ListServices', { cluster: 'demo', maxResults: 101 })).type).toBe('InvalidParameterException');
  });
});

describe('UpdateService', () => {
  it('changes settings without a deployment and starts one for a new revision', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const first = describeService(engine, 'web').deployments[0].id;
    const { service } = engine.call('UpdateService', {
      cluster: 'demo',
      service: 'web',
      desiredCount: 3,
      enableExecuteCommand: true,
      propagateTags: 'SERVICE',
      healthCheckGracePeriodSeconds: 10,
      deploymentConfiguration: { maximumPercent: 150 },
    }) as { service: { deployments: { id: string }[]; enableExecuteCommand: boolean; deploymentConfiguration: object } };
    expect(service.deployments.map((d) => d.id)).toEqual([first]);
    expect(service.enableExecuteCommand).toBe(true);
    expect(service.deploymentConfiguration).toMatchObject({ maximumPercent: 150, minimumHealthyPercent: 100 });
    const v2 = registerFargate(engine, 'web', { v: '2' });
    const next = engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' }) as {
      service: { taskDefinition: string; deployments: { status: string; taskDefinition: string; rolloutState?: string }[] };
    };
    expect(next.service.taskDefinition).toBe(v2);
    expect(next.service.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(next.service.deployments[0]).toMatchObject({ taskDefinition: v2, rolloutState: 'IN_PROGRESS' });
    const list = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web' }) as {
      serviceDeployments: { status: string }[];
    };
    expect(list.serviceDeployments.map((d) => d.status)).toEqual(['IN_PROGRESS', 'SUCCESSFUL']);
  });
});

describe('DAEMON services', () => {
  it('runs one task per ACTIVE container instance', () => {
    const { engine } = setup();
    const register = () =>
      engine.call('RegisterContainerInstance', {
        cluster: 'demo',
        totalResources: [
          { name: 'CPU', type: 'INTEGER', integerValue: 2048 },
          { name: 'MEMORY', type: 'INTEGER', integerValue: 4096 },
        ],
      }) as { containerInstance: { containerInstanceArn: string } };
    register();
    register();
    engine.call('RegisterTaskDefinition', {
      family: 'agent',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'agent', image: 'busybox', memory: 64, essential: true }],
    });
    const created = engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'agent',
      taskDefinition: 'agent',
      schedulingStrategy: 'DAEMON',
    }) as { service: { deploymentConfiguration: object; launchType: string } };
    expect(created.service.launchType).toBe('EC2');
    expect(created.service.deploymentConfiguration).toMatchObject({ maximumPercent: 100, minimumHealthyPercent: 0 });
    engine.advance(60_000);
    let service = describeService(engine, 'agent');
    expect(service.desiredCount).toBe(2);
    expect(service.runningCount).toBe(2);
    const hosts = new Set(serviceTasks(engine, 'agent').map((t) => t.containerInstanceArn));
    expect(hosts.size).toBe(2);
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    // A new instance gets its daemon task without any call to the service: registering wakes it at once.
    const added = register();
    engine.tick();
    expect(describeService(engine, 'agent').desiredCount).toBe(3);
    engine.advance(60_000);
    service = describeService(engine, 'agent');
    expect(service.desiredCount).toBe(3);
    expect(service.runningCount).toBe(3);
    engine.call('UpdateService', { cluster: 'demo', service: 'agent', forceNewDeployment: true });
    engine.advance(120_000);
    service = describeService(engine, 'agent');
    expect(service.runningCount).toBe(3);
    expect(serviceTasks(engine, 'agent').every((t) => t.startedBy === service.deployments[0].id)).toBe(true);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    // Deregistering an instance wakes the service too: its desired count drops on the next scheduler pass.
    engine.call('DeregisterContainerInstance', {
      cluster: 'demo',
      containerInstance: added.containerInstance.containerInstanceArn,
      force: true,
    });
    engine.tick();
    expect(describeService(engine, 'agent').desiredCount).toBe(2);
  });
});
