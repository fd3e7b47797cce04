// DeregisterTargets: each target drains for the group's deregistration delay, then is gone. Unknown targets are
// ignored, as in ELBv2 (a target registered with a port override must be named with that port).
import type { DeregisterTargetsInput, DeregisterTargetsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { targetKey } from '../../common/documents';
import { requireTargetGroup } from '../../target-groups/model';
import { deregisterTarget, type TargetDoc } from '../model';

export const deregisterTargets = operation<DeregisterTargetsInput, DeregisterTargetsOutput>((ctx, input) => {
  const tg = requireTargetGroup(ctx, input.TargetGroupArn ?? '');
  for (const t of input.Targets ?? []) {
    const doc = ctx.store.get<TargetDoc>(ctx.region, 'target', targetKey(tg.TargetGroupArn, t.Id ?? '', t.Port ?? tg.Port ?? 0));
    if (doc) deregisterTarget(ctx, tg, doc);
  }
  return {};
});
