// What a task's start means for CloudWatch: its awslogs streams open, its simulated output starts being written,
// and the Region's AWS/ECS metrics publisher (../services/telemetry/) runs each minute while tasks run.
import type { OpContext } from '../../core/context';
import { schedulePeriodic } from '../../core/periodic';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { missingLogGroupReason, openLogStreams, taskDefinitionOf } from './awslogs';
import type { TaskRecord } from './model';
import { scheduleOutput } from './output';

const MINUTE = 60_000;
export const METRICS_PUBLISHER = 'publisher';

/** The next minute boundary after `at`, when the publisher sums up the minute that just ended. */
export function nextMinute(at: number): number {
  return (Math.floor(at / MINUTE) + 1) * MINUTE;
}

/**
 * When the task enters PENDING: the awslogs driver's group check (ECS's stop reason when a group is missing), and
 * the metrics publisher wakes (Container Insights counts pending and failing tasks too).
 */
export function beforeContainersStart(
  ctx: OpContext,
  task: TaskRecord,
  td: Pick<TaskDefinitionDoc, 'containerDefinitions'> | undefined,
  at: number,
): string | undefined {
  schedulePeriodic(ctx, 'ecs-metrics', METRICS_PUBLISHER, nextMinute(at));
  return missingLogGroupReason(ctx, task, td);
}

export function onContainersStarted(ctx: OpContext, task: TaskRecord, at: number): void {
  const td = taskDefinitionOf(ctx, task);
  openLogStreams(ctx, task, td);
  scheduleOutput(ctx, task, td, at);
  schedulePeriodic(ctx, 'ecs-metrics', METRICS_PUBLISHER, nextMinute(at));
}
