import { describe, expect, it } from 'vitest';
import {
  createServiceSchema,
  deleteServiceSchema,
  scaleServiceSchema,
  updateServiceRevisionSchema,
  updateServiceSchema,
} from './service';
import { errorsOf, form } from './testing';

const update = {
  cluster: 'c',
  service: 'api',
  taskDefinition: 'web:2',
  desiredCount: '3',
  minimumHealthyPercent: '50',
  maximumPercent: '200',
};
const base = { cluster: 'c', taskDefinition: 'web:1', serviceName: 'api', networkMode: 'awsvpc', subnets: 'subnet-a, subnet-b' };

describe('createServiceSchema', () => {
  it('parses the form with console defaults and splits subnet IDs', () => {
    const out = createServiceSchema.parse(form({ ...base, circuitBreaker: 'on', rollback: 'on', desiredCount: '2' }));
    expect(out).toMatchObject({
      desiredCount: 2,
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      circuitBreaker: true,
      rollback: true,
      subnets: ['subnet-a', 'subnet-b'],
      securityGroups: [],
      assignPublicIp: false,
      computeOption: 'launchType',
      launchType: 'FARGATE',
      schedulingStrategy: 'REPLICA',
    });
  });

  it('takes the deployment strategy, a bake time only up to a day, and no blue/green for a Daemon service', () => {
    const out = createServiceSchema.parse(form({ ...base, deploymentStrategy: 'BLUE_GREEN', bakeTimeInMinutes: '15' }));
    expect(out).toMatchObject({ deploymentStrategy: 'BLUE_GREEN', bakeTimeInMinutes: 15 });
    expect(createServiceSchema.parse(form(base))).toMatchObject({ deploymentStrategy: 'ROLLING', bakeTimeInMinutes: 0 });
    expect(errorsOf(createServiceSchema, form({ ...base, deploymentStrategy: 'BLUE_GREEN', bakeTimeInMinutes: '2000' }))).toEqual(
      {
        bakeTimeInMinutes: ['Bake time must be between 0 and 1440 minutes.'],
      },
    );
    expect(
      errorsOf(
        createServiceSchema,
        form({ ...base, schedulingStrategy: 'DAEMON', launchType: 'EC2', deploymentStrategy: 'BLUE_GREEN' }),
      ),
    ).toMatchObject({ deploymentStrategy: ['The Daemon service type supports only rolling updates.'] });
  });

  it('requires a subnet for awsvpc task definitions, but not for bridge', () => {
    expect(errorsOf(createServiceSchema, form({ ...base, subnets: '' }))).toEqual({
      subnets: ['The task definition uses the awsvpc network mode: enter at least one subnet ID.'],
    });
    expect(createServiceSchema.safeParse(form({ ...base, subnets: '', networkMode: 'bridge' })).success).toBe(true);
  });

  it('refuses a bad name, Max below Min, Daemon on Fargate and half a load balancer', () => {
    const errors = errorsOf(
      createServiceSchema,
      form({
        ...base,
        serviceName: 'bad name',
        minimumHealthyPercent: '100',
        maximumPercent: '100',
        loadBalancerType: 'application',
        loadBalancerName: '-bad-',
        listenerPort: '99999',
        targetGroupName: 'web-tg',
      }),
    );
    expect(errors.serviceName?.[0]).toMatch(/can only contain letters/);
    expect(errors.loadBalancerContainer?.[0]).toBe('Choose the container and port to load balance.');
    expect(errors.loadBalancerName?.[0]).toMatch(/cannot begin or end with a hyphen/);
    expect(errors.listenerPort?.[0]).toBe('Enter a listener port from 1 to 65535.');
    const existing = errorsOf(
      createServiceSchema,
      form({
        ...base,
        loadBalancerType: 'network',
        loadBalancerChoice: 'existing',
        loadBalancerArn: 'arn:lb',
        listenerChoice: 'existing',
        listenerArn: 'arn:l',
        targetGroupName: 'new-tg',
        loadBalancerContainer: 'web:80',
      }),
    );
    expect(existing.targetGroupChoice?.[0]).toMatch(/choose that existing target group/);
    const percents = createServiceSchema.safeParse(form({ ...base, minimumHealthyPercent: '100', maximumPercent: '150' }));
    expect(percents.success).toBe(true);
    const daemon = createServiceSchema.safeParse(form({ ...base, schedulingStrategy: 'DAEMON' }));
    expect(daemon.success).toBe(false);
  });

  it('checks a custom capacity provider strategy with the shared ECS rule', () => {
    const errors = errorsOf(
      createServiceSchema,
      form({ ...base, computeOption: 'customStrategy', 'strategy.0.capacityProvider': 'FARGATE', 'strategy.0.weight': '0' }),
    );
    expect(errors).toEqual({
      strategy: ['At least one capacity provider in a capacity provider strategy must have a weight greater than zero.'],
    });
  });
});

