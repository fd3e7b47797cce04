// Launching tasks on Auto Scaling group capacity providers: each task goes on an instance of its own
// provider. Tasks that do not fit wait in PROVISIONING when the provider has managed scaling (its group then
// scales out for them, see capacity-wait.ts and capacity-scaling/); without managed scaling they come back
// as placement failures, as on a plain EC2 cluster.
import type { Failure, PlacementConstraint, PlacementStrategy } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { findCapacityProvider, isManagedScaling, wakeCapacityProvider } from '../capacity-providers/model';
import { invalidParameter } from '../common/errors';
import type { InstanceDoc } from '../container-instances/model';
import type { TaskTarget } from './build-task';
import type { ResourceNeed, TaskDoc } from './model';
import { placeTasks } from './placement';

export interface ProviderLaunch {
  cluster: string;
  /** One per task, each with the Auto Scaling group provider it goes to. */
  targets: TaskTarget[];
  /** The cluster's ACTIVE instances. */
  instances: InstanceDoc[];
  need: ResourceNeed;
  group: string;
  constraints?: Wire<PlacementConstraint>[];
  strategies?: Wire<PlacementStrategy>[];
  /** Builds and stores a task on an instance (resources reserved). */
  place(target: TaskTarget, instance: InstanceDoc): TaskDoc;
  /** Builds and stores a task that waits for its provider's capacity. */
  wait(target: TaskTarget): TaskDoc;
}

export function launchOnProviders(ctx: OpContext, launch: ProviderLaunch): { tasks: TaskDoc[]; failures: Wire<Failure>[] } {
  const byProvider = new Map<string, TaskTarget[]>();
  for (const target of launch.targets) {
    const name = target.capacityProviderName ?? '';
    byProvider.set(name, [...(byProvider.get(name) ?? []), target]);
  }
  const tasks: TaskDoc[] = [];
  const failures: Wire<Failure>[] = [];
  for (const [name, targets] of byProvider) {
    const managed = isManagedScaling(findCapacityProvider(ctx, name, true));
    const candidates = launch.instances.filter((i) => i.capacityProviderName === name);
    if (candidates.length === 0 && !managed)
      throw invalidParameter(
        `No Container Instances were found in capacity provider ${name}. Its Auto Scaling group has no registered instances and managed scaling is off.`,
      );
    const placement = placeTasks(ctx, {
      cluster: launch.cluster,
      candidates,
      need: launch.need,
      count: targets.length,
      group: launch.group,
      constraints: launch.constraints,
      strategies: launch.strategies,
    });
    tasks.push(...placement.placed.map((instance, i) => launch.place(targets[i], instance)));
    const left = targets.slice(placement.placed.length);
    if (left.length === 0) continue;
    if (!managed) {
      failures.push(...placement.failures);
      continue;
    }
    for (const target of left) tasks.push(launch.wait(target));
    wakeCapacityProvider(ctx, name);
  }
  return { tasks, failures };
}
