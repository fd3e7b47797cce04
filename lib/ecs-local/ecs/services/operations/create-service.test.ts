import { describe, expect, it } from 'vitest';
import { serialize } from '../../../protocol/serialize';
import { albWithTargetGroup } from '../../../testing/elbv2';
import { createService, fails, NETWORK, registerFargate, setup } from '../../../testing/services';

describe('CreateService', () => {
  it('returns the service in the shape ECS does, with its defaults', () => {
    const { engine } = setup();
    const td = registerFargate(engine);
    const service = createService(engine, { serviceName: 'web', desiredCount: 1, tags: [{ key: 'team', value: 'a' }] });
    expect(service).toMatchObject({
      serviceArn: 'arn:aws:ecs:us-east-1:000000000000:service/demo/web',
      serviceName: 'web',
      clusterArn: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
      loadBalancers: [],
      serviceRegistries: [],
      status: 'ACTIVE',
      desiredCount: 1,
      runningCount: 0,
      pendingCount: 0,
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      platformFamily: 'Linux',
      taskDefinition: td,
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
      },
      roleArn: 'arn:aws:iam::000000000000:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
      events: [],
      placementConstraints: [],
      placementStrategy: [],
      networkConfiguration: NETWORK,
      healthCheckGracePeriodSeconds: 0,
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      createdBy: 'arn:aws:iam::000000000000:root',
      enableECSManagedTags: false,
      propagateTags: 'NONE',
      enableExecuteCommand: false,
      availabilityZoneRebalancing: 'ENABLED',
      tags: [{ key: 'team', value: 'a' }],
    });
    expect(service.networkConfiguration?.awsvpcConfiguration?.assignPublicIp).toBe('DISABLED');
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments?.[0]).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: td,
      desiredCount: 1,
      pendingCount: 0,
      runningCount: 0,
      failedTasks: 0,
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      platformFamily: 'Linux',
      networkConfiguration: NETWORK,
      rolloutState: 'IN_PROGRESS',
    });
    expect(service.deployments?.[0].id).toMatch(/^ecs-svc\/\d{19}$/);
    expect(service.currentServiceDeployment).toMatch(
      /^arn:aws:ecs:us-east-1:000000000000:service-deployment\/demo\/web\/[A-Za-z0-9_-]+$/,
    );
    expect(serialize(service)).not.toContain('"_');
  });

  it('refuses a second service of the same name until the first is INACTIVE', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, { serviceName: 'web', desiredCount: 0 });
    const err = fails(() => createService(engine, { serviceName: 'web', desiredCount: 0 }));
    expect([err.type, err.message]).toEqual(['InvalidParameterException', 'Creation of service was not idempotent.']);
    engine.call('DeleteService', { cluster: 'demo', service: 'web' });
    expect(fails(() => createService(engine, { serviceName: 'web', desiredCount: 0 })).message).toBe(
      'Creation of service was not idempotent.',
    );
    engine.advance(1_000);
    expect(createService(engine, { serviceName: 'web', desiredCount: 0 }).status).toBe('ACTIVE');
  });

  it('returns the existing service for a repeated clientToken', () => {
    const { engine } = setup();
    registerFargate(engine);
    const a = createService(engine, { serviceName: 'web', desiredCount: 0, clientToken: 'tok-1' });
    const b = createService(engine, { serviceName: 'web', desiredCount: 0, clientToken: 'tok-1' });
    expect(b.deployments?.[0].id).toBe(a.deployments?.[0].id);
  });

  it('checks its input with ECS messages', () => {
    const { engine } = setup();
    registerFargate(engine);
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { serviceName: 'bad name', desiredCount: 1 },
        'InvalidParameterException',
        'Service name can only contain letters, numbers, hyphens (-) and underscores (_).',
      ],
      [{ serviceName: 'web', desiredCount: 1, cluster: 'nope' }, 'ClusterNotFoundException', 'Cluster not found.'],
      [{ serviceName: 'web', desiredCount: 1, taskDefinition: 'nope' }, 'ClientException', 'Unable to describe task definition.'],
      [
        { serviceName: 'web' },
        'InvalidParameterException',
        'desiredCount is required for a service with the REPLICA scheduling strategy.',
      ],
      [
        { serviceName: 'web', desiredCount: 1, networkConfiguration: undefined },
        'InvalidParameterException',
        "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
      ],
      [
        { serviceName: 'web', desiredCount: 1, capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] },
        'InvalidParameterException',
        'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
      ],
      [
        { serviceName: 'web', desiredCount: 1, schedulingStrategy: 'DAEMON' },
        'InvalidParameterException',
        'The DAEMON scheduling strategy does not support the FARGATE launch type or capacity providers.',
      ],
      [
        {
          serviceName: 'web',
          desiredCount: 1,
          loadBalancers: [{ targetGroupArn: 'arn:tg', containerName: 'nope', containerPort: 80 }],
        },
        'InvalidParameterException',
        'The container nope does not exist in the task definition.',
      ],
      [
        {
          serviceName: 'web',
          desiredCount: 1,
          loadBalancers: [{ targetGroupArn: 'arn:tg', containerName: 'web', containerPort: 8080 }],
        },
        'InvalidParameterException',
        'The container web did not have a container port 8080 defined.',
      ],
      [
        { serviceName: 'web', desiredCount: 1, deploymentConfiguration: { minimumHealthyPercent: 150 } },
        'InvalidParameterException',
        'minimumHealthyPercent must be between 0 and 100.',
      ],
      [{ serviceName: 'web', desiredCount: -1 }, 'InvalidParameterException', 'desiredCount must be 0 or more; got -1.'],
    ];
    for (const [input, type, message] of cases) {
      const err = fails(() => createService(engine, input));
      expect([err.type, err.message]).toEqual([type, message]);
    }
  });

  it('refuses an INACTIVE revision and resolves a family to its latest ACTIVE one', () => {
    const { engine } = setup();
    registerFargate(engine);
    const v2 = registerFargate(engine, 'web', { v: '2' });
    engine.call('DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    const err = fails(() => createService(engine, { serviceName: 'a', desiredCount: 0, taskDefinition: 'web:1' }));
    expect(err.type).toBe('ClientException');
    expect(createService(engine, { serviceName: 'b', desiredCount: 0, taskDefinition: 'web' }).taskDefinition).toBe(v2);
  });

  it('records load balancers that name a container port of the task definition', () => {
    const { engine } = setup();
    registerFargate(engine);
    const lb = {
      targetGroupArn: albWithTargetGroup(engine).targetGroupArn,
      containerName: 'web',
      containerPort: 80,
    };
    const service = createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [lb],
      healthCheckGracePeriodSeconds: 30,
    });
    expect(service.loadBalancers).toEqual([lb]);
    expect(service.healthCheckGracePeriodSeconds).toBe(30);
  });

  it('uses the cluster default capacity provider strategy when neither is given', () => {
    const { engine } = setup();
    engine.call('CreateCluster', {
      clusterName: 'cp',
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    });
    registerFargate(engine);
    const service = createService(engine, { cluster: 'cp', serviceName: 'web', desiredCount: 1, launchType: undefined });
    expect(service.launchType).toBeUndefined();
    expect(service.capacityProviderStrategy).toMatchObject([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
    engine.advance(10_000);
    const { taskArns } = engine.call('ListTasks', { cluster: 'cp', serviceName: 'web' }) as { taskArns: string[] };
    expect(taskArns).toHaveLength(1);
  });

  it('refuses placement constraints and strategies for Fargate, by launch type or capacity provider, and on update', () => {
    const { engine } = setup();
    registerFargate(engine);
    engine.call('PutClusterCapacityProviders', {
      cluster: 'demo',
      capacityProviders: ['FARGATE'],
      defaultCapacityProviderStrategy: [],
    });
    const message = 'Task placement constraints and strategies are not supported with the FARGATE launch type.';
    const spread = [{ type: 'spread', field: 'instanceId' }];
    const distinct = [{ type: 'distinctInstance' }];
    for (const input of [
      { serviceName: 'a', desiredCount: 1, placementStrategy: spread },
      { serviceName: 'b', desiredCount: 1, placementConstraints: distinct },
      {
        serviceName: 'c',
        desiredCount: 1,
        launchType: undefined,
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
        placementStrategy: spread,
      },
    ]) {
      const err = fails(() => createService(engine, input));
      expect([err.type, err.message]).toEqual(['InvalidParameterException', message]);
    }
    expect((engine.call('ListServices', { cluster: 'demo' }) as { serviceArns: string[] }).serviceArns).toEqual([]);
    createService(engine, { serviceName: 'web', desiredCount: 1, placementStrategy: [] });
    const err = fails(() => engine.call('UpdateService', { cluster: 'demo', service: 'web', placementStrategy: spread }));
    expect([err.type, err.message]).toEqual(['InvalidParameterException', message]);
    const { services } = engine.call('DescribeServices', { cluster: 'demo', services: ['web'] }) as {
      services: { placementStrategy: unknown[] }[];
    };
    expect(services[0].placementStrategy).toEqual([]);
  });
});
