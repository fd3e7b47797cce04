// RegisterTargets. Differs from ELBv2: `ip` targets need only be IPv4 addresses (no VPC to be inside of; under a real
// network only 127.0.0.1 targets are reached, others fail their checks); `instance` targets are any `i-` id.
import type { RegisterTargetsInput, RegisterTargetsOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { ElbError } from '../../common/errors';
import { MAX_TARGETS_PER_GROUP, requireTargetGroup } from '../../target-groups/model';
import { registerTarget, targetsOf } from '../model';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export const registerTargets = operation<RegisterTargetsInput, RegisterTargetsOutput>((ctx, input) => {
  const tg = requireTargetGroup(ctx, input.TargetGroupArn ?? '');
  const targets = input.Targets ?? [];
  for (const t of targets) {
    const id = t.Id ?? '';
    if (tg.TargetType === 'ip' && !IPV4.test(id))
      throw new ElbError('InvalidTarget', `The IP address '${id}' is not a valid IPv4 address`);
    if (tg.TargetType === 'instance' && !/^i-[0-9a-f]{8,17}$/.test(id))
      throw new ElbError('InvalidTarget', `The following targets are not valid instances: '${id}'`);
    if (t.Port === undefined && tg.Port === undefined)
      throw new ElbError('ValidationError', `A port must be specified for target '${id}'`);
  }
  if (targetsOf(ctx, tg.TargetGroupArn).length + targets.length > MAX_TARGETS_PER_GROUP)
    throw new ElbError('TooManyTargets', `A target group can have at most ${MAX_TARGETS_PER_GROUP} targets.`);
  const address = (id: string, port: number) => (id === '127.0.0.1' ? `127.0.0.1:${port}` : undefined);
  for (const t of targets) {
    const port = t.Port ?? tg.Port ?? 0;
    registerTarget(
      ctx,
      tg,
      { Id: t.Id ?? '', Port: port, AvailabilityZone: t.AvailabilityZone },
      { address: address(t.Id ?? '', port) },
    );
  }
  return {};
});
