// Scaling activities: every change Application Auto Scaling makes (or declines to make) to a target, with AWS's
// wording. A desired-count change starts InProgress ("Waiting for change to be fulfilled by ecs.") and turns
// Successful once the service runs that many tasks; a newer change to the same target overrides it. Activities are
// kept six weeks, at most MAX_KEPT per resource, and go with their target when it is deregistered.
import type { NotScaledReason, ScalingActivity } from '@aws-sdk/client-application-auto-scaling';
import { nowSeconds, type OpContext, uuid } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { activityDocId } from '../common/documents';
import type { TargetKey } from '../common/errors';

export type ActivityDoc = Wire<ScalingActivity> & {
  ActivityId: string;
  ServiceNamespace: TargetKey['ServiceNamespace'];
  ResourceId: string;
  ScalableDimension: TargetKey['ScalableDimension'];
  StatusCode: NonNullable<ScalingActivity['StatusCode']>;
  StartTime: number;
  /** The desired count it set, for the fulfilment check. */
  _desired?: number;
  /** Its document id (common/documents.ts). */
  _id: string;
};

export const SIX_WEEKS_MS = 42 * 86_400_000;
export const MAX_KEPT = 500;

export function saveActivity(ctx: OpContext, a: ActivityDoc): void {
  ctx.store.put(ctx.region, 'scaling-activity', a._id, a, {
    parent: a.ServiceNamespace,
    key: a.ResourceId,
    ref: a.ScalableDimension,
    status: a.NotScaledReasons ? 'not-scaled' : 'scaled',
  });
}

/** Records an activity now; returns it with its document id (what `TargetDoc._pending` holds). */
export function recordActivity(
  ctx: OpContext,
  target: TargetKey,
  fields: Pick<ActivityDoc, 'Description' | 'Cause' | 'StatusCode' | 'StatusMessage'> & {
    notScaled?: Wire<NotScaledReason>[];
    desired?: number;
  },
): { activity: ActivityDoc; docId: string } {
  const ended = fields.StatusCode !== 'InProgress' && fields.StatusCode !== 'Pending';
  const activity: ActivityDoc = {
    ActivityId: uuid(),
    ServiceNamespace: target.ServiceNamespace,
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    Description: fields.Description,
    Cause: fields.Cause,
    StartTime: nowSeconds(ctx),
    EndTime: ended ? nowSeconds(ctx) : undefined,
    StatusCode: fields.StatusCode,
    StatusMessage: fields.StatusMessage,
    NotScaledReasons: fields.notScaled,
    _desired: fields.desired,
    _id: activityDocId(ctx.now, ctx.store.next(ctx.region, 'scaling-activity')),
  };
  saveActivity(ctx, activity);
  prune(ctx, target);
  return { activity, docId: activity._id };
}

export function getActivity(ctx: OpContext, docId: string): ActivityDoc | undefined {
  return ctx.store.get<ActivityDoc>(ctx.region, 'scaling-activity', docId);
}

/** Ends an activity with its final status and message. */
export function finishActivity(ctx: OpContext, a: ActivityDoc, status: ActivityDoc['StatusCode'], message: string): void {
  a.StatusCode = status;
  a.StatusMessage = message;
  a.EndTime = nowSeconds(ctx);
  saveActivity(ctx, a);
}

function activitiesOf(ctx: OpContext, target: TargetKey): string[] {
  return ctx.store.ids(ctx.region, 'scaling-activity', {
    parent: target.ServiceNamespace,
    key: target.ResourceId,
    ref: target.ScalableDimension,
  });
}

/** Drops the target's activities past six weeks or past the newest MAX_KEPT. */
function prune(ctx: OpContext, target: TargetKey): void {
  const ids = activitiesOf(ctx, target);
  const oldest = activityDocId(ctx.now - SIX_WEEKS_MS, 0);
  ids.forEach((id, i) => {
    if (i >= MAX_KEPT || id > oldest) ctx.store.delete(ctx.region, 'scaling-activity', id);
  });
}

export function deleteActivities(ctx: OpContext, target: TargetKey): void {
  for (const id of activitiesOf(ctx, target)) ctx.store.delete(ctx.region, 'scaling-activity', id);
}
