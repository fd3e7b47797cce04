// CreateTargetGroup. Differs from ELBv2: instance and ip targets only (no lambda or alb); VpcId is recorded, not
// checked. Health check defaults follow the protocol (HTTP: `/`, matcher 200, 30 s, timeout 5 s, 5/2 thresholds).
import type { CreateTargetGroupInput, CreateTargetGroupOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { elbArn, elbId } from '../../common/arns';
import { defaults } from '../../common/attributes';
import { ElbError, validationError } from '../../common/errors';
import { checkTargetGroupName } from '../../common/names';
import { checkNewTags } from '../../common/tags';
import { healthSettings } from '../health-check-input';
import {
  APPLICATION_PROTOCOLS,
  MAX_TARGET_GROUPS,
  NETWORK_PROTOCOLS,
  saveTargetGroup,
  TARGET_GROUP_ATTRIBUTES,
  type TargetGroupDoc,
  targetGroupByName,
} from '../model';

/** The settings two CreateTargetGroup calls must share to be the same target group. */
function settingsOf(tg: Wire<TargetGroupDoc> | Omit<TargetGroupDoc, 'TargetGroupArn'>): string {
  const { Protocol, Port, VpcId, TargetType, HealthCheckProtocol, HealthCheckPath, HealthCheckPort, Matcher } = tg;
  return JSON.stringify([
    Protocol,
    Port,
    VpcId,
    TargetType,
    HealthCheckProtocol,
    HealthCheckPath,
    HealthCheckPort,
    Matcher?.HttpCode,
  ]);
}

export const createTargetGroup = operation<CreateTargetGroupInput, Wire<CreateTargetGroupOutput>>((ctx, input) => {
  const name = input.Name ?? '';
  checkTargetGroupName(name);
  const targetType = input.TargetType ?? 'instance';
  if (targetType !== 'instance' && targetType !== 'ip')
    throw validationError(`The local engine runs instance and ip target groups, not '${targetType}'.`);
  const protocol = input.Protocol;
  if (!protocol || input.Port === undefined || !input.VpcId)
    throw validationError('A protocol, a port, and a VPC ID must be specified for a target group of type instance or ip.');
  if (![...APPLICATION_PROTOCOLS, ...NETWORK_PROTOCOLS].includes(protocol))
    throw new ElbError(
      'UnsupportedProtocol',
      `The local engine runs HTTP, HTTPS, TCP, UDP, TLS and TCP_UDP target groups, not ${protocol}.`,
    );
  checkNewTags(input.Tags ?? []);
  const fields = {
    TargetGroupName: name,
    Protocol: protocol,
    Port: input.Port,
    VpcId: input.VpcId,
    ...healthSettings(protocol, input),
    LoadBalancerArns: [] as string[],
    TargetType: targetType,
    ProtocolVersion: APPLICATION_PROTOCOLS.includes(protocol) ? (input.ProtocolVersion ?? 'HTTP1') : undefined,
    IpAddressType: input.IpAddressType ?? 'ipv4',
  };
  const existing = targetGroupByName(ctx, name);
  if (existing) {
    if (settingsOf(existing) === settingsOf(fields as TargetGroupDoc)) return { TargetGroups: [existing] };
    throw new ElbError(
      'DuplicateTargetGroupName',
      `A target group with the same name '${name}' exists, but with different settings`,
    );
  }
  if (ctx.store.ids(ctx.region, 'targetgroup').length >= MAX_TARGET_GROUPS)
    throw new ElbError(
      'TooManyTargetGroups',
      `You have reached the limit of ${MAX_TARGET_GROUPS} target groups in ${ctx.region}.`,
    );
  const doc = {
    TargetGroupArn: elbArn(ctx, `targetgroup/${name}/${elbId()}`),
    ...fields,
    _tags: input.Tags ?? [],
    _attributes: defaults(TARGET_GROUP_ATTRIBUTES),
  } as TargetGroupDoc;
  saveTargetGroup(ctx, doc);
  return { TargetGroups: [doc] };
});
