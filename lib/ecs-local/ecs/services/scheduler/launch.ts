// Starting and stopping a service's tasks through the task lifecycle, with the service events ECS writes
// for each, and placement failures turned into ECS's "unable to place a task" events.
import type { Failure, Tag } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../../core/context';
import { targetsOfTask } from '../../../elbv2/targets/model';
import type { Wire } from '../../../protocol/serialize';
import type { ClusterDoc } from '../../clusters/model';
import { EcsError } from '../../common/errors';
import type { TaskDefinitionDoc } from '../../task-definitions/model';
import { launchTasks, stopTask } from '../../tasks/lifecycle';
import type { TaskDoc } from '../../tasks/model';
import { addEvent, serviceEvent, startedEvent, stoppedEvent } from '../events';
import { clusterOf, type DeploymentState, type ServiceState, shortTaskId } from '../model';

/** How long the scheduler waits before it tries again to place a task that could not be placed. */
export const PLACEMENT_RETRY_MS = 15_000;
const LAUNCH_BATCH = 10;

export function scalingReason(deployment: DeploymentState | undefined): string {
  return `Scaling activity initiated by (deployment ${deployment?.id ?? 'unknown'})`;
}

/**
 * Stops the tasks with ECS's events: stopped, then for tasks behind a load balancer, their targets deregistered per
 * target group and connections draining (the tasks stay DEACTIVATING until their targets have drained).
 */
export function stopServiceTasks(ctx: OpContext, service: ServiceState, tasks: readonly TaskDoc[], reason: string): void {
  if (tasks.length === 0) return;
  const deregistered = new Map<string, number>();
  let draining = 0;
  for (const task of tasks) {
    const targets = targetsOfTask(ctx, task.taskArn).filter((t) => t.TargetHealth.State !== 'draining');
    for (const t of targets) deregistered.set(t._targetGroupArn, (deregistered.get(t._targetGroupArn) ?? 0) + 1);
    if (targets.length > 0) draining++;
    stopTask(ctx, task, 'ServiceSchedulerInitiated', reason);
  }
  addEvent(
    ctx,
    service,
    stoppedEvent(
      service,
      tasks.map((t) => shortTaskId(t.taskArn)),
    ),
  );
  for (const [tgArn, n] of deregistered)
    addEvent(ctx, service, serviceEvent(service, `deregistered ${n} targets in (target-group ${tgArn})`));
  if (draining > 0) addEvent(ctx, service, serviceEvent(service, `has begun draining connections on ${draining} tasks.`));
}

function taskTags(service: ServiceState, td: TaskDefinitionDoc): Tag[] {
  const tags: Tag[] = [];
  if (service.propagateTags === 'SERVICE') tags.push(...(service.tags ?? []));
  if (service.propagateTags === 'TASK_DEFINITION') tags.push(...(td.tags ?? []));
  if (service.enableECSManagedTags) {
    tags.push({ key: 'aws:ecs:serviceName', value: service.serviceName });
    tags.push({ key: 'aws:ecs:clusterName', value: clusterOf(service) });
  }
  return tags;
}

export interface LaunchOutcome {
  started: TaskDoc[];
  /** Set when some task could not be placed: the event message already written. */
  placementProblem?: string;
}

/** Starts `count` tasks of the deployment (on one instance when given), writing ECS's events. A task set passes its own platform version. */
export function startServiceTasks(
  ctx: OpContext,
  service: ServiceState,
  deployment: DeploymentState,
  cluster: ClusterDoc,
  td: TaskDefinitionDoc,
  count: number,
  containerInstanceId?: string,
  platformVersion = service.platformVersion,
): LaunchOutcome {
  const started: TaskDoc[] = [];
  const failures: Wire<Failure>[] = [];
  let problem: string | undefined;
  for (let left = count; left > 0 && failures.length === 0 && !problem; left -= LAUNCH_BATCH) {
    try {
      // A savepoint: a launch that throws leaves nothing half-written behind.
      const result = ctx.store.tx(() =>
        launchTasks(ctx, {
          cluster,
          taskDefinition: td,
          count: Math.min(LAUNCH_BATCH, left),
          launchType: deployment.launchType as 'FARGATE' | 'EC2' | 'EXTERNAL' | undefined,
          capacityProviderStrategy: deployment.capacityProviderStrategy,
          platformVersion,
          networkConfiguration: deployment.networkConfiguration,
          group: `service:${service.serviceName}`,
          startedBy: deployment.id,
          tags: taskTags(service, td),
          enableExecuteCommand: service.enableExecuteCommand,
          placementConstraints: service.placementConstraints,
          placementStrategy: service.placementStrategy,
          containerInstanceIds: containerInstanceId ? [containerInstanceId] : undefined,
        }),
      );
      started.push(...result.tasks);
      failures.push(...result.failures);
    } catch (err) {
      if (!(err instanceof EcsError)) throw err;
      problem = placementMessage(service, { reason: err.message });
    }
  }
  if (started.length > 0)
    addEvent(
      ctx,
      service,
      startedEvent(
        service,
        started.map((t) => shortTaskId(t.taskArn)),
      ),
    );
  if (!problem && failures.length > 0) problem = placementMessage(service, failures[0]);
  if (problem) notePlacementProblem(ctx, service, problem);
  return { started, placementProblem: problem };
}

const RESOURCE_TEXT: Record<string, string> = {
  'RESOURCE:CPU': 'has insufficient CPU units available',
  'RESOURCE:MEMORY': 'has insufficient memory available',
  'RESOURCE:PORTS': 'is already using a port required by your task',
  AGENT: 'encountered error "AGENT"',
};

export function placementMessage(service: ServiceState, failure: Wire<Failure>): string {
  const reason = failure.reason ?? 'unknown';
  const instance = failure.arn?.includes(':container-instance/')
    ? failure.arn.slice(failure.arn.lastIndexOf('/') + 1)
    : undefined;
  const resource = RESOURCE_TEXT[reason];
  if (resource && instance)
    return serviceEvent(
      service,
      `was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ${instance}) ${resource}. For more information, see the Troubleshooting section.`,
    );
  const detail = failure.detail ? `${reason}: ${failure.detail}` : reason;
  if (/container instance/i.test(detail) || resource)
    return serviceEvent(
      service,
      `was unable to place a task because no container instance met all of its requirements. Reason: ${detail.replace(/\.$/, '')}.`,
    );
  return serviceEvent(service, `was unable to place a task. Reason: ${detail.replace(/\.$/, '')}.`);
}

/** Writes the placement event unless the same one was written within the retry window, and schedules a retry. */
function notePlacementProblem(ctx: OpContext, service: ServiceState, message: string): void {
  const retryMs = PLACEMENT_RETRY_MS * ctx.settings.timeScale;
  const last = service.events?.find((e) => e.message === message);
  const lastMs = (last?.createdAt ?? 0) * 1000;
  if (!last || ctx.now - lastMs >= Math.max(retryMs * 4, 60_000 * ctx.settings.timeScale)) addEvent(ctx, service, message);
  service._retryAt = ctx.now + retryMs;
}
