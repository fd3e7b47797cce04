// The engine's side of the container agent, on a fake clock: an agent's instance runs its own tasks (the engine
// waits for its reports), its heartbeat keeps it connected, a silent agent's tasks stop and are replaced, and
// DRAINING moves service tasks off within the deployment limits.
import { describe, expect, it } from 'vitest';
import { AGENT_ATTRIBUTE } from '../../../../ecs-rules/agent';
import type { Engine } from '../../../engine';
import { ecsError, engineWithCluster } from '../../../testing/engine';

interface Task {
  taskArn: string;
  lastStatus: string;
  desiredStatus: string;
  stopCode?: string;
  stoppedReason?: string;
  containerInstanceArn?: string;
  attachments?: { id: string; status: string }[];
  containers: { name: string; runtimeId?: string; exitCode?: number; healthStatus?: string; networkBindings?: unknown[] }[];
}

function agentInstance(engine: Engine, name: string): string {
  const out = engine.call('RegisterContainerInstance', {
    cluster: 'demo',
    instanceIdentityDocument: JSON.stringify({ instanceId: `i-${name.padStart(17, '0')}` }),
    totalResources: [
      { name: 'CPU', type: 'INTEGER', integerValue: 1024 },
      { name: 'MEMORY', type: 'INTEGER', integerValue: 1024 },
    ],
    attributes: [{ name: AGENT_ATTRIBUTE, value: 'simulated' }],
  }) as { containerInstance: { containerInstanceArn: string } };
  return out.containerInstance.containerInstanceArn;
}

function registerWeb(engine: Engine): void {
  engine.call('RegisterTaskDefinition', {
    family: 'web',
    networkMode: 'bridge',
    containerDefinitions: [
      { name: 'app', image: 'local/busybox:latest', memory: 128, healthCheck: { command: ['CMD-SHELL', 'true'] } },
    ],
  });
}

function createService(engine: Engine, desiredCount: number, deploymentConfiguration?: object): void {
  engine.call('CreateService', {
    cluster: 'demo',
    serviceName: 'svc',
    taskDefinition: 'web',
    desiredCount,
    launchType: 'EC2',
    deploymentConfiguration,
  });
}

function setup() {
  const made = engineWithCluster();
  registerWeb(made.engine);
  return made;
}

function tasks(engine: Engine, desiredStatus = 'RUNNING'): Task[] {
  const arns = (engine.call('ListTasks', { cluster: 'demo', desiredStatus }) as { taskArns: string[] }).taskArns;
  if (arns.length === 0) return [];
  return (engine.call('DescribeTasks', { cluster: 'demo', tasks: arns }) as { tasks: Task[] }).tasks;
}

function heartbeat(engine: Engine, instance: string): void {
  engine.call('DiscoverPollEndpoint', { cluster: 'demo', containerInstance: instance });
}

function instanceOf(engine: Engine, arn: string) {
  return (
    engine.call('DescribeContainerInstances', { cluster: 'demo', containerInstances: [arn] }) as {
      containerInstances: { agentConnected: boolean; status: string; runningTasksCount: number }[];
    }
  ).containerInstances[0];
}

/** What an agent reports once its containers run (and, for health checks, are healthy). */
function reportRunning(engine: Engine, task: Task): void {
  engine.call('SubmitTaskStateChange', {
    cluster: 'demo',
    task: task.taskArn,
    status: 'RUNNING',
    containers: [
      {
        containerName: 'app',
        runtimeId: `docker-${task.taskArn.slice(-6)}`,
        status: 'RUNNING',
        networkBindings: [{ bindIP: '127.0.0.1', containerPort: 80, hostPort: 32768, protocol: 'tcp' }],
      },
    ],
  });
  engine.call('SubmitContainerStateChange', { cluster: 'demo', task: task.taskArn, containerName: 'app', status: 'HEALTHY' });
}

