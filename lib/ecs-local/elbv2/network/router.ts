// Where a listener sends a request: its rules in priority order (path, host, method, header, query string and source
// IP conditions with `*` and `?` wildcards), then a forward action's weighted target groups and, within a group,
// round robin over healthy targets (all registered targets when none is healthy: ELB fails open). Built from the
// store and reused until the store changes.
import type { Action, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { conditionValues } from '../listeners/actions';
import { type RuleDoc, rulesOf } from '../listeners/model';
import { type TargetDoc, targetsOf } from '../targets/model';

export interface RequestFacts {
  method: string;
  path: string;
  host: string;
  headers: Record<string, string | string[] | undefined>;
  query: URLSearchParams;
  sourceIp: string;
}

export type Decision =
  | { type: 'forward'; address: string }
  | { type: 'fixed-response'; status: number; contentType?: string; body?: string }
  | { type: 'redirect'; status: number; location: string }
  | { type: 'unavailable'; status: 503 | 502; body: string };

function wildcard(pattern: string, caseless: boolean): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, caseless ? 'i' : '');
}

function ipInCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const toInt = (a: string) => a.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
  const size = Number(bits ?? 32);
  const mask = size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
  return (toInt(ip.replace(/^::ffff:/, '')) & mask) === (toInt(base) & mask);
}

function conditionMatches(c: Wire<RuleCondition>, req: RequestFacts): boolean {
  const values = conditionValues(c);
  switch (c.Field) {
    case 'path-pattern':
      return values.some((v) => wildcard(v, false).test(req.path));
    case 'host-header':
      return values.some((v) => wildcard(v, true).test(req.host.replace(/:\d+$/, '')));
    case 'http-request-method':
      return values.includes(req.method);
    case 'http-header': {
      const header = req.headers[(c.HttpHeaderConfig?.HttpHeaderName ?? '').toLowerCase()];
      const seen = Array.isArray(header) ? header : header === undefined ? [] : [header];
      return seen.some((h) => values.some((v) => wildcard(v, true).test(h)));
    }
    case 'query-string':
      return (c.QueryStringConfig?.Values ?? []).some((kv) =>
        [...req.query].some(
          ([k, v]) => (kv.Key === undefined || wildcard(kv.Key, true).test(k)) && wildcard(kv.Value ?? '*', true).test(v),
        ),
      );
    case 'source-ip':
      return values.some((cidr) => ipInCidr(req.sourceIp, cidr));
    default:
      return false;
  }
}

export interface RouteTable {
  rules: { conditions: Wire<RuleCondition>[]; action: Wire<Action> }[];
  /** Reachable targets per group: healthy ones, or (failing open) every registered non-draining one. */
  targets: Map<string, string[]>;
}

function reachable(targets: readonly TargetDoc[]): string[] {
  const live = targets.filter((t) => t.TargetHealth.State !== 'draining' && t._address);
  const healthy = live.filter((t) => t.TargetHealth.State === 'healthy');
  return (healthy.length > 0 ? healthy : live).map((t) => t._address as string);
}

export function buildRouteTable(ctx: OpContext, listenerArn: string): RouteTable {
  const rules: RuleDoc[] = rulesOf(ctx, listenerArn);
  const targets = new Map<string, string[]>();
  const table: RouteTable = { rules: [], targets };
  for (const rule of rules) {
    const action = rule.Actions[rule.Actions.length - 1];
    if (!action) continue;
    table.rules.push({ conditions: rule.Conditions ?? [], action });
    for (const g of action.ForwardConfig?.TargetGroups ?? [])
      if (g.TargetGroupArn && !targets.has(g.TargetGroupArn))
        targets.set(g.TargetGroupArn, reachable(targetsOf(ctx, g.TargetGroupArn)));
  }
  return table;
}

/** Round-robin positions per target group and weighted-choice counters per rule, kept across table rebuilds. */
export class RoundRobin {
  private readonly next = new Map<string, number>();

  pick<T>(key: string, items: readonly T[]): T | undefined {
    if (items.length === 0) return undefined;
    const i = this.next.get(key) ?? 0;
    this.next.set(key, (i + 1) % 1_000_000);
    return items[i % items.length];
  }
}

function weightedGroup(action: Wire<Action>, rr: RoundRobin, key: string): string | undefined {
  const groups = (action.ForwardConfig?.TargetGroups ?? []).filter((g) => (g.Weight ?? 1) > 0);
  const slots = groups.flatMap((g) => Array.from({ length: Math.min(g.Weight ?? 1, 100) }, () => g.TargetGroupArn ?? ''));
  return rr.pick(`weights:${key}`, slots);
}

function redirectLocation(action: Wire<Action>, req: RequestFacts, listenerPort: number): string {
  const c: NonNullable<Wire<Action>['RedirectConfig']> = action.RedirectConfig ?? { StatusCode: 'HTTP_302' };
  const fill = (v: string | undefined, fallback: string) =>
    (v ?? fallback)
      .replaceAll('#{protocol}', 'http')
      .replaceAll('#{host}', req.host.replace(/:\d+$/, ''))
      .replaceAll('#{port}', String(listenerPort))
      .replaceAll('#{path}', req.path.replace(/^\//, ''))
      .replaceAll('#{query}', req.query.toString());
  const query = fill(c.Query, '#{query}');
  return `${fill(c.Protocol, '#{protocol}').toLowerCase()}://${fill(c.Host, '#{host}')}:${fill(c.Port, '#{port}')}${fill(c.Path, '/#{path}')}${query ? `?${query}` : ''}`;
}

/** Decides where a request goes; its facts are read only when a rule has conditions to test. */
export function decide(table: RouteTable, request: () => RequestFacts, rr: RoundRobin, listenerPort: number): Decision {
  let known: RequestFacts | undefined;
  const req = () => {
    known ??= request();
    return known;
  };
  const rule = table.rules.find((r) => r.conditions.every((c) => conditionMatches(c, req())));
  const action = rule?.action;
  if (!action) return { type: 'unavailable', status: 503, body: 'No rule of this listener matches the request.' };
  if (action.Type === 'fixed-response') {
    const c: Partial<NonNullable<Wire<Action>['FixedResponseConfig']>> = action.FixedResponseConfig ?? {};
    return { type: 'fixed-response', status: Number(c.StatusCode ?? 200), contentType: c.ContentType, body: c.MessageBody };
  }
  if (action.Type === 'redirect')
    return {
      type: 'redirect',
      status: action.RedirectConfig?.StatusCode === 'HTTP_301' ? 301 : 302,
      location: redirectLocation(action, req(), listenerPort),
    };
  const group = weightedGroup(action, rr, table.rules.indexOf(rule as RouteTable['rules'][number]).toString());
  const address = group ? rr.pick(group, table.targets.get(group) ?? []) : undefined;
  if (!address)
    return { type: 'unavailable', status: 503, body: 'The target group has no registered target the local engine can reach.' };
  return { type: 'forward', address };
}
