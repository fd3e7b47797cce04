// Placement of EC2 / EXTERNAL tasks on container instances: resource checks (CPU, MEMORY, host ports),
// constraints and strategies. Differs from ECS: memberOf supports only `attribute:<name>` and `ec2InstanceId`
// clauses with ==, !=, in, not_in, exists, =~ (with * wildcards) joined by `and` / `or` (no parentheses);
// distinctInstance and spread count the live tasks of the same task group.
import type { Failure, PlacementConstraint, PlacementStrategy, Resource } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { invalidParameter } from '../common/errors';
import { instanceIdOf, matchesExpression, parseExpression } from '../container-instances/cluster-query';
import { type InstanceDoc, resourceValue, saveInstance } from '../container-instances/model';
import type { Reservation, ResourceNeed, TaskDoc } from './model';

export interface PlacementRequest {
  cluster: string;
  candidates: InstanceDoc[];
  need: ResourceNeed;
  count: number;
  group: string;
  constraints?: Wire<PlacementConstraint>[];
  strategies?: Wire<PlacementStrategy>[];
}

export interface PlacementResult {
  /** One instance per placed task (in the order the tasks are created). */
  placed: InstanceDoc[];
  failures: Wire<Failure>[];
}

const LIVE = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

function stringSet(resources: readonly Resource[] | undefined, name: string): string[] {
  return resources?.find((r) => r.name === name)?.stringSetValue ?? [];
}

/** Why a task cannot go on this instance right now, or undefined when it fits. */
function blocker(instance: InstanceDoc, need: ResourceNeed): string | undefined {
  if (instance.agentConnected === false) return 'AGENT';
  const remaining = instance.remainingResources;
  if (resourceValue(remaining, 'CPU') < need.cpu) return 'RESOURCE:CPU';
  if (resourceValue(remaining, 'MEMORY') < need.memory) return 'RESOURCE:MEMORY';
  const used = new Set(stringSet(remaining, 'PORTS'));
  if (need.ports.some((p) => used.has(p))) return 'RESOURCE:PORTS';
  const usedUdp = new Set(stringSet(remaining, 'PORTS_UDP'));
  if (need.portsUdp.some((p) => usedUdp.has(p))) return 'RESOURCE:PORTS_UDP';
  return undefined;
}