describe('updateServiceSchema and deleteServiceSchema', () => {
  it('needs family:revision and valid percents', () => {
    const ok = updateServiceSchema.safeParse(form({ ...update, forceNewDeployment: 'on' }));
    expect(ok.success && ok.data.forceNewDeployment).toBe(true);
    const bad = updateServiceSchema.safeParse(form({ ...update, taskDefinition: 'web', desiredCount: '-1' }));
    expect(bad.success).toBe(false);
  });

  it('deletes only when the user typed delete, exactly and case-sensitively', () => {
    const ok = deleteServiceSchema.parse(form({ cluster: 'c', service: 'api', confirmation: 'delete', force: 'on' }));
    expect(ok).toEqual({ cluster: 'c', service: 'api', confirmation: 'delete', force: true });
    expect(deleteServiceSchema.parse(form({ cluster: 'c', service: 'api', confirmation: 'delete' })).force).toBe(false);
    for (const confirmation of ['', 'd', 'del', 'dx', 'delet', 'deletes', 'Delete', 'DELETE', 'delete ', ' delete', 'api'])
      expect(errorsOf(deleteServiceSchema, form({ cluster: 'c', service: 'api', confirmation })), confirmation).toEqual({
        confirmation: ['Type delete to confirm.'],
      });
    expect(errorsOf(deleteServiceSchema, form({ cluster: 'c', service: 'api' }))).toEqual({
      confirmation: ['Type delete to confirm.'],
    });
  });
});

describe('service form rules', () => {
  it('bounds the percentages and keeps max at or above min', () => {
    expect(updateServiceSchema.safeParse(form({ ...update, minimumHealthyPercent: '100', maximumPercent: '100' })).success).toBe(
      true,
    );
    expect(errorsOf(updateServiceSchema, form({ ...update, minimumHealthyPercent: '101', maximumPercent: '99' }))).toEqual({
      minimumHealthyPercent: ['Min running tasks % must be between 0 and 100.'],
      maximumPercent: [
        'Max running tasks % must be at least 100.',
        'Max running tasks % must be greater than or equal to Min running tasks %.',
      ],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, minimumHealthyPercent: '-1', desiredCount: '-1' }))).toEqual({
      desiredCount: ['Desired tasks must be 0 or more.'],
      minimumHealthyPercent: ['Min running tasks % must be between 0 and 100.'],
    });
    expect(
      errorsOf(createServiceSchema, form({ ...base, maximumPercent: '150', minimumHealthyPercent: '100', desiredCount: 'x' })),
    ).toEqual({
      desiredCount: ['Desired tasks must be a number.'],
    });
  });

  it('names the field in number errors', () => {
    expect(
      errorsOf(
        createServiceSchema,
        form({ ...base, minimumHealthyPercent: 'x', maximumPercent: '150.5', healthCheckGracePeriodSeconds: 'soon' }),
      ),
    ).toEqual({
      minimumHealthyPercent: ['Min running tasks % must be a number.'],
      maximumPercent: ['Max running tasks % must be a whole number.'],
      healthCheckGracePeriodSeconds: ['Health check grace period must be a number.'],
    });
  });

  it('checks max against min only for REPLICA services', () => {
    expect(errorsOf(createServiceSchema, form({ ...base, minimumHealthyPercent: '100', maximumPercent: '99' }))).toEqual({
      maximumPercent: [
        'Max running tasks % must be at least 100.',
        'Max running tasks % must be greater than or equal to Min running tasks %.',
      ],
    });
    const daemonOnEc2 = { ...base, schedulingStrategy: 'DAEMON', computeOption: 'launchType', launchType: 'EC2' };
    expect(errorsOf(createServiceSchema, form({ ...daemonOnEc2, minimumHealthyPercent: '100', maximumPercent: '99' }))).toEqual({
      maximumPercent: ['Max running tasks % must be at least 100.'],
    });
    const daemon = createServiceSchema.parse(
      form({ ...base, schedulingStrategy: 'DAEMON', computeOption: 'launchType', launchType: 'EC2', networkMode: 'bridge' }),
    );
    expect(daemon.schedulingStrategy).toBe('DAEMON');
    expect(errorsOf(createServiceSchema, form({ ...base, schedulingStrategy: 'DAEMON' }))).toEqual({
      schedulingStrategy: ['The Daemon service type does not support the Fargate launch type.'],
    });
    expect(
      createServiceSchema.safeParse(form({ ...base, schedulingStrategy: 'DAEMON', computeOption: 'clusterDefault' })).success,
    ).toBe(true);
  });

  it('bounds the health check grace period and reads the tag options', () => {
    const parsed = createServiceSchema.parse(
      form({ ...base, healthCheckGracePeriodSeconds: '2147483647', propagateTags: 'SERVICE', enableECSManagedTags: 'on' }),
    );
    expect(parsed).toMatchObject({
      healthCheckGracePeriodSeconds: 2147483647,
      propagateTags: 'SERVICE',
      enableECSManagedTags: true,
    });
    expect(createServiceSchema.parse(form(base))).toMatchObject({
      healthCheckGracePeriodSeconds: 0,
      propagateTags: 'NONE',
      enableECSManagedTags: false,
      targetGroupArn: '',
      loadBalancerContainer: '',
      tags: [],
    });
    for (const healthCheckGracePeriodSeconds of ['-1', '2147483648'])
      expect(Object.keys(errorsOf(createServiceSchema, form({ ...base, healthCheckGracePeriodSeconds })))).toEqual([
        'healthCheckGracePeriodSeconds',
      ]);
  });

  it('names services by the resource name rule, trimmed', () => {
    expect(createServiceSchema.parse(form({ ...base, serviceName: ' api ' })).serviceName).toBe('api');
    expect(errorsOf(createServiceSchema, form({ ...base, serviceName: '' }))).toEqual({
      serviceName: ['Service name is required.'],
    });
  });

  it('updates to a family:revision only, and scales to 0 or more', () => {
    for (const taskDefinition of ['web', 'web:', ':2', 'web:2x', 'x web:2', 'web:two'])
      expect(errorsOf(updateServiceSchema, form({ ...update, taskDefinition })), taskDefinition).toEqual({
        taskDefinition: ['Choose a task definition revision.'],
      });
    expect(updateServiceSchema.parse(form({ ...update, taskDefinition: ' web:12 ' })).taskDefinition).toBe('web:12');
    expect(scaleServiceSchema.parse(form({ cluster: ' demo ', service: 'api', desiredCount: '0' }))).toEqual({
      cluster: 'demo',
      service: 'api',
      desiredCount: 0,
    });
    expect(errorsOf(scaleServiceSchema, form({ cluster: ' ', service: 'api', desiredCount: '1' }))).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
    });
  });
});

