import { describe, expect, it } from 'vitest';
import { formDataToObject } from '../actions/form-data';
import { fieldErrorsFrom } from '../actions/state';
import { createServiceSchema, deleteServiceSchema, updateServiceSchema } from './service';

function form(entries: Record<string, string>): Record<string, unknown> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, v);
  return formDataToObject(fd);
}

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
    const long = createServiceSchema.safeParse(form({ ...base, deploymentStrategy: 'BLUE_GREEN', bakeTimeInMinutes: '2000' }));
    expect(long.success).toBe(false);
    if (!long.success)
      expect(fieldErrorsFrom(long.error).bakeTimeInMinutes).toEqual(['Bake time must be between 0 and 1440 minutes.']);
    const daemon = createServiceSchema.safeParse(
      form({ ...base, schedulingStrategy: 'DAEMON', launchType: 'EC2', deploymentStrategy: 'BLUE_GREEN' }),
    );
    expect(daemon.success).toBe(false);
    if (!daemon.success)
      expect(fieldErrorsFrom(daemon.error).deploymentStrategy).toEqual([
        'The Daemon service type supports only rolling updates.',
      ]);
  });

  it('requires a subnet for awsvpc task definitions, but not for bridge', () => {
    const awsvpc = createServiceSchema.safeParse(form({ ...base, subnets: '' }));
    expect(awsvpc.success).toBe(false);
    if (!awsvpc.success) expect(fieldErrorsFrom(awsvpc.error).subnets?.[0]).toMatch(/at least one subnet/);
    expect(createServiceSchema.safeParse(form({ ...base, subnets: '', networkMode: 'bridge' })).success).toBe(true);
  });

  it('refuses a bad name, Max below Min, Daemon on Fargate and half a load balancer', () => {
    const r = createServiceSchema.safeParse(
      form({
        ...base,
        serviceName: 'bad name',
        minimumHealthyPercent: '100',
        maximumPercent: '100',
        targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/x/1',
      }),
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    const errors = fieldErrorsFrom(r.error);
    expect(errors.serviceName?.[0]).toMatch(/can only contain letters/);
    expect(errors.loadBalancerContainer?.[0]).toBe('Choose the container and port to load balance.');
    const percents = createServiceSchema.safeParse(form({ ...base, minimumHealthyPercent: '100', maximumPercent: '150' }));
    expect(percents.success).toBe(true);
    const daemon = createServiceSchema.safeParse(form({ ...base, schedulingStrategy: 'DAEMON' }));
    expect(daemon.success).toBe(false);
  });

  it('checks a custom capacity provider strategy with the shared ECS rule', () => {
    const r = createServiceSchema.safeParse(
      form({ ...base, computeOption: 'customStrategy', 'strategy.0.capacityProvider': 'FARGATE', 'strategy.0.weight': '0' }),
    );
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsFrom(r.error).strategy?.[0]).toMatch(/weight greater than zero/);
  });
});

describe('updateServiceSchema and deleteServiceSchema', () => {
  it('needs family:revision and valid percents', () => {
    const ok = updateServiceSchema.safeParse(
      form({
        cluster: 'c',
        service: 'api',
        taskDefinition: 'web:2',
        desiredCount: '3',
        minimumHealthyPercent: '50',
        maximumPercent: '200',
        forceNewDeployment: 'on',
      }),
    );
    expect(ok.success && ok.data.forceNewDeployment).toBe(true);
    const bad = updateServiceSchema.safeParse(
      form({
        cluster: 'c',
        service: 'api',
        taskDefinition: 'web',
        desiredCount: '-1',
        minimumHealthyPercent: '50',
        maximumPercent: '200',
      }),
    );
    expect(bad.success).toBe(false);
  });

  it('deletes only when the user typed delete', () => {
    expect(deleteServiceSchema.safeParse(form({ cluster: 'c', service: 'api', confirmation: 'api' })).success).toBe(false);
    const ok = deleteServiceSchema.parse(form({ cluster: 'c', service: 'api', confirmation: 'delete', force: 'on' }));
    expect(ok.force).toBe(true);
  });
});
