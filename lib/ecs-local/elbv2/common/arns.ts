// ELBv2 ARNs, ids and DNS names: `arn:aws:elasticloadbalancing:<region>:<account>:<type>/<path>/<16 hex>`.
import crypto from 'node:crypto';
import type { OpContext } from '../../core/context';

type Where = Pick<OpContext, 'region' | 'account'>;

export function elbArn(ctx: Where, resource: string): string {
  return `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account}:${resource}`;
}

/** 16 lowercase hex characters, as the last part of every ELBv2 ARN. */
export function elbId(): string {
  return crypto.randomBytes(8).toString('hex');
}

/** `app` for an Application Load Balancer, `net` for a Network Load Balancer (as in their ARNs). */
export function typeSegment(type: string): 'app' | 'net' {
  return type === 'network' ? 'net' : 'app';
}

/** The `<app|net>/<name>/<id>` tail of a load balancer ARN, which its listeners' and rules' ARNs repeat. */
export function loadBalancerPath(lbArn: string): string {
  return lbArn.slice(lbArn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);
}

/** ALB: `<name>-<decimal id>.<region>.elb.amazonaws.com`; NLB: `<name>-<16 hex>.elb.<region>.amazonaws.com`. */
export function dnsName(ctx: Where, name: string, type: string, scheme: string): string {
  const prefix = scheme === 'internal' ? 'internal-' : '';
  if (type === 'network') return `${prefix}${name}-${elbId()}.elb.${ctx.region}.amazonaws.com`;
  return `${prefix}${name}-${crypto.randomBytes(4).readUInt32BE(0) % 2_000_000_000}.${ctx.region}.elb.amazonaws.com`;
}

/** The kind of ELBv2 resource an ARN names, for tagging. */
export function resourceKindOf(arn: string): 'loadbalancer' | 'targetgroup' | 'listener' | 'rule' | undefined {
  const m = /^arn:aws[a-z-]*:elasticloadbalancing:[^:]*:[^:]*:(loadbalancer|targetgroup|listener|listener-rule)\//.exec(arn);
  if (!m) return undefined;
  return m[1] === 'listener-rule' ? 'rule' : (m[1] as 'loadbalancer' | 'targetgroup' | 'listener');
}

/** The name in a load balancer or target group ARN (`…:targetgroup/<name>/<id>`). */
export function nameInArn(arn: string): string {
  const parts = arn.split('/');
  return parts.length >= 3 ? parts[parts.length - 2] : arn;
}
