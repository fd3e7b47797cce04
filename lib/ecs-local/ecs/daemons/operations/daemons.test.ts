// Daemon task definitions and daemons over time: one task per instance of the daemon's capacity providers,
// rolling revisions instance by instance, rolling back a failing revision, and deletion.
import type { DaemonDeployment, DaemonDetail, Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { associate, createProvider } from '../../../testing/capacity-providers';
import { ecsError, engineWithCluster } from '../../../testing/engine';

type Engine = ReturnType<typeof engineWithCluster>['engine'];
const CP_ARN = 'arn:aws:ecs:us-east-1:000000000000:capacity-provider';

function registerAgent(engine: Engine, image = 'amazon/cloudwatch-agent:1'): string {
  return (
    engine.call('RegisterDaemonTaskDefinition', {
      family: 'agent',
      cpu: '128',
      memory: '256',
      containerDefinitions: [{ name: 'agent', image }],
    }) as { daemonTaskDefinitionArn: string }
  ).daemonTaskDefinitionArn;
}

/** A cluster with a two-instance Auto Scaling group provider `nodes` whose instances have registered. */
function clusterWithNodes(size = 2) {
  const fixture = engineWithCluster('demo');
  createProvider(fixture.engine, 'nodes', {}, { desired: size });
  associate(fixture.engine, 'demo', ['nodes']);
  fixture.engine.advance(31_000);
  return fixture;
}

function createAgent(engine: Engine, taskDefinition: string, extra: Record<string, unknown> = {}) {
  return engine.call('CreateDaemon', {
    clusterArn: 'demo',
    daemonName: 'agent',
    daemonTaskDefinitionArn: taskDefinition,
    capacityProviderArns: [`${CP_ARN}/nodes`],
    ...extra,
  }) as { daemonArn: string; deploymentArn: string; status: string };
}

function daemonTasks(engine: Engine, desiredStatus = 'RUNNING'): Wire<Task>[] {
  const { taskArns } = engine.call('ListTasks', { cluster: 'demo', daemonName: 'agent', desiredStatus }) as {
    taskArns: string[];
  };
  if (taskArns.length === 0) return [];
  return (engine.call('DescribeTasks', { cluster: 'demo', tasks: taskArns }) as { tasks: Wire<Task>[] }).tasks;
}

function deployment(engine: Engine, arn: string): Wire<DaemonDeployment> {
  return (
    engine.call('DescribeDaemonDeployments', { daemonDeploymentArns: [arn] }) as { daemonDeployments: Wire<DaemonDeployment>[] }
  ).daemonDeployments[0];
}

describe('daemon task definitions', () => {
  it('registers revisions apart from task definitions, describes, lists and deletes them', () => {
    const { engine } = engineWithCluster('demo');
    const first = registerAgent(engine);
    expect(first).toBe('arn:aws:ecs:us-east-1:000000000000:daemon-task-definition/agent:1');
    registerAgent(engine, 'amazon/cloudwatch-agent:2');
    engine.call('RegisterTaskDefinition', {
      family: 'agent',
      containerDefinitions: [{ name: 'x', image: 'busybox', memory: 64 }],
    });
    const described = engine.call('DescribeDaemonTaskDefinition', { daemonTaskDefinition: 'agent' }) as {
      daemonTaskDefinition: { revision: number; status: string; containerDefinitions: { essential: boolean }[] };
    };
    expect(described.daemonTaskDefinition).toMatchObject({
      revision: 2,
      status: 'ACTIVE',
      containerDefinitions: [{ essential: true }],
    });
    const list = (input: Record<string, unknown> = {}) =>
      (engine.call('ListDaemonTaskDefinitions', input) as { daemonTaskDefinitions: { arn: string; status: string }[] })
        .daemonTaskDefinitions;
    expect(list().map((d) => d.arn.split('/').pop())).toEqual(['agent:1', 'agent:2']);
    expect(list({ sort: 'DESC', revision: 'LAST_REGISTERED' }).map((d) => d.arn.split('/').pop())).toEqual(['agent:2']);
    engine.call('DeleteDaemonTaskDefinition', { daemonTaskDefinition: 'agent:1' });
    expect(list().map((d) => d.arn.split('/').pop())).toEqual(['agent:2']);
    expect(() => engine.call('DescribeDaemonTaskDefinition', { daemonTaskDefinition: first })).toThrow(
      ecsError('ClientException', 'Unable to describe daemon task definition.'),
    );
    expect(() =>
      engine.call('RegisterDaemonTaskDefinition', { family: 'bad', containerDefinitions: [{ name: 'a', image: ' ' }] }),
    ).toThrow(ecsError('ClientException', 'Container.image should not be null or empty.'));
    expect(() => engine.call('DeleteDaemonTaskDefinition', { daemonTaskDefinition: 'agent' })).toThrow(
      ecsError('ClientException', /with its revision/),
    );
  });
});

describe('daemons', () => {
  it('run one task on every instance of their capacity providers, including instances that join later', () => {
    const { engine } = clusterWithNodes();
    const created = createAgent(engine, registerAgent(engine), {
      tags: [{ key: 'team', value: 'ops' }],
      propagateTags: 'DAEMON',
    });
    expect(created.daemonArn).toBe('arn:aws:ecs:us-east-1:000000000000:daemon/demo/agent');
    engine.advance(20_000);
    const tasks = daemonTasks(engine);
    expect(tasks).toHaveLength(2);
    expect(new Set(tasks.map((t) => t.containerInstanceArn)).size).toBe(2);
    expect(tasks.every((t) => t.lastStatus === 'RUNNING' && t.group === 'daemon:agent' && t.launchType === 'EC2')).toBe(true);
    expect(deployment(engine, created.deploymentArn)).toMatchObject({
      status: 'SUCCESSFUL',
      targetDaemonRevision: { totalRunningInstanceCount: 2, totalDrainingInstanceCount: 0 },
    });
    const daemon = (engine.call('DescribeDaemon', { daemonArn: created.daemonArn }) as { daemon: Wire<DaemonDetail> }).daemon;
    expect(daemon.currentRevisions).toEqual([
      expect.objectContaining({ totalRunningCount: 2, capacityProviders: [{ arn: `${CP_ARN}/nodes`, runningCount: 2 }] }),
    ]);
    engine.call('TagResource', {
      resourceArn: `${CP_ARN}/nodes`,
      tags: [{ key: 'ecs-local.asg-desired-capacity', value: '3' }],
    });
    engine.advance(60_000);
    expect(daemonTasks(engine)).toHaveLength(3);
    const listed = engine.call('ListDaemons', { clusterArn: 'demo' }) as { daemonSummariesList: { daemonArn: string }[] };
    expect(listed.daemonSummariesList.map((d) => d.daemonArn)).toEqual([created.daemonArn]);
  });

  it('replaces tasks instance by instance on update, and rolls a failing revision back', () => {
    const { engine } = clusterWithNodes(3);
    const created = createAgent(engine, registerAgent(engine), { deploymentConfiguration: { drainPercent: 34 } });
    engine.advance(20_000);
    const v1 = daemonTasks(engine).map((t) => t.startedBy)[0];
    const updated = engine.call('UpdateDaemon', {
      daemonArn: created.daemonArn,
      daemonTaskDefinitionArn: registerAgent(engine, 'amazon/cloudwatch-agent:2'),
      capacityProviderArns: ['nodes'],
    }) as { deploymentArn: string };
    engine.advance(1_000);
    const during = daemonTasks(engine);
    // With 3 instances and drainPercent 34, at most 2 instances are replaced at once.
    expect(during.filter((t) => t.startedBy === v1).length).toBeGreaterThanOrEqual(1);
    engine.advance(60_000);
    expect(deployment(engine, updated.deploymentArn).status).toBe('SUCCESSFUL');
    const v2 = daemonTasks(engine);
    expect(v2).toHaveLength(3);
    expect(v2.every((t) => t.startedBy !== v1)).toBe(true);

    // A revision whose tasks keep failing trips the circuit breaker and rolls back to the previous one.
    const broken = engine.call('UpdateDaemon', {
      daemonArn: created.daemonArn,
      daemonTaskDefinitionArn: registerAgent(engine, 'amazon/cloudwatch-agent:broken'),
      capacityProviderArns: ['nodes'],
    }) as { deploymentArn: string };
    for (let i = 0; i < 60 && deployment(engine, broken.deploymentArn).status === 'IN_PROGRESS'; i++) {
      engine.advance(2_000);
      for (const task of daemonTasks(engine).filter(
        (t) => t.containers?.[0].image?.endsWith(':broken') && t.lastStatus === 'RUNNING',
      ))
        engine.report('us-east-1', task.taskArn as string, [
          { type: 'exit', at: engine.clock.now(), container: 'agent', exitCode: 1 },
        ]);
    }
    expect(deployment(engine, broken.deploymentArn)).toMatchObject({
      status: 'ROLLBACK_IN_PROGRESS',
      circuitBreaker: { status: 'TRIGGERED' },
      rollback: { rollbackTargetDaemonRevisionArn: deployment(engine, updated.deploymentArn).targetDaemonRevision?.arn },
    });
    engine.advance(60_000);
    expect(deployment(engine, broken.deploymentArn).status).toBe('ROLLBACK_SUCCESSFUL');
    expect(daemonTasks(engine).every((t) => t.containers?.[0].image?.endsWith(':2'))).toBe(true);
    const history = engine.call('ListDaemonDeployments', { daemonArn: created.daemonArn }) as {
      daemonDeployments: { status: string }[];
    };
    expect(history.daemonDeployments.map((d) => d.status)).toEqual(['ROLLBACK_SUCCESSFUL', 'SUCCESSFUL', 'SUCCESSFUL']);
  });

  it('stops its tasks when deleted and is then gone; its deleted task definition follows', () => {
    const { engine } = clusterWithNodes();
    const td = registerAgent(engine);
    const created = createAgent(engine, td);
    engine.advance(20_000);
    engine.call('DeleteDaemonTaskDefinition', { daemonTaskDefinition: td });
    const list = (status: string) =>
      (engine.call('ListDaemonTaskDefinitions', { status }) as { daemonTaskDefinitions: unknown[] }).daemonTaskDefinitions;
    expect(list('DELETE_IN_PROGRESS')).toHaveLength(1);
    expect((engine.call('DeleteDaemon', { daemonArn: created.daemonArn }) as { status: string }).status).toBe(
      'DELETE_IN_PROGRESS',
    );
    expect(() => engine.call('DeleteDaemon', { daemonArn: created.daemonArn })).toThrow(ecsError('DaemonNotActiveException'));
    engine.advance(30_000);
    expect(daemonTasks(engine)).toHaveLength(0);
    expect(() => engine.call('DescribeDaemon', { daemonArn: created.daemonArn })).toThrow(ecsError('DaemonNotFoundException'));
    expect(list('DELETE_IN_PROGRESS')).toHaveLength(0);
  });

  it('refuses what it cannot run', () => {
    const { engine } = clusterWithNodes();
    const td = registerAgent(engine);
    createProvider(engine, 'elsewhere');
    expect(() => createAgent(engine, td, { capacityProviderArns: ['FARGATE'] })).toThrow(
      ecsError('InvalidParameterException', /do not run on FARGATE/),
    );
    expect(() => createAgent(engine, td, { capacityProviderArns: ['elsewhere'] })).toThrow(
      ecsError('InvalidParameterException', /not associated with cluster demo/),
    );
    expect(() => createAgent(engine, td, { clusterArn: 'nope' })).toThrow(ecsError('ClusterNotFoundException'));
    createAgent(engine, td, { clientToken: 'once' });
    expect(createAgent(engine, td, { clientToken: 'once' }).status).toBe('ACTIVE');
    expect(() => createAgent(engine, td)).toThrow(ecsError('InvalidParameterException', /already exists/));
    expect(() => engine.call('DescribeDaemon', { daemonArn: 'arn:aws:ecs:us-east-1:000000000000:daemon/demo/none' })).toThrow(
      ecsError('DaemonNotFoundException'),
    );
  });
});