function groupCounts(ctx: OpContext, cluster: string, group: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of ctx.store.list<TaskDoc>(ctx.region, 'task', { parent: cluster, key: group, status: LIVE })) {
    if (!task.containerInstanceArn) continue;
    const id = instanceIdOf(task.containerInstanceArn);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function attributeValue(instance: InstanceDoc, name: string): string {
  return instance.attributes?.find((a) => a.name === name)?.value ?? '';
}

/** Sort keys per strategy, in order; the lowest key wins. Default: spread across instances. */
function strategyKey(
  strategies: Wire<PlacementStrategy>[],
  instance: InstanceDoc,
  all: InstanceDoc[],
  counts: Map<string, number>,
): number[] {
  const list = strategies.length > 0 ? strategies : [{ type: 'spread', field: 'instanceId' }];
  return list.map((s) => {
    const field = (s.field ?? '').toLowerCase();
    if (s.type === 'random') return Math.random();
    if (s.type === 'binpack') return resourceValue(instance.remainingResources, field === 'cpu' ? 'CPU' : 'MEMORY');
    if (field === 'instanceid' || field === 'host' || field === '')
      return counts.get(instanceIdOf(instance.containerInstanceArn)) ?? 0;
    // spread over an attribute (e.g. attribute:ecs.availability-zone): tasks of the group per attribute value.
    // Attribute names are case-sensitive (only the `attribute:` prefix is not), as in memberOf expressions.
    const name = (s.field ?? '').replace(/^attribute:/i, '');
    const value = attributeValue(instance, name);
    return all
      .filter((other) => attributeValue(other, name) === value)
      .reduce((sum, other) => sum + (counts.get(instanceIdOf(other.containerInstanceArn)) ?? 0), 0);
  });
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export function checkPlacementInput(constraints?: Wire<PlacementConstraint>[], strategies?: Wire<PlacementStrategy>[]): void {
  if ((constraints?.length ?? 0) > 10) throw invalidParameter('placementConstraints can have at most 10 items.');
  if ((strategies?.length ?? 0) > 5) throw invalidParameter('placementStrategy can have at most 5 items.');
  for (const c of constraints ?? []) {
    if (c.type === 'memberOf') {
      if (!c.expression) throw invalidParameter('A memberOf placement constraint needs an expression.');
      parseExpression(c.expression);
    } else if (c.expression) throw invalidParameter('A distinctInstance placement constraint takes no expression.');
  }
  for (const s of strategies ?? []) {
    const field = (s.field ?? '').toLowerCase();
    if (s.type === 'binpack' && field !== 'cpu' && field !== 'memory')
      throw invalidParameter(`The binpack placement strategy needs field CPU or MEMORY; got '${s.field ?? ''}'.`);
    if (s.type === 'random' && s.field) throw invalidParameter('The random placement strategy takes no field.');
  }
}

/** Chooses an instance for each task, reserving resources as it goes (the store is written by reserve()). */
export function placeTasks(ctx: OpContext, request: PlacementRequest): PlacementResult {
  const { candidates, need, group } = request;
  const distinct = request.constraints?.some((c) => c.type === 'distinctInstance') ?? false;
  const member = (request.constraints ?? []).filter((c) => c.type === 'memberOf').map((c) => parseExpression(c.expression ?? ''));
  const counts = groupCounts(ctx, request.cluster, group);
  const placed: InstanceDoc[] = [];
  const failures = new Map<string, Wire<Failure>>();
  for (let i = 0; i < request.count; i++) {
    const fitting: InstanceDoc[] = [];
    for (const instance of candidates) {
      const id = instanceIdOf(instance.containerInstanceArn);
      let reason = blocker(instance, need);
      let detail: string | undefined;
      if (!reason && member.some((expr) => !matchesExpression(expr, instance))) {
        reason = 'ATTRIBUTE';
        detail = 'The container instance does not match the memberOf placement constraint.';
      }
      if (!reason && distinct && (counts.get(id) ?? 0) > 0) {
        reason = 'ATTRIBUTE';
        detail = 'The container instance already runs a task of this group (distinctInstance).';
      }
      if (reason)
        failures.set(`${instance.containerInstanceArn} ${reason}`, {
          arn: instance.containerInstanceArn,
          reason,
          ...(detail && { detail }),
        });
      else fitting.push(instance);
    }
    if (fitting.length === 0) continue;
    const best = fitting
      .map((instance) => ({ instance, key: strategyKey(request.strategies ?? [], instance, candidates, counts) }))
      .sort((a, b) => compareKeys(a.key, b.key))[0].instance;
    reserve(ctx, best, need);
    const bestId = instanceIdOf(best.containerInstanceArn);
    counts.set(bestId, (counts.get(bestId) ?? 0) + 1);
    placed.push(best);
  }
  return { placed, failures: placed.length === request.count ? [] : [...failures.values()] };
}

function adjust(resources: Resource[] | undefined, need: ResourceNeed, sign: 1 | -1): Resource[] {
  return (resources ?? []).map((r) => {
    if (r.name === 'CPU' || r.name === 'MEMORY') {
      const delta = sign * (r.name === 'CPU' ? need.cpu : need.memory);
      return { ...r, integerValue: (r.integerValue ?? 0) + delta };
    }
    if (r.name === 'PORTS' || r.name === 'PORTS_UDP') {
      const ports = r.name === 'PORTS' ? need.ports : need.portsUdp;
      const current = r.stringSetValue ?? [];
      const next =
        sign < 0 ? [...current, ...ports.filter((p) => !current.includes(p))] : current.filter((p) => !ports.includes(p));
      return { ...r, stringSetValue: next };
    }
    return r;
  });
}

/** Takes a task's resources from an instance (updates the given document and the store). */
export function reserve(ctx: OpContext, instance: InstanceDoc, need: ResourceNeed): void {
  instance.remainingResources = adjust(instance.remainingResources, need, -1);
  saveInstance(ctx, instance);
}

/** Gives a stopped task's resources back to its instance, if the instance is still there. */
export function release(ctx: OpContext, reservation: Reservation): void {
  const instance = ctx.store.get<InstanceDoc>(ctx.region, 'instance', reservation.instanceId);
  if (!instance) return;
  // Never above what the instance registered (a re-registration may have reset remainingResources meanwhile).
  instance.remainingResources = adjust(instance.remainingResources, reservation, 1).map((r) => {
    if (r.name !== 'CPU' && r.name !== 'MEMORY') return r;
    const registered = resourceValue(instance.registeredResources, r.name);
    return { ...r, integerValue: Math.min(r.integerValue ?? 0, registered) };
  });
  saveInstance(ctx, instance);
}
