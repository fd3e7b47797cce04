// DeleteTargetGroup: refused while a listener or rule forwards to it; its targets go with it. Succeeds when it is gone.
import type { DeleteTargetGroupInput, DeleteTargetGroupOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { ElbError } from '../../common/errors';
import { isGroupInUse } from '../../listeners/model';
import { getTargetGroup } from '../model';

export const deleteTargetGroup = operation<DeleteTargetGroupInput, DeleteTargetGroupOutput>((ctx, input) => {
  const tg = getTargetGroup(ctx, input.TargetGroupArn ?? '');
  if (!tg) return {};
  if (isGroupInUse(ctx, tg.TargetGroupArn))
    throw new ElbError('ResourceInUse', `Target group '${tg.TargetGroupArn}' is currently in use by a listener or a rule`);
  for (const id of ctx.store.ids(ctx.region, 'target', { parent: tg.TargetGroupArn })) ctx.store.delete(ctx.region, 'target', id);
  ctx.store.delete(ctx.region, 'targetgroup', tg.TargetGroupArn);
  return {};
});
