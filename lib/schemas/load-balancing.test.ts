import { describe, expect, it } from 'vitest';
import { elbNameError } from './load-balancing';
import { createServiceSchema } from './service';
import { errorsOf } from './testing';

const base = { cluster: 'c', taskDefinition: 'web:1', serviceName: 'api', networkMode: 'bridge' };
/** A new Application Load Balancer, listener and target group, all valid. */
const alb = {
  ...base,
  loadBalancerType: 'application',
  loadBalancerName: 'web-lb',
  listenerPort: '80',
  targetGroupName: 'web-tg',
  loadBalancerContainer: 'web:8080',
};
const lbFields = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => /^(loadBalancer|listener|targetGroup|healthCheckPath)/.test(k)));

describe('the Load balancing section', () => {
  it('defaults to no load balancer, and checks nothing then', () => {
    expect(lbFields(createServiceSchema.parse(base))).toEqual({
      loadBalancerType: 'none',
      loadBalancerChoice: 'new',
      loadBalancerName: '',
      loadBalancerArn: '',
      listenerChoice: 'new',
      listenerPort: '',
      listenerArn: '',
      targetGroupChoice: 'new',
      targetGroupName: '',
      targetGroupArn: '',
      healthCheckPath: '/',
      loadBalancerContainer: '',
    });
    expect(
      createServiceSchema.safeParse({ ...base, loadBalancerName: '-bad-', listenerPort: 'x', healthCheckPath: 'h' }).success,
    ).toBe(true);
  });

  it('offers Application and Network Load Balancers, new or existing', () => {
    for (const loadBalancerType of ['application', 'network'])
      expect(createServiceSchema.parse({ ...alb, loadBalancerType }).loadBalancerType).toBe(loadBalancerType);
    expect(
      lbFields(
        createServiceSchema.parse({
          ...alb,
          loadBalancerChoice: 'existing',
          loadBalancerArn: ' arn:lb ',
          listenerChoice: 'existing',
          listenerArn: ' arn:l ',
          targetGroupChoice: 'existing',
          targetGroupArn: ' arn:tg ',
        }),
      ),
    ).toMatchObject({
      loadBalancerChoice: 'existing',
      loadBalancerArn: 'arn:lb',
      listenerChoice: 'existing',
      listenerArn: 'arn:l',
      targetGroupChoice: 'existing',
      targetGroupArn: 'arn:tg',
    });
    expect(errorsOf(createServiceSchema, { ...alb, loadBalancerType: 'gateway', loadBalancerChoice: 'old' })).toEqual({
      loadBalancerType: ['Invalid option: expected one of "none"|"application"|"network"'],
      loadBalancerChoice: ['Invalid option: expected one of "new"|"existing"'],
    });
    expect(errorsOf(createServiceSchema, { ...alb, listenerChoice: '', targetGroupChoice: 'New' })).toEqual({
      listenerChoice: ['Invalid option: expected one of "new"|"existing"'],
      targetGroupChoice: ['Invalid option: expected one of "new"|"existing"'],
    });
  });

  it('trims the names, ARNs, port and path it reads, and bounds them', () => {
    expect(
      lbFields(
        createServiceSchema.parse({
          ...alb,
          loadBalancerName: ' web-lb ',
          listenerPort: ' 443 ',
          targetGroupName: ' web-tg ',
          healthCheckPath: ' /health ',
        }),
      ),
    ).toMatchObject({ loadBalancerName: 'web-lb', listenerPort: '443', targetGroupName: 'web-tg', healthCheckPath: '/health' });
    expect(
      errorsOf(createServiceSchema, {
        ...base,
        loadBalancerName: 'n'.repeat(65),
        loadBalancerArn: 'a'.repeat(2049),
        listenerPort: '1'.repeat(17),
        listenerArn: 'a'.repeat(2049),
        targetGroupName: 'n'.repeat(65),
        targetGroupArn: 'a'.repeat(2049),
        healthCheckPath: '/'.repeat(1025),
        loadBalancerContainer: 'c'.repeat(301),
      }),
    ).toEqual({
      loadBalancerName: ['Too big: expected string to have <=64 characters'],
      loadBalancerArn: ['Too big: expected string to have <=2048 characters'],
      listenerPort: ['Too big: expected string to have <=16 characters'],
      listenerArn: ['Too big: expected string to have <=2048 characters'],
      targetGroupName: ['Too big: expected string to have <=64 characters'],
      targetGroupArn: ['Too big: expected string to have <=2048 characters'],
      healthCheckPath: ['Too big: expected string to have <=1024 characters'],
      loadBalancerContainer: ['Too big: expected string to have <=300 characters'],
    });
  });

  it('asks for every part of a new load balancer', () => {
    expect(errorsOf(createServiceSchema, { ...base, loadBalancerType: 'application' })).toEqual({
      loadBalancerContainer: ['Choose the container and port to load balance.'],
      loadBalancerName: ['Enter a load balancer name.'],
      listenerPort: ['Enter a listener port from 1 to 65535.'],
      targetGroupName: ['Enter a target group name.'],
    });
  });

  it('asks for the ARN of each existing part', () => {
    expect(
      errorsOf(createServiceSchema, {
        ...alb,
        loadBalancerType: 'network',
        loadBalancerChoice: 'existing',
        listenerChoice: 'existing',
        targetGroupChoice: 'existing',
      }),
    ).toEqual({
      loadBalancerArn: ['Choose a load balancer.'],
      listenerArn: ['Choose a listener.'],
      targetGroupArn: ['Choose a target group.'],
    });
  });

  it('takes the container as name:port', () => {
    for (const loadBalancerContainer of ['web:80', 'a_b-C9:65535'])
      expect(createServiceSchema.parse({ ...alb, loadBalancerContainer }).loadBalancerContainer).toBe(loadBalancerContainer);
    for (const loadBalancerContainer of ['web', 'web:', ':80', 'web:80x', 'x web:80', 'web:80 ', 'web.1:80'])
      expect(errorsOf(createServiceSchema, { ...alb, loadBalancerContainer }), loadBalancerContainer).toEqual({
        loadBalancerContainer: ['Choose the container and port to load balance.'],
      });
  });

  it('needs a listener port from 1 to 65535 whenever the listener is new', () => {
    for (const listenerPort of ['1', '65535', '8080'])
      expect(createServiceSchema.safeParse({ ...alb, listenerPort }).success, listenerPort).toBe(true);
    for (const listenerPort of ['0', '65536', '-1', '8a', '80.5', 'a80'])
      expect(errorsOf(createServiceSchema, { ...alb, listenerPort }), listenerPort).toEqual({
        listenerPort: ['Enter a listener port from 1 to 65535.'],
      });
    // A new load balancer has no listener yet: the listener is new whatever the choice says.
    expect(errorsOf(createServiceSchema, { ...alb, listenerChoice: 'existing', listenerPort: '' })).toEqual({
      listenerPort: ['Enter a listener port from 1 to 65535.'],
    });
    expect(
      errorsOf(createServiceSchema, { ...alb, loadBalancerChoice: 'existing', loadBalancerArn: 'arn:lb', listenerPort: '0' }),
    ).toEqual({ listenerPort: ['Enter a listener port from 1 to 65535.'] });
    expect(
      createServiceSchema.safeParse({
        ...alb,
        loadBalancerChoice: 'existing',
        loadBalancerArn: 'arn:lb',
        listenerChoice: 'existing',
        listenerArn: 'arn:l',
        listenerPort: 'x',
        targetGroupChoice: 'existing',
        targetGroupArn: 'arn:tg',
      }).success,
    ).toBe(true);
  });

  it('needs a health check path starting with / for an Application Load Balancer only', () => {
    expect(errorsOf(createServiceSchema, { ...alb, healthCheckPath: 'health' })).toEqual({
      healthCheckPath: ['The health check path starts with /.'],
    });
    expect(createServiceSchema.parse({ ...alb, healthCheckPath: '/health' }).healthCheckPath).toBe('/health');
    expect(createServiceSchema.parse({ ...alb, loadBalancerType: 'network', healthCheckPath: 'health' }).healthCheckPath).toBe(
      'health',
    );
    expect(
      createServiceSchema.safeParse({ ...alb, targetGroupChoice: 'existing', targetGroupArn: 'arn:tg', healthCheckPath: 'h' })
        .success,
    ).toBe(true);
  });

  it('creates a target group only with a new listener', () => {
    const existingListener = {
      ...alb,
      loadBalancerChoice: 'existing',
      loadBalancerArn: 'arn:lb',
      listenerChoice: 'existing',
      listenerArn: 'arn:l',
    };
    expect(errorsOf(createServiceSchema, existingListener)).toEqual({
      targetGroupChoice: [
        'An existing listener already forwards to its target group: choose that existing target group, or create a new listener.',
      ],
    });
    expect(createServiceSchema.safeParse({ ...existingListener, listenerChoice: 'new' }).success).toBe(true);
    expect(
      createServiceSchema.safeParse({ ...existingListener, targetGroupChoice: 'existing', targetGroupArn: 'arn:tg' }).success,
    ).toBe(true);
  });

  it('checks both names by the ELBv2 rule', () => {
    expect(errorsOf(createServiceSchema, { ...alb, loadBalancerName: 'web-', targetGroupName: 'web_tg' })).toEqual({
      loadBalancerName: ['Load balancer names have 1-32 letters, numbers or hyphens, and cannot begin or end with a hyphen.'],
      targetGroupName: ['Target group names have 1-32 letters, numbers or hyphens, and cannot begin or end with a hyphen.'],
    });
  });
});

describe('elbNameError', () => {
  it('takes 1 to 32 letters, digits and hyphens, not at either end', () => {
    for (const name of ['a', 'Z9', 'a-b', 'web--lb-2', 'a'.repeat(32), `a${'-'.repeat(30)}b`])
      expect(elbNameError('target group', name), name).toBeUndefined();
    for (const name of ['-a', 'a-', '-', 'a_b', 'a b', 'a.b', 'a'.repeat(33), 'é'])
      expect(elbNameError('target group', name), name).toBe(
        'Target group names have 1-32 letters, numbers or hyphens, and cannot begin or end with a hyphen.',
      );
    expect(elbNameError('target group', '')).toBe('Enter a target group name.');
  });

  it('keeps internal- for internal load balancers, whatever the case, but not for target groups', () => {
    for (const name of ['internal-web', 'Internal-web', 'INTERNAL-1'])
      expect(elbNameError('load balancer', name), name).toBe('Load balancer names cannot begin with internal-.');
    expect(elbNameError('load balancer', 'web-internal-1')).toBeUndefined();
    expect(elbNameError('load balancer', 'internal')).toBeUndefined();
    expect(elbNameError('target group', 'internal-web')).toBeUndefined();
  });
});
