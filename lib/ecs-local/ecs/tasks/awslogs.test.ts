// The awslogs driver end to end on a FakeClock: the group check at task start (ECS's task error, or the group made
// with awslogs-create-group), the stream PREFIX/CONTAINER/TASK_ID, and what simulated containers write there.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine';
import { engineWithCluster } from '../../testing/engine';
import { registerFargate } from '../../testing/services';
import { describe1, runFargate } from '../../testing/tasks';
import { awslogs } from '../../testing/telemetry';

function logsCall(engine: Engine, operation: string, input: object) {
  return engine.callService(engine.service('logs'), operation, input);
}

function messages(engine: Engine, group: string, stream?: string): string[] {
  const out = logsCall(engine, 'FilterLogEvents', { logGroupName: group, ...(stream ? { logStreamNames: [stream] } : {}) }) as {
    events: { message: string }[];
  };
  return out.events.map((e) => e.message);
}

const taskIdOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

describe('awslogs', () => {
  it('stops the task with ECS’s error when the group is missing and may not be created', () => {
    const { engine } = engineWithCluster();
    const td = registerFargate(engine, 'web', {}, { logConfiguration: awslogs('/ecs/missing') });
    const task = runFargate(engine, td);
    engine.advance(10_000);
    const stopped = describe1(engine, task.taskArn as string);
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart' });
    expect(stopped.stoppedReason).toBe(
      'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1',
    );
    expect(stopped.containers?.[0].reason).toBe(stopped.stoppedReason);
  });

  it('starts a non-blocking container anyway and drops its lines', () => {
    const { engine } = engineWithCluster();
    const td = registerFargate(engine, 'web', {}, { logConfiguration: awslogs('/ecs/missing', { mode: 'non-blocking' }) });
    const task = runFargate(engine, td);
    engine.advance(10_000);
    expect(describe1(engine, task.taskArn as string).lastStatus).toBe('RUNNING');
  });

  it('creates the group with awslogs-create-group and writes the container’s start-up, label and activity lines', () => {
    const { engine } = engineWithCluster();
    const td = registerFargate(
      engine,
      'web',
      { 'ecs-local.log': 'migrations applied\\nlistening for orders' },
      { logConfiguration: awslogs('/ecs/web', { 'awslogs-create-group': 'true' }) },
    );
    const task = runFargate(engine, td);
    engine.advance(35_000);
    const stream = `ecs/web/${taskIdOf(task.taskArn as string)}`;
    const streams = logsCall(engine, 'DescribeLogStreams', { logGroupName: '/ecs/web' }) as {
      logStreams: { logStreamName: string }[];
    };
    expect(streams.logStreams.map((s) => s.logStreamName)).toEqual([stream]);
    const lines = messages(engine, '/ecs/web', stream);
    expect(lines.slice(0, 3)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
    ]);
    expect(lines.slice(4, 6)).toEqual(['migrations applied', 'listening for orders']);
    // A line every 10 s after the container started: three in the 30-odd seconds it has been up.
    expect(lines.slice(6)).toHaveLength(3);
    for (const line of lines.slice(6)) expect(line).toMatch(/^10\.0\.\d+\.\d+ - - \[01\/Jan\/2026:00:00:\d\d \+0000\] "GET \//);
  });

  it('writes an error line and the exit before an injected exit, and nothing after the task stopped', () => {
    const { engine } = engineWithCluster();
    const td = registerFargate(
      engine,
      'worker',
      { 'ecs-local.exit-code': '3', 'ecs-local.exit-after': '15' },
      { image: 'busybox', logConfiguration: awslogs('/ecs/worker', { 'awslogs-create-group': 'true' }) },
    );
    const task = runFargate(engine, td);
    engine.advance(60_000);
    expect(describe1(engine, task.taskArn as string)).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
    });
    const lines = messages(engine, '/ecs/worker');
    expect(lines.slice(-2)).toEqual([
      'ERROR Unhandled exception: connection to database at 10.0.2.15:5432 refused (ECONNREFUSED)',
      'web exited with code 3 (injected by the ecs-local.exit-code label)',
    ]);
    expect(lines[0]).toBe('Starting web (busybox)');
    engine.advance(60_000);
    expect(messages(engine, '/ecs/worker')).toEqual(lines);
    expect(engine.store.ids('us-east-1', 'task-output')).toEqual([]);
  });

  it('writes a graceful shutdown when the task is stopped', () => {
    const { engine } = engineWithCluster();
    const td = registerFargate(engine, 'web', {}, { logConfiguration: awslogs('/ecs/stop', { 'awslogs-create-group': 'true' }) });
    const task = runFargate(engine, td);
    engine.advance(5_000);
    engine.call('StopTask', { cluster: 'demo', task: task.taskArn });
    engine.advance(10_000);
    expect(messages(engine, '/ecs/stop').slice(-2)).toEqual(['Received SIGTERM, shutting down gracefully', 'web stopped']);
  });
});
