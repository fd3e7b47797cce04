import { describe, expect, it } from 'vitest';
import { parseCommand, parseEnvironment, runTaskSchema, stopTasksSchema } from './task';
import { errorsOf, form } from './testing';

describe('runTaskSchema', () => {
  const base: [string, string][] = [
    ['cluster', 'c'],
    ['taskDefinition', 'job:3'],
    ['networkMode', 'bridge'],
  ];

  it('allows 1 to 10 tasks', () => {
    expect(runTaskSchema.safeParse(form([...base, ['count', '10']])).success).toBe(true);
    expect(errorsOf(runTaskSchema, form([...base, ['count', '11']]))).toEqual({
      count: ['You can run up to 10 tasks at a time.'],
    });
    expect(runTaskSchema.safeParse(form([...base, ['count', '0']])).success).toBe(false);
  });

  it('reads container overrides and rejects bad environment variable names', () => {
    const ok = runTaskSchema.parse(
      form([
        ...base,
        ['count', '1'],
        ['overrides.0.name', 'app'],
        ['overrides.0.command', 'echo,hi'],
        ['overrides.0.environment', 'A=1\nB=x=y'],
      ]),
    );
    expect(ok.overrides[0]).toEqual({ name: 'app', command: 'echo,hi', environment: 'A=1\nB=x=y' });
    const bad = runTaskSchema.safeParse(
      form([...base, ['count', '1'], ['overrides.0.name', 'app'], ['overrides.0.environment', '1BAD=x']]),
    );
    expect(bad.success).toBe(false);
  });
});

describe('override parsing', () => {
  it('splits commands on commas and KEY=value lines on the first =', () => {
    expect(parseCommand('nginx,-g, daemon off;')).toEqual(['nginx', '-g', 'daemon off;']);
    expect(parseEnvironment('A=1\n\n B = x=y \nFLAG')).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: ' x=y' },
      { name: 'FLAG', value: '' },
    ]);
  });
});

describe('stopTasksSchema', () => {
  it('needs at least one task and the typed word stop', () => {
    const one = stopTasksSchema.parse(
      form([
        ['cluster', 'c'],
        ['tasks.0', 'abc'],
        ['confirmation', 'stop'],
      ]),
    );
    expect(one.tasks).toEqual(['abc']);
    expect(
      stopTasksSchema.safeParse(
        form([
          ['cluster', 'c'],
          ['tasks.0', 'abc'],
          ['confirmation', 'Stop'],
        ]),
      ).success,
    ).toBe(false);
  });
});

