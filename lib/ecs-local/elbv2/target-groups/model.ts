// A stored target group: the API's TargetGroup shape (LoadBalancerArns kept in step by the listeners and rules that
// forward to it), its attributes and tags. ECS reads these to validate a service's `loadBalancers`.
import type { Tag, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { type AttributeRule, booleanValue, integerValue } from '../common/attributes';
import { targetGroupNotFound } from '../common/errors';

export type TargetGroupDoc = Wire<TargetGroup> & {
  TargetGroupArn: string;
  TargetGroupName: string;
  TargetType: 'instance' | 'ip' | 'lambda' | 'alb';
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  LoadBalancerArns: string[];
  _tags: Tag[];
  _attributes: Record<string, string>;
};

export const MAX_TARGET_GROUPS = 3000;
export const MAX_TARGETS_PER_GROUP = 1000;

export const TARGET_GROUP_ATTRIBUTES: Readonly<Record<string, AttributeRule>> = {
  'deregistration_delay.timeout_seconds': { value: '300', check: integerValue(0, 3600) },
  'stickiness.enabled': { value: 'false', check: booleanValue },
  'stickiness.type': { value: 'lb_cookie' },
  'stickiness.lb_cookie.duration_seconds': { value: '86400', check: integerValue(1, 604800) },
  'slow_start.duration_seconds': { value: '0', check: integerValue(0, 900) },
  'load_balancing.algorithm.type': {
    value: 'round_robin',
    check: (v) => (v === 'round_robin' ? undefined : 'must be round_robin (the only algorithm the local engine runs)'),
  },
  'load_balancing.cross_zone.enabled': { value: 'use_load_balancer_configuration' },
};

/** Protocols a target group of each load balancer type carries. */
export const APPLICATION_PROTOCOLS = ['HTTP', 'HTTPS'];
export const NETWORK_PROTOCOLS = ['TCP', 'UDP', 'TLS', 'TCP_UDP'];

export function saveTargetGroup(ctx: OpContext, doc: TargetGroupDoc): void {
  ctx.store.put(ctx.region, 'targetgroup', doc.TargetGroupArn, doc, { key: doc.TargetGroupName });
}

export function getTargetGroup(ctx: OpContext, arn: string): TargetGroupDoc | undefined {
  return ctx.store.get<TargetGroupDoc>(ctx.region, 'targetgroup', arn);
}

export function requireTargetGroup(ctx: OpContext, arn: string): TargetGroupDoc {
  const doc = getTargetGroup(ctx, arn);
  if (!doc) throw targetGroupNotFound();
  return doc;
}

export function targetGroupByName(ctx: OpContext, name: string): TargetGroupDoc | undefined {
  return ctx.store.list<TargetGroupDoc>(ctx.region, 'targetgroup', { key: name })[0];
}

export function allTargetGroups(ctx: OpContext): TargetGroupDoc[] {
  return ctx.store
    .list<TargetGroupDoc>(ctx.region, 'targetgroup')
    .sort((a, b) => a.TargetGroupName.localeCompare(b.TargetGroupName));
}

/** Seconds a deregistered target drains before it is removed. */
export function deregistrationDelaySeconds(tg: TargetGroupDoc): number {
  return Number(tg._attributes['deregistration_delay.timeout_seconds'] ?? '300');
}

/** Whether health checks are HTTP(S) (path and matcher) rather than TCP. */
export function checksHttp(tg: TargetGroupDoc): boolean {
  return tg.HealthCheckProtocol === 'HTTP' || tg.HealthCheckProtocol === 'HTTPS';
}