describe('tasks on an agent instance', () => {
  it('wait in PENDING for the agent, then follow its reports: RUNNING, health, an exit code, STOPPED', () => {
    const { engine } = setup();
    const instance = agentInstance(engine, '1');
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' });
    for (let i = 0; i < 60; i++) {
      heartbeat(engine, instance);
      engine.advance(1000);
    }
    const [pending] = tasks(engine);
    expect(pending).toMatchObject({ lastStatus: 'PENDING', containerInstanceArn: instance });

    reportRunning(engine, pending);
    engine.advance(0);
    const running = tasks(engine)[0];
    expect(running).toMatchObject({ lastStatus: 'RUNNING', healthStatus: 'HEALTHY' });
    expect(running.containers[0]).toMatchObject({
      runtimeId: `docker-${pending.taskArn.slice(-6)}`,
      networkBindings: [{ bindIP: '127.0.0.1', containerPort: 80, hostPort: 32768, protocol: 'tcp' }],
    });

    engine.call('SubmitContainerStateChange', {
      cluster: 'demo',
      task: running.taskArn,
      containerName: 'app',
      status: 'STOPPED',
      exitCode: 7,
    });
    engine.advance(2000);
    const stopping = tasks(engine, 'STOPPED')[0];
    expect(stopping).toMatchObject({ lastStatus: 'STOPPING', stopCode: 'EssentialContainerExited' });
    heartbeat(engine, instance);
    engine.call('SubmitTaskStateChange', { cluster: 'demo', task: running.taskArn, status: 'STOPPED', containers: [] });
    engine.advance(2000);
    expect(tasks(engine, 'STOPPED')[0]).toMatchObject({ lastStatus: 'STOPPED', containers: [{ exitCode: 7 }] });
  });

  it('turn a STOPPED report before RUNNING into TaskFailedToStart with the agent reason', () => {
    const { engine } = setup();
    agentInstance(engine, '1');
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' });
    engine.advance(100);
    const [task] = tasks(engine);
    const reason = 'CannotPullContainerError: Error response from daemon: pull access denied for nope';
    engine.call('SubmitTaskStateChange', { cluster: 'demo', task: task.taskArn, status: 'STOPPED', reason });
    engine.advance(2000);
    expect(tasks(engine, 'STOPPED')[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: reason,
    });
  });

  it('refuse reports about tasks no agent runs, unknown containers and unknown statuses, with a message', () => {
    const { engine } = setup();
    engine.call('RegisterContainerInstance', { cluster: 'demo' });
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EXTERNAL' });
    const [plain] = tasks(engine);
    expect(() => engine.call('SubmitTaskStateChange', { cluster: 'demo', task: plain.taskArn, status: 'RUNNING' })).toThrow(
      ecsError('InvalidParameterException', /does not run on a container instance that an agent runs/),
    );
    agentInstance(engine, '2');
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' });
    const agentTask = tasks(engine).find((t) => t.taskArn !== plain.taskArn) as Task;
    expect(() =>
      engine.call('SubmitContainerStateChange', {
        cluster: 'demo',
        task: agentTask.taskArn,
        containerName: 'nope',
        status: 'STOPPED',
      }),
    ).toThrow(ecsError('InvalidParameterException', /has no container named nope/));
    expect(() => engine.call('SubmitTaskStateChange', { cluster: 'demo', task: agentTask.taskArn, status: 'EXPLODED' })).toThrow(
      ecsError('InvalidParameterException', "A task's status can be reported as PENDING, RUNNING or STOPPED, not EXPLODED."),
    );
    expect(() => engine.call('SubmitTaskStateChange', { cluster: 'demo', task: 'f'.repeat(32), status: 'RUNNING' })).toThrow(
      ecsError('InvalidParameterException', 'The referenced task was not found.'),
    );
  });

  it('record ENI attachment states the agent reports, and refuse unknown attachments', () => {
    const { engine } = engineWithCluster();
    engine.call('RegisterTaskDefinition', {
      family: 'vpc',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'app', image: 'x', memory: 64 }],
    });
    agentInstance(engine, '1');
    engine.call('RunTask', {
      cluster: 'demo',
      taskDefinition: 'vpc',
      launchType: 'EC2',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    });
    const [task] = tasks(engine);
    const id = task.attachments?.[0].id ?? '';
    const attachmentArn = `arn:aws:ecs:us-east-1:000000000000:attachment/${id}`;
    expect(
      engine.call('SubmitAttachmentStateChanges', { cluster: 'demo', attachments: [{ attachmentArn, status: 'ATTACHED' }] }),
    ).toEqual({
      acknowledgment: 'ACK',
    });
    expect(tasks(engine)[0].attachments?.[0].status).toBe('ATTACHED');
    expect(() =>
      engine.call('SubmitAttachmentStateChanges', {
        cluster: 'demo',
        attachments: [{ attachmentArn: `${attachmentArn}0`, status: 'ATTACHED' }],
      }),
    ).toThrow(ecsError('InvalidParameterException', /was not found in cluster demo/));
  });
});

