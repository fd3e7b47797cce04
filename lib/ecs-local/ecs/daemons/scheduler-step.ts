// The daemon scheduler (`daemon` documents): one task of the daemon's current revision on every ACTIVE
// container instance of its capacity providers. A new revision replaces the old tasks instance by instance,
// at most drainPercent of the instances at a time (stop the old task, then start the new one). Failed tasks of
// the new revision count towards a circuit breaker (threshold as for services); at the threshold the
// deployment rolls back to the previous revision. The deployment completes once every instance runs the
// revision and its bake time has passed. A deleted daemon stops its tasks and is forgotten once they stopped.
// Differs from ECS: a daemon task that stops is restarted on its instance (ECS drains and replaces the
// instance); alarms are not watched.
import { circuitBreakerThreshold } from '../../../ecs-rules/limits';
import { nowSeconds, type OpContext, scaled } from '../../core/context';
import { capacityProviderArn } from '../capacity-providers/model';
import type { ClusterDoc } from '../clusters/model';
import { EcsError } from '../common/errors';
import type { InstanceDoc } from '../container-instances/model';
import { launchTasks, stopTask } from '../tasks/lifecycle';
import type { TaskDoc } from '../tasks/model';
import {
  clusterOfDaemon,
  type DaemonDeploymentDoc,
  type DaemonDoc,
  daemonGroup,
  daemonsUsing,
  getDaemonDeployment,
  getDaemonRevision,
  revisionStartedBy,
  saveDaemon,
  saveDaemonDeployment,
} from './model';
import {
  asTaskDefinition,
  type DaemonTaskDefinitionDoc,
  findDaemonTaskDefinition,
  saveDaemonTaskDefinition,
} from './task-definitions';

const LIVE = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];
const FAILED_STOP_CODES = new Set(['TaskFailedToStart', 'EssentialContainerExited']);
export const DAEMON_POLL_MS = 15_000;

function instanceIdOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** Starts the revision's task on an instance; a placement problem leaves it for the next look. */
function startOn(
  ctx: OpContext,
  daemon: DaemonDoc,
  cluster: ClusterDoc,
  td: DaemonTaskDefinitionDoc,
  instance: InstanceDoc,
): void {
  const tags = [
    ...(daemon.propagateTags === 'DAEMON' ? daemon.tags : []),
    ...(daemon.enableECSManagedTags
      ? [
          { key: 'aws:ecs:clusterName', value: cluster.clusterName },
          { key: 'aws:ecs:daemonName', value: daemon.daemonName },
        ]
      : []),
  ];
  try {
    ctx.store.tx(() =>
      launchTasks(ctx, {
        cluster,
        taskDefinition: asTaskDefinition(td),
        count: 1,
        containerInstanceIds: [instanceIdOf(instance.containerInstanceArn)],
        group: daemonGroup(daemon.daemonName),
        startedBy: revisionStartedBy(daemon.revisionArn),
        tags,
        enableExecuteCommand: daemon.enableExecuteCommand,
      }),
    );
  } catch (err) {
    if (!(err instanceof EcsError)) throw err;
  }
}

function stopAll(ctx: OpContext, tasks: TaskDoc[], reason: string): void {
  for (const task of tasks) stopTask(ctx, task, 'ServiceSchedulerInitiated', reason);
}

/** A deleted daemon: its tasks stop, then it is gone (with its deleted task definition, when nothing else runs it). */
function finishDeletion(ctx: OpContext, daemon: DaemonDoc, live: TaskDoc[]): void {
  stopAll(
    ctx,
    live.filter((t) => t.desiredStatus === 'RUNNING'),
    `Daemon ${daemon.daemonName} was deleted.`,
  );
  if (live.length > 0) {
    saveDaemon(ctx, daemon, ctx.now + scaled(ctx, DAEMON_POLL_MS));
    return;
  }
  ctx.store.delete(ctx.region, 'daemon', `${clusterOfDaemon(daemon)}/${daemon.daemonName}`);
  const revision = getDaemonRevision(ctx, daemon.revisionArn);
  if (!revision) return;
  try {
    const td = findDaemonTaskDefinition(ctx, revision.daemonTaskDefinitionArn);
    if (td.status === 'DELETE_IN_PROGRESS' && daemonsUsing(ctx, td.daemonTaskDefinitionArn) === 0) {
      td.status = 'DELETED';
      saveDaemonTaskDefinition(ctx, td);
    }
  } catch {
    // The revision's task definition is already gone.
  }
}

