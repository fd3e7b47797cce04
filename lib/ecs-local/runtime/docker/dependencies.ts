// dependsOn as the ECS agent reads it (aws-behaviour-wave2.md §7.4): the order containers start in, what a
// dependent waits for, and the reverse order for shutdown (dependents stop before what they depend on).
import type { ContainerDef } from './container-config';

export type Condition = 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY';

/** What the runtime knows about a dependency while a dependent waits for it. */
export interface DependencyState {
  started: boolean;
  exitCode?: number;
  health?: 'healthy' | 'unhealthy' | 'starting';
}

/**
 * Container names in an order that starts every dependency before its dependents (definition order otherwise).
 * A cycle (which RegisterTaskDefinition does not refuse) is broken at the first container found in it.
 */
export function startOrder(defs: readonly ContainerDef[]): string[] {
  const byName = new Map(defs.map((d) => [d.name ?? '', d]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: string[] = [];
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name) || !byName.has(name)) return;
    visiting.add(name);
    for (const dep of byName.get(name)?.dependsOn ?? []) visit(dep.containerName ?? '');
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const def of defs) visit(def.name ?? '');
  return order;
}

/** Shutdown: dependents first. */
export function stopOrder(defs: readonly ContainerDef[]): string[] {
  return startOrder(defs).reverse();
}

/**
 * awsvpc: the container that owns the task's network namespace (the others join it). It must start first, so it
 * depends on nothing; an essential one is preferred, since the namespace goes when its owner stops.
 */
export function networkOwner(defs: readonly ContainerDef[]): string | undefined {
  const free = defs.filter((d) => (d.dependsOn ?? []).length === 0);
  return (free.find((d) => d.essential ?? true) ?? free[0] ?? defs[0])?.name;
}

/**
 * Whether a dependent may start: 'yes', 'wait', or why it never will (the task then fails to start).
 * START: started (or already ran); COMPLETE: exited; SUCCESS: exited 0; HEALTHY: Docker reports healthy.
 */
export function dependencyVerdict(condition: Condition, name: string, state: DependencyState): 'yes' | 'wait' | string {
  switch (condition) {
    case 'START':
      return state.started || state.exitCode !== undefined ? 'yes' : 'wait';
    case 'COMPLETE':
      return state.exitCode !== undefined ? 'yes' : 'wait';
    case 'SUCCESS':
      if (state.exitCode === undefined) return 'wait';
      return state.exitCode === 0
        ? 'yes'
        : `dependency ${name} exited with code ${state.exitCode}, and the SUCCESS condition needs exit code 0`;
    case 'HEALTHY':
      if (state.health === 'healthy') return 'yes';
      if (state.health === 'unhealthy') return `dependency ${name} is unhealthy, and the HEALTHY condition needs it healthy`;
      if (state.exitCode !== undefined) return `dependency ${name} exited before it became healthy`;
      return 'wait';
  }
}