describe('an agent that stops calling in', () => {
  it('shows disconnected after the heartbeat timeout, stops its tasks, takes no new ones, and reconnects on its next call', () => {
    const { engine } = setup();
    const first = agentInstance(engine, '1');
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' });
    engine.advance(100);
    reportRunning(engine, tasks(engine)[0]);
    engine.advance(29_000, 1000);
    expect(instanceOf(engine, first).agentConnected).toBe(true);
    engine.advance(2000, 1000);
    expect(instanceOf(engine, first).agentConnected).toBe(false);
    expect(tasks(engine, 'STOPPED')[0]).toMatchObject({
      stopCode: 'TerminationNotice',
      stoppedReason: expect.stringMatching(/lost contact with its agent \(no heartbeat for 30 s/),
    });
    engine.advance(5000);
    expect(tasks(engine, 'STOPPED')[0].lastStatus).toBe('STOPPED');
    const refused = engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' }) as {
      failures: unknown[];
    };
    expect(refused.failures).toEqual([{ arn: first, reason: 'AGENT' }]);
    heartbeat(engine, first);
    expect(instanceOf(engine, first).agentConnected).toBe(true);
  });

  it('has its service tasks replaced on an instance whose agent answers', () => {
    const { engine } = setup();
    const first = agentInstance(engine, '1');
    createService(engine, 1);
    engine.advance(100);
    reportRunning(engine, tasks(engine)[0]);
    const second = agentInstance(engine, '2');
    for (let s = 0; s < 40; s++) {
      heartbeat(engine, second);
      engine.advance(1000);
      for (const t of tasks(engine))
        if (t.lastStatus === 'PENDING' && t.containerInstanceArn === second) reportRunning(engine, t);
    }
    expect(instanceOf(engine, first).agentConnected).toBe(false);
    const running = tasks(engine).filter((t) => t.lastStatus === 'RUNNING');
    expect(running.map((t) => t.containerInstanceArn)).toEqual([second]);
  });

  it('deregistered with force, has its tasks stopped (its agent stops their containers)', () => {
    const { engine } = setup();
    const instance = agentInstance(engine, '1');
    engine.call('RunTask', { cluster: 'demo', taskDefinition: 'web', launchType: 'EC2' });
    engine.advance(100);
    reportRunning(engine, tasks(engine)[0]);
    expect(() => engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: instance })).toThrow(
      ecsError('InvalidParameterException', /has 1 task on it/),
    );
    engine.call('DeregisterContainerInstance', { cluster: 'demo', containerInstance: instance, force: true });
    engine.advance(3000);
    expect(tasks(engine, 'STOPPED')[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedReason: expect.stringMatching(/was deregistered/),
    });
    expect(() => heartbeat(engine, instance)).toThrow(ecsError('InvalidParameterException', /was deregistered \(INACTIVE\)/));
  });
});

describe('UpdateContainerInstancesState', () => {
  it('DRAINING moves service tasks to another instance one at a time within minimumHealthyPercent 50 / maximumPercent 100', () => {
    const { engine } = setup();
    const first = agentInstance(engine, '1');
    createService(engine, 2, { minimumHealthyPercent: 50, maximumPercent: 100 });
    let second = '';
    const drive = (seconds: number, watch?: () => void) => {
      for (let s = 0; s < seconds; s++) {
        heartbeat(engine, first);
        if (second) heartbeat(engine, second);
        engine.advance(1000);
        for (const t of tasks(engine)) if (t.lastStatus === 'PENDING') reportRunning(engine, t);
        for (const t of tasks(engine, 'STOPPED'))
          if (t.lastStatus === 'STOPPING')
            engine.call('SubmitTaskStateChange', { cluster: 'demo', task: t.taskArn, status: 'STOPPED' });
        watch?.();
      }
    };
    drive(5);
    expect(tasks(engine).map((t) => t.containerInstanceArn)).toEqual([first, first]);
    second = agentInstance(engine, '2');

    const out = engine.call('UpdateContainerInstancesState', {
      cluster: 'demo',
      containerInstances: [first, 'f'.repeat(32)],
      status: 'DRAINING',
    }) as { containerInstances: { status: string }[]; failures: { reason: string }[] };
    expect(out.containerInstances.map((i) => i.status)).toEqual(['DRAINING']);
    expect(out.failures.map((f) => f.reason)).toEqual(['MISSING']);
    let mostLive = 0;
    drive(60, () => {
      mostLive = Math.max(mostLive, tasks(engine).filter((t) => t.lastStatus !== 'STOPPED').length);
    });
    expect(tasks(engine).map((t) => t.containerInstanceArn)).toEqual([second, second]);
    expect(mostLive).toBeLessThanOrEqual(2);
    expect(() =>
      engine.call('UpdateContainerInstancesState', { cluster: 'demo', containerInstances: [first], status: 'DEREGISTERING' }),
    ).toThrow(
      ecsError('InvalidParameterException', 'Container instances can be set to ACTIVE or DRAINING only, not DEREGISTERING.'),
    );
  });
});

describe('UpdateContainerAgent and DiscoverPollEndpoint', () => {
  it('say there is no update for an agent, and no agent version without one; the poll endpoint is the engine', () => {
    const { engine } = setup();
    const agent = agentInstance(engine, '1');
    const plain = (
      engine.call('RegisterContainerInstance', { cluster: 'demo' }) as { containerInstance: { containerInstanceArn: string } }
    ).containerInstance.containerInstanceArn;
    expect(() => engine.call('UpdateContainerAgent', { cluster: 'demo', containerInstance: agent })).toThrow(
      ecsError('NoUpdateAvailableException'),
    );
    expect(() => engine.call('UpdateContainerAgent', { cluster: 'demo', containerInstance: plain })).toThrow(
      ecsError('MissingVersionException'),
    );
    expect(engine.call('DiscoverPollEndpoint', {})).toEqual({
      endpoint: 'http://127.0.0.1:4599',
      telemetryEndpoint: 'http://127.0.0.1:4599',
      serviceConnectEndpoint: 'http://127.0.0.1:4599',
    });
  });
});
