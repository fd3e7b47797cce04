// The Region's AWS/ECS metrics, once a minute (the `ecs-metrics` document's step): CPUUtilization and
// MemoryUtilization per ClusterName and per ClusterName + ServiceName, one sample per RUNNING task (so SampleCount is
// the running task count, as on AWS) stamped with the minute that just ended; and for clusters with Container
// Insights on, the ECS/ContainerInsights task and service counts (container-insights.ts).
// Differs from ECS: the cluster-level utilization averages the tasks (AWS's EC2 figure divides by what the
// instances registered); a minute the engine was not running has no datapoints, as if the agent had been down.
import type { Tag } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../../core/context';
import { type Aggregate, addSamples, MINUTE } from '../../../metrics/datapoints';
import { scheduleMetricsSweep } from '../../../metrics/retention';
import { clusterOfTask, type TaskRecord } from '../../tasks/model';
import { usageOfMinute } from '../../tasks/usage';
import type { ServiceDoc } from '../model';
import { publishContainerInsights } from './container-insights';
import { type Load, TaskLoads } from './task-load';

function add(into: Map<string, { cpu: Aggregate; memory: Aggregate }>, key: string, load: Load): void {
  const entry = into.get(key);
  if (!entry) {
    into.set(key, {
      cpu: { count: 1, sum: load.cpu, min: load.cpu, max: load.cpu },
      memory: { count: 1, sum: load.memory, min: load.memory, max: load.memory },
    });
    return;
  }
  for (const [agg, v] of [
    [entry.cpu, load.cpu],
    [entry.memory, load.memory],
  ] as const) {
    agg.count++;
    agg.sum += v;
    agg.min = Math.min(agg.min, v);
    agg.max = Math.max(agg.max, v);
  }
}

export function publishEcsMetrics(ctx: OpContext, id: string): void {
  const boundary = Math.floor(ctx.now / MINUTE) * MINUTE;
  const minute = boundary - MINUTE;
  const running = ctx.store.list<TaskRecord>(ctx.region, 'task', { status: 'RUNNING' });
  const serviceTags = new Map<string, Tag[] | undefined>();
  const tagsOf = (task: TaskRecord) => {
    const cluster = clusterOfTask(task);
    const key = `${cluster}/${(task.group ?? '').slice('service:'.length)}`;
    if (!serviceTags.has(key)) serviceTags.set(key, ctx.store.get<Pick<ServiceDoc, 'tags'>>(ctx.region, 'service', key)?.tags);
    return serviceTags.get(key);
  };
  const loads = new TaskLoads(ctx, minute, usageOfMinute(ctx, minute), (t) =>
    t.group?.startsWith('service:') ? tagsOf(t) : undefined,
  );
  const byDimensions = new Map<string, { cpu: Aggregate; memory: Aggregate }>();
  for (const task of running) {
    const load = loads.of(task);
    if (!load) continue;
    const cluster = clusterOfTask(task);
    add(byDimensions, JSON.stringify([cluster]), load);
    if (task.group?.startsWith('service:'))
      add(byDimensions, JSON.stringify([cluster, task.group.slice('service:'.length)]), load);
  }
  for (const [key, agg] of byDimensions) {
    const [cluster, service] = JSON.parse(key) as [string, string?];
    const dimensions = [{ Name: 'ClusterName', Value: cluster }, ...(service ? [{ Name: 'ServiceName', Value: service }] : [])];
    addSamples(ctx, { namespace: 'AWS/ECS', metric: 'CPUUtilization', dimensions }, minute, 'Percent', agg.cpu);
    addSamples(ctx, { namespace: 'AWS/ECS', metric: 'MemoryUtilization', dimensions }, minute, 'Percent', agg.memory);
  }
  const insights = publishContainerInsights(ctx, minute, running);
  if (byDimensions.size > 0 || insights > 0) scheduleMetricsSweep(ctx);
  // Keep going while there is something to measure; the next task start schedules the publisher again.
  ctx.store.setDue(ctx.region, 'ecs-metrics', id, running.length > 0 || insights > 0 ? boundary + MINUTE : undefined);
}
