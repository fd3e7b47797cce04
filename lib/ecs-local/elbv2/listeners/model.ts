// Stored listeners and rules. Every listener owns a default rule (IsDefault, priority `default`) holding its default
// actions, so routing reads rules only. Which load balancers a target group serves (`TargetGroup.LoadBalancerArns`)
// follows from the actions that forward to it; every change of actions refreshes it here.
import type { Action, Listener, Rule, Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { priorityKey } from '../common/documents';
import { listenerNotFound, ruleNotFound } from '../common/errors';
import { getTargetGroup, saveTargetGroup } from '../target-groups/model';

export type ListenerDoc = Wire<Listener> & {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: NonNullable<Wire<Listener>['Protocol']>;
  DefaultActions: Wire<Action>[];
  _tags: Tag[];
  /** The port the real listener serves on when it is not Port (Port was taken on 127.0.0.1). */
  _servedPort?: number;
};

export type RuleDoc = Wire<Rule> & {
  RuleArn: string;
  Priority: string;
  IsDefault: boolean;
  Actions: Wire<Action>[];
  _listenerArn: string;
  _tags: Tag[];
};

export const MAX_LISTENERS = 50;
export const MAX_RULES = 100;

export function saveListener(ctx: OpContext, doc: ListenerDoc): void {
  ctx.store.put(ctx.region, 'listener', doc.ListenerArn, doc, { parent: doc.LoadBalancerArn, key: String(doc.Port) });
}

export function saveRule(ctx: OpContext, doc: RuleDoc): void {
  ctx.store.put(ctx.region, 'rule', doc.RuleArn, doc, { parent: doc._listenerArn, key: priorityKey(doc.Priority) });
}

export function getListener(ctx: OpContext, arn: string): ListenerDoc | undefined {
  return ctx.store.get<ListenerDoc>(ctx.region, 'listener', arn);
}

export function requireListener(ctx: OpContext, arn: string): ListenerDoc {
  const doc = getListener(ctx, arn);
  if (!doc) throw listenerNotFound();
  return doc;
}

export function requireRule(ctx: OpContext, arn: string): RuleDoc {
  const doc = ctx.store.get<RuleDoc>(ctx.region, 'rule', arn);
  if (!doc) throw ruleNotFound();
  return doc;
}

export function listenersOf(ctx: OpContext, lbArn: string): ListenerDoc[] {
  return ctx.store.list<ListenerDoc>(ctx.region, 'listener', { parent: lbArn }).sort((a, b) => a.Port - b.Port);
}

/** A listener's rules by priority, the default rule last. */
export function rulesOf(ctx: OpContext, listenerArn: string): RuleDoc[] {
  const key = (r: RuleDoc) => priorityKey(r.Priority);
  return ctx.store.list<RuleDoc>(ctx.region, 'rule', { parent: listenerArn }).sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** The target groups an action list forwards to. */
export function forwardedGroups(actions: readonly Wire<Action>[]): string[] {
  const out = new Set<string>();
  for (const a of actions) {
    if (a.Type !== 'forward') continue;
    if (a.TargetGroupArn) out.add(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) if (t.TargetGroupArn) out.add(t.TargetGroupArn);
  }
  return [...out];
}

/** Load balancer ARN of each target group referenced by any rule in the region. */
function groupLinks(ctx: OpContext): Map<string, Set<string>> {
  const listeners = new Map(ctx.store.list<ListenerDoc>(ctx.region, 'listener').map((l) => [l.ListenerArn, l.LoadBalancerArn]));
  const links = new Map<string, Set<string>>();
  for (const rule of ctx.store.list<RuleDoc>(ctx.region, 'rule')) {
    const lb = listeners.get(rule._listenerArn);
    if (!lb) continue;
    for (const tg of forwardedGroups(rule.Actions)) links.set(tg, (links.get(tg) ?? new Set()).add(lb));
  }
  return links;
}

/** Recomputes LoadBalancerArns of the given target groups after actions changed. */
export function refreshGroupLinks(ctx: OpContext, targetGroupArns: Iterable<string>): void {
  const links = groupLinks(ctx);
  for (const arn of new Set(targetGroupArns)) {
    const tg = getTargetGroup(ctx, arn);
    if (!tg) continue;
    const next = [...(links.get(arn) ?? [])].sort();
    if (JSON.stringify(next) === JSON.stringify(tg.LoadBalancerArns)) continue;
    tg.LoadBalancerArns = next;
    saveTargetGroup(ctx, tg);
  }
}

/** Whether any listener or rule forwards to the target group. */
export function isGroupInUse(ctx: OpContext, targetGroupArn: string): boolean {
  return groupLinks(ctx).has(targetGroupArn);
}

export function deleteRules(ctx: OpContext, listenerArn: string): string[] {
  const groups: string[] = [];
  for (const rule of rulesOf(ctx, listenerArn)) {
    groups.push(...forwardedGroups(rule.Actions));
    ctx.store.delete(ctx.region, 'rule', rule.RuleArn);
  }
  return groups;
}
