// Launching and stopping tasks: the entry points RunTask, StartTask and the service scheduler share
// (tasks-services contract). Tasks are persisted in PROVISIONING with `due` set; the scheduler step
// (scheduler-step.ts) moves them on.
import type {
  CapacityProviderStrategyItem,
  Failure,
  NetworkConfiguration,
  PlacementConstraint,
  PlacementStrategy,
  Tag,
  TaskOverride,
} from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { ClusterDoc } from '../clusters/model';
import { invalidParameter } from '../common/errors';
import { findInstance, type InstanceDoc } from '../container-instances/model';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { buildTask, resourceNeed, type TaskTarget } from './build-task';
import { launchOnProviders } from './capacity-launch';
import {
  activeInstances,
  checkFargatePlacement,
  checkLaunchType,
  checkNetwork,
  checkOverrides,
  checkStartedByAndTags,
  checkTaskDefinitionUsable,
  isExternal,
  type LaunchType,
  resolveTargets,
} from './launch-checks';
import type { TaskDoc } from './model';
import { saveTask, type TaskRecord } from './model';
import { checkPlacementInput, placeTasks } from './placement';
import { beginStop, catchUp, type StopCode } from './transitions';

export type { StopCode } from './transitions';

export interface LaunchSpec {
  cluster: ClusterDoc;
  taskDefinition: TaskDefinitionDoc;
  count: number;
  /** FARGATE, EC2 or EXTERNAL (other SDK launch types are refused with InvalidParameterException). */
  launchType?: LaunchType | string;
  capacityProviderStrategy?: Wire<CapacityProviderStrategyItem>[];
  platformVersion?: string;
  networkConfiguration?: Wire<NetworkConfiguration>;
  /** Services pass `service:<serviceName>`; RunTask defaults to `family:<family>`. */
  group: string;
  /** Services pass the deployment id `ecs-svc/...`. */
  startedBy?: string;
  overrides?: Wire<TaskOverride>;
  tags?: Tag[];
  enableExecuteCommand?: boolean;
  placementConstraints?: Wire<PlacementConstraint>[];
  placementStrategy?: Wire<PlacementStrategy>[];
  /** StartTask and DAEMON services: one task on each of these container instances (ids or ARNs); count is ignored. */
  containerInstanceIds?: string[];
}

export interface LaunchResult {
  tasks: TaskDoc[];
  failures: Wire<Failure>[];
}

export function isTaskActive(task: Pick<TaskDoc, 'lastStatus'>): boolean {
  return task.lastStatus !== 'STOPPED';
}

function persistNew(ctx: OpContext, task: TaskRecord): TaskRecord {
  task._phaseAt = ctx.now + task._plan.startMs[0];
  // A real runtime has no provisioning of its own: hand the task over now rather than at the next scheduler tick.
  if (task._plan.startMs[0] === 0) catchUp(ctx, task);
  saveTask(ctx, task);
  return task;
}

/** The instances a launch may use, and failures for explicitly named ones that cannot be used. */
function instancesFor(ctx: OpContext, spec: LaunchSpec): { instances: InstanceDoc[]; failures: Wire<Failure>[] } {
  const cluster = spec.cluster.clusterName;
  if (!spec.containerInstanceIds) return { instances: activeInstances(ctx, cluster), failures: [] };
  if (spec.containerInstanceIds.length === 0 || spec.containerInstanceIds.length > 10)
    throw invalidParameter('containerInstances must name between 1 and 10 container instances.');
  const instances: InstanceDoc[] = [];
  const failures: Wire<Failure>[] = [];
  for (const identifier of spec.containerInstanceIds) {
    const doc = findInstance(ctx, cluster, identifier);
    if (doc?.status === 'ACTIVE') instances.push(doc);
    else failures.push({ arn: doc?.containerInstanceArn ?? identifier, reason: doc ? 'INACTIVE' : 'MISSING' });
  }
  return { instances, failures };
}

/**
 * Validates and launches tasks. Fargate tasks always launch; EC2 / EXTERNAL tasks are placed on container
 * instances, and those that do not fit come back in `failures` (RESOURCE:CPU, RESOURCE:MEMORY, ...).
 * Throws EcsError for an invalid request.
 */
