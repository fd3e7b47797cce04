// AWS/ECS metrics from simulated tasks on a FakeClock: the docker labels set the load, a tag on the service changes
// it while tasks run, SampleCount is the running task count, and Container Insights adds the task counts.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import { START } from '../../../testing/engine';
import { createService, registerFargate, setup } from '../../../testing/services';

const MINUTE = 60_000;

function statistics(engine: Engine, namespace: string, metric: string, dimensions: object[], minutes = 10) {
  const out = engine.callService(engine.service('metrics'), 'GetMetricStatistics', {
    Namespace: namespace,
    MetricName: metric,
    Dimensions: dimensions,
    StartTime: START / 1000,
    EndTime: (START + minutes * MINUTE) / 1000,
    Period: 60,
    Statistics: ['Average', 'Maximum', 'SampleCount'],
  }) as { Datapoints: { Timestamp: number; Average: number; Maximum: number; SampleCount: number }[] };
  return out.Datapoints;
}

const service = [
  { Name: 'ClusterName', Value: 'demo' },
  { Name: 'ServiceName', Value: 'web' },
];

describe('AWS/ECS metrics', () => {
  it('publish each minute one sample per running task, from the labels, and follow the service’s tag', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.cpu-percent': '40', 'ecs-local.memory-percent': '62.5' });
    createService(engine, { serviceName: 'web', desiredCount: 3 });
    engine.advance(3 * MINUTE);
    const cpu = statistics(engine, 'AWS/ECS', 'CPUUtilization', service);
    // The tasks run from a few seconds after start: minutes 0, 1 and 2 are published at 1, 2 and 3 minutes.
    expect(cpu).toEqual(
      [0, 1, 2].map((m) => ({
        Timestamp: (START + m * MINUTE) / 1000,
        Average: 40,
        Maximum: 40,
        SampleCount: 3,
        Unit: 'Percent',
      })),
    );
    expect(statistics(engine, 'AWS/ECS', 'MemoryUtilization', service).map((d) => d.Average)).toEqual([62.5, 62.5, 62.5]);
    expect(
      statistics(engine, 'AWS/ECS', 'CPUUtilization', [{ Name: 'ClusterName', Value: 'demo' }]).map((d) => d.SampleCount),
    ).toEqual([3, 3, 3]);

    const arn = 'arn:aws:ecs:us-east-1:000000000000:service/demo/web';
    engine.call('TagResource', { resourceArn: arn, tags: [{ key: 'ecs-local.cpu-percent', value: '85' }] });
    engine.advance(2 * MINUTE);
    expect(statistics(engine, 'AWS/ECS', 'CPUUtilization', service).map((d) => d.Average)).toEqual([40, 40, 40, 85, 85]);
  });

  it('publish nothing for a minute without running tasks', () => {
    const { engine } = setup();
    registerFargate(engine, 'web');
    createService(engine, { serviceName: 'web', desiredCount: 0 });
    engine.advance(3 * MINUTE);
    expect(statistics(engine, 'AWS/ECS', 'CPUUtilization', service)).toEqual([]);
  });

  it('start again for tasks that run after a minute in which none ran', () => {
    // The publisher stops at a minute without running tasks; the next task start must wake it, also when its
    // document is still there (on a long-lived engine it always is).
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.cpu-percent': '40' });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(2 * MINUTE);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 0 });
    engine.advance(3 * MINUTE);
    const before = statistics(engine, 'AWS/ECS', 'CPUUtilization', service, 20).length;
    expect(before).toBeGreaterThan(0);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 2 });
    engine.advance(3 * MINUTE);
    const after = statistics(engine, 'AWS/ECS', 'CPUUtilization', service, 20);
    expect(after.length).toBeGreaterThan(before);
    expect(after.at(-1)?.SampleCount).toBe(2);
  });

  it('without labels, show a light load that differs between tasks', () => {
    const { engine } = setup();
    registerFargate(engine, 'web');
    createService(engine, { serviceName: 'web', desiredCount: 4 });
    engine.advance(2 * MINUTE);
    const [point] = statistics(engine, 'AWS/ECS', 'CPUUtilization', service);
    expect(point.SampleCount).toBe(4);
    expect(point.Average).toBeGreaterThanOrEqual(2);
    expect(point.Maximum).toBeLessThan(8);
    expect(point.Maximum).toBeGreaterThan(point.Average);
  });

  it('add the Container Insights counts for clusters that turned it on', () => {
    const { engine } = setup();
    engine.call('UpdateClusterSettings', { cluster: 'demo', settings: [{ name: 'containerInsights', value: 'enabled' }] });
    registerFargate(engine, 'web', { 'ecs-local.image-pull': 'fail' });
    registerFargate(engine, 'api');
    createService(engine, { serviceName: 'web', desiredCount: 2 });
    createService(engine, { serviceName: 'api', taskDefinition: 'api', desiredCount: 1 });
    engine.advance(2 * MINUTE);
    const last = (metric: string, dimensions: object[]) =>
      statistics(engine, 'ECS/ContainerInsights', metric, dimensions).at(-1)?.Maximum;
    expect(last('DesiredTaskCount', service)).toBe(2);
    expect(last('RunningTaskCount', service)).toBe(0);
    expect(last('DeploymentCount', service)).toBe(1);
    expect(
      last('RunningTaskCount', [
        { Name: 'ClusterName', Value: 'demo' },
        { Name: 'ServiceName', Value: 'api' },
      ]),
    ).toBe(1);
    expect(last('ServiceCount', [{ Name: 'ClusterName', Value: 'demo' }])).toBe(2);
    expect(last('TaskCount', [{ Name: 'ClusterName', Value: 'demo' }])).toBe(1);
  });
});
