// A stored load balancer: the API's LoadBalancer shape, its attributes and tags, and the one place it is written.
import type { LoadBalancer, Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { type OpContext, scaled } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { type AttributeRule, booleanValue, integerValue } from '../common/attributes';
import { loadBalancerNotFound } from '../common/errors';

export type LoadBalancerDoc = Wire<LoadBalancer> & {
  LoadBalancerArn: string;
  LoadBalancerName: string;
  Type: 'application' | 'network';
  Scheme: string;
  State: { Code: string; Reason?: string };
  _tags: Tag[];
  _attributes: Record<string, string>;
};

/** At most this many load balancers per region (the ALB quota). */
export const MAX_LOAD_BALANCERS = 50;
/** How long a new load balancer stays `provisioning` (ms, scaled by the engine's time scale). */
export const PROVISIONING_MS = 2_000;

export const LOAD_BALANCER_ATTRIBUTES: Readonly<Record<string, AttributeRule>> = {
  'deletion_protection.enabled': { value: 'false', check: booleanValue },
  'idle_timeout.timeout_seconds': { value: '60', check: integerValue(1, 4000) },
  'access_logs.s3.enabled': { value: 'false', check: booleanValue },
  'access_logs.s3.bucket': { value: '' },
  'access_logs.s3.prefix': { value: '' },
  'routing.http2.enabled': { value: 'true', check: booleanValue },
  'routing.http.drop_invalid_header_fields.enabled': { value: 'false', check: booleanValue },
  'load_balancing.cross_zone.enabled': { value: 'true', check: booleanValue },
};

/** Writes the load balancer; a provisioning one is due when it becomes active. */
export function saveLoadBalancer(ctx: OpContext, doc: LoadBalancerDoc): void {
  const provisioning = doc.State.Code === 'provisioning';
  ctx.store.put(ctx.region, 'loadbalancer', doc.LoadBalancerArn, doc, {
    key: doc.LoadBalancerName,
    ref: doc.Type,
    status: doc.State.Code,
    due: provisioning ? (doc.CreatedTime ?? 0) * 1000 + scaled(ctx, PROVISIONING_MS) : undefined,
  });
}

export function getLoadBalancer(ctx: OpContext, arn: string): LoadBalancerDoc | undefined {
  return ctx.store.get<LoadBalancerDoc>(ctx.region, 'loadbalancer', arn);
}

export function requireLoadBalancer(ctx: OpContext, arn: string): LoadBalancerDoc {
  const doc = getLoadBalancer(ctx, arn);
  if (!doc) throw loadBalancerNotFound();
  return doc;
}

export function loadBalancerByName(ctx: OpContext, name: string): LoadBalancerDoc | undefined {
  return ctx.store.list<LoadBalancerDoc>(ctx.region, 'loadbalancer', { key: name })[0];
}

/** Every load balancer of the region, by name. */
export function allLoadBalancers(ctx: OpContext): LoadBalancerDoc[] {
  return ctx.store
    .list<LoadBalancerDoc>(ctx.region, 'loadbalancer')
    .sort((a, b) => a.LoadBalancerName.localeCompare(b.LoadBalancerName));
}

/** The scheduler step of a load balancer: `provisioning` becomes `active`. */
export function loadBalancerDue(ctx: OpContext, id: string): void {
  const doc = getLoadBalancer(ctx, id);
  if (doc?.State.Code === 'provisioning') doc.State = { Code: 'active' };
  if (doc) saveLoadBalancer(ctx, doc);
}
