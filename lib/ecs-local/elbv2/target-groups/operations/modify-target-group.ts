// ModifyTargetGroup: the health check settings; targets keep their state and are checked with the new ones.
import type { ModifyTargetGroupInput, ModifyTargetGroupOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { healthSettings } from '../health-check-input';
import { requireTargetGroup, saveTargetGroup } from '../model';

export const modifyTargetGroup = operation<ModifyTargetGroupInput, Wire<ModifyTargetGroupOutput>>((ctx, input) => {
  const tg = requireTargetGroup(ctx, input.TargetGroupArn ?? '');
  Object.assign(tg, healthSettings(tg.Protocol ?? 'HTTP', input, tg));
  saveTargetGroup(ctx, tg);
  return { TargetGroups: [tg] };
});