describe('the launch fields run task and create service share', () => {
  const run = { cluster: 'web', taskDefinition: 'job:3', networkMode: 'bridge', count: '1' };

  it('defaults to the Fargate launch type, no strategy, no network IDs and no override', () => {
    expect(runTaskSchema.parse({ cluster: ' web ', taskDefinition: ' job:3 ', count: '2' })).toEqual({
      cluster: 'web',
      taskDefinition: 'job:3',
      networkMode: '',
      computeOption: 'launchType',
      launchType: 'FARGATE',
      platformVersion: '',
      strategy: [],
      subnets: [],
      securityGroups: [],
      assignPublicIp: false,
      count: 2,
      group: '',
      overrides: [],
      tags: [],
    });
    expect(runTaskSchema.parse({ ...run, platformVersion: ' 1.4.0 ', group: ' batch ' })).toMatchObject({
      platformVersion: '1.4.0',
      group: 'batch',
    });
  });

  it('offers three launch types and three compute options, nothing else', () => {
    for (const launchType of ['FARGATE', 'EC2', 'EXTERNAL'])
      expect(runTaskSchema.parse({ ...run, launchType }).launchType).toBe(launchType);
    for (const computeOption of ['clusterDefault', 'launchType'])
      expect(runTaskSchema.parse({ ...run, computeOption }).computeOption).toBe(computeOption);
    expect(
      runTaskSchema.parse({ ...run, computeOption: 'customStrategy', strategy: [{ capacityProvider: 'FARGATE' }] }).computeOption,
    ).toBe('customStrategy');
    expect(errorsOf(runTaskSchema, { ...run, launchType: 'fargate', computeOption: 'custom' })).toEqual({
      computeOption: ['Invalid option: expected one of "clusterDefault"|"customStrategy"|"launchType"'],
      launchType: ['Invalid option: expected one of "FARGATE"|"EC2"|"EXTERNAL"'],
    });
  });

  it('needs a cluster of at most 255 characters, trimmed', () => {
    expect(errorsOf(runTaskSchema, { ...run, cluster: '  ' })).toEqual({ cluster: ['Choose a cluster.'] });
    expect(runTaskSchema.parse({ ...run, cluster: 'c'.repeat(255) }).cluster).toHaveLength(255);
    expect(errorsOf(runTaskSchema, { ...run, cluster: 'c'.repeat(256) })).toEqual({
      cluster: ['Too big: expected string to have <=255 characters'],
    });
  });

  it('takes a task definition as family or family:revision', () => {
    for (const taskDefinition of ['job', 'job:3', 'a_b-C9:12', 'f'.repeat(255)])
      expect(runTaskSchema.parse({ ...run, taskDefinition }).taskDefinition, taskDefinition).toBe(taskDefinition);
    for (const taskDefinition of ['', 'job:', 'job:x', 'job:3x', 'x job', 'job.v2', ':3', 'job:3:4', 'f'.repeat(256)])
      expect(errorsOf(runTaskSchema, { ...run, taskDefinition }), taskDefinition).toEqual({
        taskDefinition: ['Choose a task definition family and revision.'],
      });
  });

  it('reads the public IP checkbox as on/true only', () => {
    expect(runTaskSchema.parse({ ...run, assignPublicIp: 'on' }).assignPublicIp).toBe(true);
    expect(runTaskSchema.parse({ ...run, assignPublicIp: 'true' }).assignPublicIp).toBe(true);
    expect(runTaskSchema.parse({ ...run, assignPublicIp: 'yes' }).assignPublicIp).toBe(false);
    expect(runTaskSchema.parse({ ...run, assignPublicIp: '' }).assignPublicIp).toBe(false);
  });

  it('splits subnet and security group IDs on commas, spaces and lines, or takes repeated inputs', () => {
    const parsed = runTaskSchema.parse({
      ...run,
      subnets: ' subnet-a, subnet-b\nsubnet-c  subnet-d,,',
      securityGroups: ['sg-1', 'sg-2 sg-3'],
    });
    expect(parsed.subnets).toEqual(['subnet-a', 'subnet-b', 'subnet-c', 'subnet-d']);
    expect(parsed.securityGroups).toEqual(['sg-1', 'sg-2', 'sg-3']);
    expect(runTaskSchema.parse({ ...run, subnets: 'subnet-a' }).subnets).toEqual(['subnet-a']);
    expect(runTaskSchema.parse({ ...run, subnets: ', ' }).subnets).toEqual([]);
  });

  it('allows 16 subnets and 5 security groups, and bounds what it reads', () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`).join(',');
    expect(runTaskSchema.parse({ ...run, subnets: ids('subnet', 16), securityGroups: ids('sg', 5) }).subnets).toHaveLength(16);
    expect(errorsOf(runTaskSchema, { ...run, subnets: ids('subnet', 17), securityGroups: ids('sg', 6) })).toEqual({
      subnets: ['Enter at most 16 subnet IDs.'],
      securityGroups: ['Enter at most 5 security group IDs.'],
    });
    expect(runTaskSchema.parse({ ...run, subnets: `${'s'.repeat(4095)},` }).subnets).toEqual(['s'.repeat(4095)]);
    expect(errorsOf(runTaskSchema, { ...run, subnets: 's'.repeat(4097) })).toEqual({
      subnets: ['Too big: expected string to have <=4096 characters'],
    });
    expect(runTaskSchema.parse({ ...run, subnets: ['s'.repeat(255)] }).subnets).toEqual(['s'.repeat(255)]);
    expect(errorsOf(runTaskSchema, { ...run, subnets: ['s'.repeat(256)] })).toEqual({
      'subnets.0': ['Too big: expected string to have <=255 characters'],
    });
    expect(runTaskSchema.parse({ ...run, subnets: Array(32).fill('') }).subnets).toEqual([]);
    expect(errorsOf(runTaskSchema, { ...run, subnets: Array(33).fill('') })).toEqual({ subnets: ['Invalid input'] });
  });

  it('needs a subnet for the awsvpc network mode only', () => {
    const awsvpc = { ...run, networkMode: 'awsvpc' };
    expect(errorsOf(runTaskSchema, awsvpc)).toEqual({
      subnets: ['The task definition uses the awsvpc network mode: enter at least one subnet ID.'],
    });
    expect(runTaskSchema.parse({ ...awsvpc, subnets: 'subnet-a' }).subnets).toEqual(['subnet-a']);
    for (const networkMode of ['bridge', 'host', 'none', ''])
      expect(runTaskSchema.safeParse({ ...run, networkMode }).success, networkMode).toBe(true);
  });

  it('checks the strategy only for a custom strategy: at least one provider, by the ECS rule', () => {
    expect(errorsOf(runTaskSchema, { ...run, computeOption: 'customStrategy' })).toEqual({
      strategy: ['Add at least one capacity provider.'],
    });
    const bad = [{ capacityProvider: 'FARGATE', weight: '0' }];
    expect(errorsOf(runTaskSchema, { ...run, computeOption: 'customStrategy', strategy: bad })).toEqual({
      strategy: ['At least one capacity provider in a capacity provider strategy must have a weight greater than zero.'],
    });
    expect(runTaskSchema.parse({ ...run, computeOption: 'clusterDefault', strategy: bad }).strategy).toEqual([
      { capacityProvider: 'FARGATE', base: 0, weight: 0 },
    ]);
    expect(runTaskSchema.safeParse({ ...run, computeOption: 'launchType' }).success).toBe(true);
  });

  it('runs 1 to 10 tasks, a whole number', () => {
    expect(runTaskSchema.parse({ ...run, count: '1' }).count).toBe(1);
    expect(errorsOf(runTaskSchema, { ...run, count: '0' })).toEqual({ count: ['Desired tasks must be at least 1.'] });
    expect(errorsOf(runTaskSchema, { ...run, count: '1.5' })).toEqual({ count: ['Desired tasks must be a whole number.'] });
    expect(errorsOf(runTaskSchema, { ...run, count: 'two' })).toEqual({ count: ['Desired tasks must be a number.'] });
  });

  it('bounds the task group', () => {
    expect(runTaskSchema.parse({ ...run, group: 'g'.repeat(255) }).group).toHaveLength(255);
    expect(errorsOf(runTaskSchema, { ...run, group: 'g'.repeat(256) })).toEqual({
      group: ['Task group must be at most 255 characters.'],
    });
  });
});

describe('container overrides', () => {
  const run = { cluster: 'web', taskDefinition: 'job:3', count: '1' };

  it('defaults an override to no command and no environment, and needs its container name', () => {
    expect(runTaskSchema.parse({ ...run, overrides: [{ name: 'app' }] }).overrides).toEqual([
      { name: 'app', command: '', environment: '' },
    ]);
    expect(errorsOf(runTaskSchema, { ...run, overrides: [{ name: '' }] })).toEqual({
      'overrides.0.name': ['Too small: expected string to have >=1 characters'],
    });
    expect(runTaskSchema.parse({ ...run, overrides: [{ name: 'n'.repeat(255) }] }).overrides).toHaveLength(1);
    expect(errorsOf(runTaskSchema, { ...run, overrides: [{ name: 'n'.repeat(256) }] })).toEqual({
      'overrides.0.name': ['Too big: expected string to have <=255 characters'],
    });
  });

  it('bounds the command and the environment text, and the number of overrides', () => {
    const long = { name: 'app', command: 'c'.repeat(8192), environment: `A=${'v'.repeat(32_766)}` };
    expect(runTaskSchema.parse({ ...run, overrides: [long] }).overrides[0]).toEqual(long);
    expect(
      errorsOf(runTaskSchema, {
        ...run,
        overrides: [{ name: 'app', command: `${long.command}c`, environment: `${long.environment}v` }],
      }),
    ).toEqual({
      'overrides.0.command': ['A command override must be at most 8192 characters.'],
      'overrides.0.environment': ['Environment overrides must be at most 32768 characters.'],
    });
    expect(runTaskSchema.parse({ ...run, overrides: Array(10).fill({ name: 'app' }) }).overrides).toHaveLength(10);
    expect(errorsOf(runTaskSchema, { ...run, overrides: Array(11).fill({ name: 'app' }) })).toEqual({
      overrides: ['A task has at most 10 containers.'],
    });
  });

  it('takes environment variable names of letters, digits and _, not starting with a digit', () => {
    const environment = 'A=1\n_b=2\nPATH_2=x\nz=';
    expect(runTaskSchema.parse({ ...run, overrides: [{ name: 'app', environment }] }).overrides[0].environment).toBe(environment);
    for (const name of ['1BAD', 'A-B', 'A B', 'É', 'A.b'])
      expect(errorsOf(runTaskSchema, { ...run, overrides: [{ name: 'app', environment: `OK=1\n${name}=x` }] }), name).toEqual({
        'overrides.0.environment': [`'${name}' is not a valid environment variable name. Use KEY=value lines.`],
      });
    expect(errorsOf(runTaskSchema, { ...run, overrides: [{ name: 'app', environment: '=x' }] })).toEqual({
      'overrides.0.environment': ["'' is not a valid environment variable name. Use KEY=value lines."],
    });
  });

  it('parses KEY=value lines: a line starting with = has an empty name, a line without = an empty value', () => {
    expect(parseEnvironment('=v\nK\r\nA = 1 ')).toEqual([
      { name: '', value: 'v' },
      { name: 'K', value: '' },
      { name: 'A', value: ' 1' },
    ]);
    expect(parseEnvironment('')).toEqual([]);
    expect(parseEnvironment('AB=cd')).toEqual([{ name: 'AB', value: 'cd' }]);
    expect(parseCommand(' a ,, b,')).toEqual(['a', 'b']);
    expect(parseCommand('')).toEqual([]);
  });
});

describe('stopTasksSchema fields', () => {
  const stop = { cluster: 'web', confirmation: 'stop' };

  it('takes one task or several, drops empty ones, and trims the reason', () => {
    expect(stopTasksSchema.parse({ ...stop, tasks: 'abc' })).toEqual({
      cluster: 'web',
      tasks: ['abc'],
      reason: '',
      confirmation: 'stop',
      returnTo: '',
    });
    expect(stopTasksSchema.parse({ ...stop, cluster: ' web ', tasks: ['', 'a', 'b'], reason: ' done ', returnTo: '/x' })).toEqual(
      {
        cluster: 'web',
        tasks: ['a', 'b'],
        reason: 'done',
        confirmation: 'stop',
        returnTo: '/x',
      },
    );
  });

  it('needs a task and the word stop', () => {
    expect(errorsOf(stopTasksSchema, { cluster: 'web', tasks: ['', ''] })).toEqual({
      tasks: ['Select at least one task.'],
      confirmation: ['Type stop to confirm.'],
    });
    expect(errorsOf(stopTasksSchema, { cluster: 'web', tasks: '', confirmation: 'stop' })).toEqual({
      tasks: ['Select at least one task.'],
    });
    expect(errorsOf(stopTasksSchema, { ...stop, cluster: ' ', tasks: 'a' })).toEqual({
      cluster: ['Too small: expected string to have >=1 characters'],
    });
  });

  it('stops at most 100 tasks, and bounds the reason, the names and the return address', () => {
    expect(stopTasksSchema.parse({ ...stop, tasks: Array(100).fill('t') }).tasks).toHaveLength(100);
    expect(errorsOf(stopTasksSchema, { ...stop, tasks: Array(101).fill('t') })).toEqual({
      tasks: ['Select at most 100 tasks at a time.'],
    });
    expect(stopTasksSchema.parse({ ...stop, tasks: 't', reason: 'r'.repeat(255) }).reason).toHaveLength(255);
    expect(errorsOf(stopTasksSchema, { ...stop, tasks: 't', reason: 'r'.repeat(256) })).toEqual({
      reason: ['Reason must be at most 255 characters.'],
    });
    expect(
      stopTasksSchema.parse({ ...stop, cluster: 'c'.repeat(255), tasks: ['t'.repeat(2048)], returnTo: 'r'.repeat(2048) }).tasks,
    ).toHaveLength(1);
    expect(
      errorsOf(stopTasksSchema, { ...stop, cluster: 'c'.repeat(256), tasks: ['t'.repeat(2049)], returnTo: 'r'.repeat(2049) }),
    ).toEqual({
      cluster: ['Too big: expected string to have <=255 characters'],
      'tasks.0': ['Too big: expected string to have <=2048 characters'],
      returnTo: ['Too big: expected string to have <=2048 characters'],
    });
    expect(errorsOf(stopTasksSchema, { ...stop, tasks: 't'.repeat(2049) })).toEqual({
      tasks: ['Too big: expected string to have <=2048 characters'],
    });
  });
});
