// A real runtime's output and resource use, reported through the RuntimeSink as the Docker runtime will: the
// engine queues them without blocking the caller, then writes each batch in one transaction to the container's
// awslogs stream and, each minute, into AWS/ECS metrics.
import { describe, expect, it } from 'vitest';
import type { ContainerRuntime, RuntimeSink } from './runtime/container-runtime';
import { SimulatedRuntime } from './runtime/simulated/simulated-runtime';
import { START, testEngine } from './testing/engine';
import { registerFargate } from './testing/services';
import { runFargate } from './testing/tasks';
import { awslogs } from './testing/telemetry';

/** The simulated timeline under a real runtime's name, keeping the sink the engine attaches. */
class ReportingRuntime implements ContainerRuntime {
  readonly name = 'docker';
  sink?: RuntimeSink;
  private readonly timeline = new SimulatedRuntime();
  plan: ContainerRuntime['plan'] = (td) => this.timeline.plan(td);
  start: ContainerRuntime['start'] = (task, at, effects) => this.timeline.start(task, at, effects);
  stop: ContainerRuntime['stop'] = (task, at, effects) => this.timeline.stop(task, at, effects);
  inspect = async () => undefined;
  close = async () => {};

  attach(sink: RuntimeSink): void {
    this.sink = sink;
  }
}

function setup() {
  const runtime = new ReportingRuntime();
  const { engine } = testEngine(START, { runtime });
  engine.call('CreateCluster', { clusterName: 'demo' });
  const td = registerFargate(engine, 'web', {}, { logConfiguration: awslogs('/ecs/web', { 'awslogs-create-group': 'true' }) });
  const task = runFargate(engine, td);
  engine.advance(5_000);
  return { engine, runtime, taskArn: task.taskArn as string, sink: runtime.sink as RuntimeSink };
}

describe('the runtime sink', () => {
  it('queues a container’s lines and writes them later to its awslogs stream, with their own times', async () => {
    const { engine, sink, taskArn } = setup();
    const lines = [
      { at: START + 4_000, stream: 'stdout' as const, message: 'listening on :80' },
      { at: START + 4_500, stream: 'stderr' as const, message: 'warning: cache cold' },
    ];
    sink.log('us-east-1', taskArn, 'web', lines);
    const filter = () =>
      (
        engine.callService(engine.service('logs'), 'FilterLogEvents', { logGroupName: '/ecs/web' }) as {
          events: { timestamp: number; message: string; logStreamName: string }[];
        }
      ).events;
    expect(filter()).toEqual([]);
    await engine.telemetry.drained();
    const id = taskArn.slice(taskArn.lastIndexOf('/') + 1);
    expect(filter()).toEqual([
      expect.objectContaining({ timestamp: START + 4_000, message: 'listening on :80', logStreamName: `ecs/web/${id}` }),
      expect.objectContaining({ timestamp: START + 4_500, message: 'warning: cache cold', logStreamName: `ecs/web/${id}` }),
    ]);
  });

  it('drops lines of tasks and containers it does not know', async () => {
    const { engine, sink, taskArn } = setup();
    sink.log('us-east-1', taskArn.replace(/[0-9a-f]{32}$/, 'f'.repeat(32)), 'web', [
      { at: START, stream: 'stdout', message: 'lost' },
    ]);
    sink.log('us-east-1', taskArn, 'sidecar', [{ at: START, stream: 'stdout', message: 'lost too' }]);
    await engine.telemetry.drained();
    const out = engine.callService(engine.service('logs'), 'FilterLogEvents', { logGroupName: '/ecs/web' }) as {
      events: unknown[];
    };
    expect(out.events).toEqual([]);
  });

  it('turns reported usage into the minute’s CPU and memory utilization', async () => {
    const { engine, sink, taskArn } = setup();
    // Two readings in the first minute; each reading's containers add up.
    sink.usage('us-east-1', taskArn, [
      { at: START + 10_000, container: 'web', cpuPercent: 30, memoryPercent: 40 },
      { at: START + 10_000, container: 'log-router', cpuPercent: 10, memoryPercent: 5 },
      { at: START + 40_000, container: 'web', cpuPercent: 50, memoryPercent: 50 },
    ]);
    await engine.telemetry.drained();
    engine.advance(60_000);
    const stats = engine.callService(engine.service('metrics'), 'GetMetricStatistics', {
      Namespace: 'AWS/ECS',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'ClusterName', Value: 'demo' }],
      StartTime: START / 1000,
      EndTime: (START + 120_000) / 1000,
      Period: 60,
      Statistics: ['Average', 'SampleCount'],
    }) as { Datapoints: object[] };
    expect(stats.Datapoints).toEqual([{ Timestamp: START / 1000, Average: 45, SampleCount: 1, Unit: 'Percent' }]);
  });
});
