// Resource use a real runtime reports for a task's containers (RuntimeSink.usage), kept per task and minute in
// `task_usage` until the metrics publisher (../services/telemetry/) folds the minute into AWS/ECS metrics.
import type { OpContext } from '../../core/context';
import type { UsageSample } from '../../runtime/container-runtime';
import { statement } from '../../store/statements';

const MINUTE = 60_000;

/**
 * Adds a report. Samples taken at the same moment are one reading of the task: its containers' shares add up (each
 * is a percentage of the task's CPU or memory), so the task's figure for a minute is the mean of its readings.
 */
export function recordTaskUsage(ctx: OpContext, taskArn: string, samples: readonly UsageSample[]): void {
  const moments = new Map<number, { cpu: number; memory: number }>();
  for (const s of samples) {
    if (!Number.isFinite(s.cpuPercent) || !Number.isFinite(s.memoryPercent)) continue;
    const m = moments.get(s.at) ?? { cpu: 0, memory: 0 };
    m.cpu += Math.max(0, s.cpuPercent);
    m.memory += Math.max(0, s.memoryPercent);
    moments.set(s.at, m);
  }
  const add = statement(
    ctx.store.db,
    `INSERT INTO task_usage (region, task_arn, minute, cpu_sum, memory_sum, moments) VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (region, task_arn, minute) DO UPDATE SET cpu_sum = cpu_sum + excluded.cpu_sum,
       memory_sum = memory_sum + excluded.memory_sum, moments = moments + 1`,
  );
  for (const [at, m] of moments) add.run(ctx.region, taskArn, Math.floor(at / MINUTE) * MINUTE, m.cpu, m.memory);
}

/** Each reporting task's mean CPU and memory percentages over the minute starting at `minute`. */
export function usageOfMinute(ctx: OpContext, minute: number): Map<string, { cpu: number; memory: number }> {
  const rows = statement<{ task_arn: string; cpu: number; memory: number }>(
    ctx.store.db,
    'SELECT task_arn, cpu_sum / moments AS cpu, memory_sum / moments AS memory FROM task_usage WHERE region = ? AND minute = ?',
  ).all(ctx.region, minute);
  return new Map(rows.map((r) => [r.task_arn, { cpu: r.cpu, memory: r.memory }]));
}