export function launchTasks(ctx: OpContext, spec: LaunchSpec): LaunchResult {
  const td = spec.taskDefinition;
  checkTaskDefinitionUsable(td, spec.group);
  checkStartedByAndTags(spec.startedBy, spec.tags ?? []);
  checkOverrides(td, spec.overrides);
  const explicit = spec.containerInstanceIds !== undefined;
  const { instances, failures } = instancesFor(ctx, spec);
  const explicitType: LaunchType | undefined = explicit ? (instances.some(isExternal) ? 'EXTERNAL' : 'EC2') : undefined;
  const count = explicit ? instances.length : spec.count;
  const targets = resolveTargets({
    cluster: spec.cluster,
    taskDefinition: td,
    count: Math.max(count, 1),
    launchType: explicitType ?? checkLaunchType(spec.launchType),
    capacityProviderStrategy: explicit ? undefined : spec.capacityProviderStrategy,
    platformVersion: spec.platformVersion,
    instances,
  }).slice(0, count);
  const launchType = targets[0]?.launchType ?? explicitType ?? 'EC2';
  checkNetwork(td, launchType, spec.networkConfiguration);
  checkPlacementInput(spec.placementConstraints, spec.placementStrategy);
  checkFargatePlacement(launchType, spec.placementConstraints, spec.placementStrategy);

  const need = resourceNeed(td, spec.overrides);
  const common = {
    cluster: spec.cluster,
    taskDefinition: td,
    networkConfiguration: spec.networkConfiguration,
    overrides: spec.overrides,
    group: spec.group,
    startedBy: spec.startedBy,
    tags: spec.tags ?? [],
    enableExecuteCommand: spec.enableExecuteCommand,
    need,
  };
  if (launchType === 'FARGATE') {
    const tasks = targets.map((target) => persistNew(ctx, buildTask(ctx, { ...common, target })));
    return { tasks, failures };
  }
  const placed = (target: TaskTarget, instance: InstanceDoc): TaskDoc => {
    const task = buildTask(ctx, { ...common, target, instance });
    task._reserved = {
      instanceId: instance.containerInstanceArn.slice(instance.containerInstanceArn.lastIndexOf('/') + 1),
      ...need,
    };
    return persistNew(ctx, task);
  };
  if (!explicit && targets.some((target) => target.capacityProviderName)) {
    const constraints = spec.placementConstraints;
    const strategies = spec.placementStrategy;
    const launched = launchOnProviders(ctx, {
      cluster: spec.cluster.clusterName,
      targets,
      instances,
      need,
      group: spec.group,
      constraints,
      strategies,
      place: placed,
      wait: (target) => {
        const task = buildTask(ctx, { ...common, target });
        task._awaitingCapacity = { since: ctx.now, need, constraints, strategies };
        saveTask(ctx, task);
        return task;
      },
    });
    return { tasks: launched.tasks, failures: [...failures, ...launched.failures] };
  }

  const candidates = explicit ? instances : instances.filter((i) => isExternal(i) === (launchType === 'EXTERNAL'));
  if (!explicit && candidates.length === 0) throw invalidParameter('No Container Instances were found in your cluster.');
  const tasks: TaskDoc[] = [];
  // StartTask / DAEMON: each named instance gets exactly one task or a failure of its own.
  const rounds = explicit ? candidates.map((c) => [c]) : [candidates];
  for (const round of rounds) {
    const placement = placeTasks(ctx, {
      cluster: spec.cluster.clusterName,
      candidates: round,
      need,
      count: explicit ? 1 : count,
      group: spec.group,
      constraints: spec.placementConstraints,
      strategies: spec.placementStrategy,
    });
    failures.push(...placement.failures);
    for (const instance of placement.placed) {
      const target: TaskTarget = {
        launchType: isExternal(instance) ? 'EXTERNAL' : 'EC2',
        capacityProviderName: instance.capacityProviderName,
      };
      tasks.push(placed(target, instance));
    }
  }
  return { tasks, failures };
}

/**
 * Asks a task to stop: desiredStatus STOPPED, stopCode, stoppedReason, stoppingAt; the scheduler then moves it
 * through DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED. Idempotent for tasks already stopping or stopped.
 */
export function stopTask(ctx: OpContext, task: TaskDoc, stopCode: StopCode, reason: string): TaskDoc {
  const record = task as TaskRecord;
  const before = { lastStatus: record.lastStatus, healthStatus: record.healthStatus };
  if (beginStop(ctx, record, ctx.now, stopCode, reason)) saveTask(ctx, record, before);
  return record;
}
