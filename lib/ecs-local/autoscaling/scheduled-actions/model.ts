// Scheduled action documents: the API's ScheduledAction, keyed by ARN, listed per target, due at their next run.
import type { ScheduledAction } from '@aws-sdk/client-application-auto-scaling';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { TargetKey } from '../common/errors';
import { nextRun, parseSchedule } from './schedule';

export type ScheduledActionDoc = Wire<ScheduledAction> & {
  ScheduledActionName: string;
  ScheduledActionARN: string;
  ServiceNamespace: TargetKey['ServiceNamespace'];
  Schedule: string;
  ResourceId: string;
  ScalableDimension: TargetKey['ScalableDimension'];
  CreationTime: number;
};

export function actionsOf(ctx: OpContext, targetDocId: string): ScheduledActionDoc[] {
  return ctx.store.list<ScheduledActionDoc>(ctx.region, 'scheduled-action', { parent: targetDocId });
}

export function actionNamed(ctx: OpContext, targetDocId: string, name: string): ScheduledActionDoc | undefined {
  return ctx.store.list<ScheduledActionDoc>(ctx.region, 'scheduled-action', { parent: targetDocId, key: name, limit: 1 })[0];
}

/** When the action runs next after `after` (undefined: never again). */
export function nextRunOf(action: ScheduledActionDoc, after: number): number | undefined {
  return nextRun(
    parseSchedule(action.Schedule),
    {
      start: action.StartTime === undefined ? undefined : action.StartTime * 1000,
      end: action.EndTime === undefined ? undefined : action.EndTime * 1000,
      created: action.CreationTime * 1000,
      timezone: action.Timezone ?? 'UTC',
    },
    after,
  );
}

export function saveAction(ctx: OpContext, targetDocId: string, action: ScheduledActionDoc, due: number | undefined): void {
  ctx.store.put(ctx.region, 'scheduled-action', action.ScheduledActionARN, action, {
    parent: targetDocId,
    key: action.ScheduledActionName,
    due,
  });
}

export function deleteAction(ctx: OpContext, action: ScheduledActionDoc): void {
  ctx.store.delete(ctx.region, 'scheduled-action', action.ScheduledActionARN);
}