/** Updates the deployment's counts and status; returns true when it is settled (nothing more to watch). */
function track(
  ctx: OpContext,
  daemon: DaemonDoc,
  deployment: DaemonDeploymentDoc | undefined,
  instances: InstanceDoc[],
  live: TaskDoc[],
  failures: number,
): boolean {
  if (!deployment || (deployment.status !== 'IN_PROGRESS' && deployment.status !== 'ROLLBACK_IN_PROGRESS')) return true;
  const current = revisionStartedBy(daemon.revisionArn);
  const onCurrent = (i: InstanceDoc) =>
    live.some((t) => t.containerInstanceArn === i.containerInstanceArn && t.startedBy === current && t.lastStatus === 'RUNNING');
  const draining = (i: InstanceDoc) =>
    live.some((t) => t.containerInstanceArn === i.containerInstanceArn && t.startedBy !== current);
  const running = instances.filter(onCurrent).length;
  const drainingCount = instances.filter(draining).length;
  const threshold = circuitBreakerThreshold(instances.length);
  const target = deployment.targetDaemonRevision;
  if (target) {
    target.totalRunningInstanceCount = running;
    target.totalDrainingInstanceCount = drainingCount;
    for (const p of target.capacityProviders ?? []) {
      const mine = instances.filter((i) => capacityProviderArn(ctx, i.capacityProviderName ?? '') === p.arn);
      p.runningInstanceCount = mine.filter(onCurrent).length;
      p.drainingInstanceCount = mine.filter(draining).length;
    }
  }
  if (deployment.status === 'IN_PROGRESS')
    deployment.circuitBreaker = { status: 'MONITORING', failureCount: failures, threshold };
  if (deployment.status === 'IN_PROGRESS' && failures >= threshold) {
    deployment.circuitBreaker = { status: 'TRIGGERED', failureCount: failures, threshold };
    const reason = 'Daemon deployment circuit breaker: tasks failed to start.';
    if (deployment._source) {
      deployment.status = 'ROLLBACK_IN_PROGRESS';
      deployment.statusReason = reason;
      deployment.rollback = { reason, startedAt: nowSeconds(ctx), rollbackTargetDaemonRevisionArn: deployment._source };
      daemon.revisionArn = deployment._source;
    } else {
      deployment.status = 'STOPPED';
      deployment.statusReason = reason;
      deployment.stoppedAt = nowSeconds(ctx);
    }
    saveDaemonDeployment(ctx, daemon, deployment);
    return false;
  }
  const done = running === instances.length && drainingCount === 0;
  if (done) {
    const bakeMs = scaled(ctx, (daemon.deploymentConfiguration.bakeTimeInMinutes ?? 0) * 60_000);
    const bakedFrom = deployment._doneAt ?? ctx.now;
    deployment._doneAt = bakedFrom;
    if (ctx.now - bakedFrom >= bakeMs) {
      deployment.status = deployment.status === 'ROLLBACK_IN_PROGRESS' ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL';
      deployment.finishedAt = nowSeconds(ctx);
      if (deployment.circuitBreaker?.status === 'MONITORING') deployment.circuitBreaker.status = 'MONITORING_COMPLETE';
    }
  } else deployment._doneAt = undefined;
  saveDaemonDeployment(ctx, daemon, deployment);
  return deployment.status !== 'IN_PROGRESS' && deployment.status !== 'ROLLBACK_IN_PROGRESS';
}

export function reconcileDaemon(ctx: OpContext, id: string): void {
  const daemon = ctx.store.get<DaemonDoc>(ctx.region, 'daemon', id);
  if (!daemon) return;
  const clusterName = clusterOfDaemon(daemon);
  const cluster = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', clusterName);
  const all = ctx.store.list<TaskDoc>(ctx.region, 'task', { parent: clusterName, key: daemonGroup(daemon.daemonName) });
  const live = all.filter((t) => LIVE.includes(t.lastStatus));
  if (daemon.status === 'DELETE_IN_PROGRESS' || cluster?.status !== 'ACTIVE') {
    finishDeletion(ctx, daemon, live);
    return;
  }
  const revision = getDaemonRevision(ctx, daemon.revisionArn);
  const td = revision ? findDaemonTaskDefinition(ctx, revision.daemonTaskDefinitionArn) : undefined;
  const instances = ctx.store
    .list<InstanceDoc>(ctx.region, 'instance', { parent: clusterName, status: 'ACTIVE' })
    .filter((i) => daemon.capacityProviders.includes(i.capacityProviderName ?? ''));
  const deployment = getDaemonDeployment(ctx, daemon.deploymentArn);
  const current = revisionStartedBy(daemon.revisionArn);
  const wanted = live.filter((t) => t.desiredStatus === 'RUNNING');
  const here = new Set(instances.map((i) => i.containerInstanceArn));
  stopAll(
    ctx,
    wanted.filter((t) => !here.has(t.containerInstanceArn ?? '')),
    'Container instance left the daemon.',
  );

  const drainPercent = daemon.deploymentConfiguration.drainPercent ?? 25;
  const maxReplacing = Math.max(1, Math.ceil((instances.length * drainPercent) / 100));
  // Instances being replaced: an old task is on its way out, or the new one has not reached RUNNING yet.
  const inFlight = (i: InstanceDoc) =>
    live.some(
      (t) =>
        t.containerInstanceArn === i.containerInstanceArn &&
        (t.startedBy === current ? t.lastStatus !== 'RUNNING' : t.desiredStatus === 'STOPPED'),
    );
  let replacing = instances.filter(inFlight).length;
  for (const instance of instances) {
    const on = live.filter((t) => t.containerInstanceArn === instance.containerInstanceArn);
    const old = on.filter((t) => t.startedBy !== current);
    const mine = on.filter((t) => t.startedBy === current && t.desiredStatus === 'RUNNING');
    const oldWanted = old.filter((t) => t.desiredStatus === 'RUNNING');
    if (oldWanted.length > 0 && (inFlight(instance) || replacing < maxReplacing)) {
      if (!inFlight(instance)) replacing++;
      stopAll(ctx, oldWanted, `Replaced by daemon revision ${daemon.revisionArn}.`);
    }
    if (old.length === 0 && mine.length === 0 && td) startOn(ctx, daemon, cluster, td, instance);
  }
  const failures = all.filter(
    (t) => t.startedBy === current && t.desiredStatus === 'STOPPED' && FAILED_STOP_CODES.has(t.stopCode ?? ''),
  ).length;
  const settled = track(
    ctx,
    daemon,
    deployment,
    instances,
    ctx.store.list<TaskDoc>(ctx.region, 'task', {
      parent: clusterName,
      key: daemonGroup(daemon.daemonName),
      status: LIVE,
    }),
    failures,
  );
  const pending = live.some((t) => t.lastStatus !== 'RUNNING');
  saveDaemon(ctx, daemon, settled && !pending ? undefined : ctx.now + scaled(ctx, DAEMON_POLL_MS));
}
