// DescribeTargetHealth: every registered target of the group, or the ones named (unknown ones come back `unused` /
// `Target.NotRegistered`). Differs from ELBv2: no anomaly detection (Include is accepted and ignored).
import type { DescribeTargetHealthInput, DescribeTargetHealthOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { targetKey } from '../../common/documents';
import { requireTargetGroup } from '../../target-groups/model';
import { NOT_REGISTERED, type TargetDoc, targetsOf } from '../model';
import { healthCheckPort, targetHealthView } from '../view';

export const describeTargetHealth = operation<DescribeTargetHealthInput, Wire<DescribeTargetHealthOutput>>((ctx, input) => {
  const tg = requireTargetGroup(ctx, input.TargetGroupArn ?? '');
  const named = input.Targets ?? [];
  if (named.length === 0)
    return { TargetHealthDescriptions: targetsOf(ctx, tg.TargetGroupArn).map((t) => targetHealthView(tg, t)) };
  return {
    TargetHealthDescriptions: named.map((t) => {
      const port = t.Port ?? tg.Port ?? 0;
      const doc = ctx.store.get<TargetDoc>(ctx.region, 'target', targetKey(tg.TargetGroupArn, t.Id ?? '', port));
      if (doc) return targetHealthView(tg, doc);
      return {
        Target: { Id: t.Id, Port: port },
        HealthCheckPort: healthCheckPort(tg, port),
        TargetHealth: { State: 'unused', ...NOT_REGISTERED },
      };
    }),
  };
});