describe('service fields the other tests leave out', () => {
  it('bounds the bake time, naming it in every message', () => {
    expect(createServiceSchema.parse(form({ ...base, bakeTimeInMinutes: '1440' })).bakeTimeInMinutes).toBe(1440);
    expect(errorsOf(createServiceSchema, form({ ...base, bakeTimeInMinutes: '-1' }))).toEqual({
      bakeTimeInMinutes: ['Bake time must be between 0 and 1440 minutes.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, bakeTimeInMinutes: 'x' }))).toEqual({
      bakeTimeInMinutes: ['Bake time must be a number.'],
    });
    expect(errorsOf(updateServiceSchema, form({ ...update, bakeTimeInMinutes: '1.5' }))).toEqual({
      bakeTimeInMinutes: ['Bake time must be a whole number.'],
    });
  });

  it('takes a health check grace period in an update only when the form sends one, from 0', () => {
    expect(updateServiceSchema.parse(form(update)).healthCheckGracePeriodSeconds).toBeUndefined();
    for (const [seconds, parsed] of [
      ['0', 0],
      ['60', 60],
      ['2147483647', 2147483647],
    ] as const)
      expect(
        updateServiceSchema.parse(form({ ...update, healthCheckGracePeriodSeconds: seconds })).healthCheckGracePeriodSeconds,
      ).toBe(parsed);
    expect(errorsOf(updateServiceSchema, form({ ...update, healthCheckGracePeriodSeconds: 'soon' }))).toEqual({
      healthCheckGracePeriodSeconds: ['Health check grace period must be a number.'],
    });
    for (const healthCheckGracePeriodSeconds of ['-1', '2147483648'])
      expect(Object.keys(errorsOf(updateServiceSchema, form({ ...update, healthCheckGracePeriodSeconds })))).toEqual([
        'healthCheckGracePeriodSeconds',
      ]);
  });

  it('updates a service to a revision: the cluster, the service and family:revision', () => {
    expect(updateServiceRevisionSchema.parse(form({ cluster: ' c ', service: ' api ', taskDefinition: ' web:3 ' }))).toEqual({
      cluster: 'c',
      service: 'api',
      taskDefinition: 'web:3',
    });
    expect(errorsOf(updateServiceRevisionSchema, form({ cluster: 'c', service: 'bad name', taskDefinition: 'web' }))).toEqual({
      service: ['Service name can only contain letters, numbers, hyphens (-) and underscores (_).'],
      taskDefinition: ['Choose a task definition revision.'],
    });
  });
});
