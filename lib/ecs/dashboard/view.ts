// Dashboard view models and the "unhealthy" rules: pure functions from SDK objects to plain JSON rows, shared by
// the server poller (poller.ts) and the client components.
import type { Deployment, Service } from '@aws-sdk/client-ecs';
import { familyRevision, resourceName } from '../../arn';
import { type RolloutFailureView, rolloutFailureOf } from '../rollout-failure';
import type { StoppedGroup } from './stopped-task-view';

/** A deployment IN_PROGRESS that has not changed for this long is reported as stuck. */
export const STUCK_DEPLOYMENT_MS = 10 * 60_000;
/** Running below desired is normal for a moment (a task being replaced); flag it after this long. */
export const BELOW_DESIRED_GRACE_MS = 2 * 60_000;
/** Failure events ("deployment failed", "unable to place") newer than this keep the service flagged. */
export const RECENT_FAILURE_EVENT_MS = 30 * 60_000;

const FAILURE_EVENT =
  /unable to place|unable to consistently start|deployment failed|is unhealthy in|operations are being throttled/;

export interface ServiceEventView {
  message: string;
  at: string;
}

export interface ServiceHealthRow {
  /** `<cluster>/<service>`: unique across the target. */
  key: string;
  cluster: string;
  name: string;
  /** False while only listed (its DescribeServices batch has not answered yet). */
  described: boolean;
  status: string;
  desired: number;
  running: number;
  pending: number;
  /** `family:revision` of the service's current task definition. */
  taskDefinition: string;
  rolloutState?: string;
  rolloutStateReason?: string;
  /** "Last rollout failed — rolled back" until the next deployment. */
  rolloutFailure?: RolloutFailureView;
  deployments: number;
  latestEvent?: ServiceEventView;
  /** Why the service is marked red; empty when healthy. */
  problems: string[];
  /** When the console last described this service (ISO). */
  checkedAt?: string;
  /** The service's auto scaling bounds, when its desired count is a scalable target. */
  scaling?: { min: number; max: number };
}

/** Whether auto scaling holds the service at its maximum: it can add no more tasks, however high the load. */
export function pinnedAtMaximum(row: ServiceHealthRow): boolean {
  return row.described && row.scaling !== undefined && row.desired >= row.scaling.max;
}

/** "(service web) has started 1 tasks" → "has started 1 tasks": the row already names the service. */
export function withoutServicePrefix(message: string): string {
  return message.replace(/^\(service [^)]+\) /, '');
}

function ms(date: Date | undefined): number | undefined {
  return date ? new Date(date).getTime() : undefined;
}

function primaryDeployment(service: Service): Deployment | undefined {
  return service.deployments?.find((d) => d.status === 'PRIMARY') ?? service.deployments?.[0];
}

/** The reasons a service counts as unhealthy right now. `belowDesiredSince` comes from earlier snapshots. */
export function serviceProblems(service: Service, nowMs: number, belowDesiredSince?: number): string[] {
  const problems: string[] = [];
  const deployments = service.deployments ?? [];
  for (const d of deployments)
    if (d.rolloutState === 'FAILED') problems.push(`Rollout failed: ${d.rolloutStateReason ?? 'circuit breaker'}`);
  const primary = primaryDeployment(service);
  if (primary?.rolloutState === 'IN_PROGRESS' && primary.rolloutStateReason?.includes('circuit breaker'))
    problems.push(primary.rolloutStateReason);
  const updated = ms(primary?.updatedAt) ?? ms(primary?.createdAt);
  if (primary?.rolloutState === 'IN_PROGRESS' && updated !== undefined && nowMs - updated > STUCK_DEPLOYMENT_MS)
    problems.push(`Deployment stuck for ${Math.round((nowMs - updated) / 60_000)} minutes`);
  const failed = deployments.reduce((sum, d) => sum + (d.failedTasks ?? 0), 0);
  if (failed > 0) problems.push(`${failed} ${failed === 1 ? 'task' : 'tasks'} failed to start`);
  const desired = service.desiredCount ?? 0;
  const running = service.runningCount ?? 0;
  if (running < desired && belowDesiredSince !== undefined && nowMs - belowDesiredSince >= BELOW_DESIRED_GRACE_MS)
    problems.push(`Running ${running} of ${desired} desired tasks`);
  const recent = (service.events ?? []).find(
    (e) => FAILURE_EVENT.test(e.message ?? '') && nowMs - (ms(e.createdAt) ?? 0) <= RECENT_FAILURE_EVENT_MS,
  );
  if (recent?.message) problems.push(unhealthyTargetProblem(recent.message) ?? withoutServicePrefix(recent.message));
  return problems;
}

const UNHEALTHY_TARGET =
  /\(port (\d+)\) is unhealthy in \(target-group (?:[^)]*:targetgroup\/)?([^/)]+)[^)]*\) due to \(reason (.*)\)\.?$/;

/** ECS's "(task …) (port 80) is unhealthy in (target-group …) due to (reason …)." as the dashboard's mark. */
export function unhealthyTargetProblem(message: string): string | undefined {
  const m = UNHEALTHY_TARGET.exec(message);
  return m ? `Unhealthy load balancer targets in target group ${m[2]} (port ${m[1]}): ${m[3]}` : undefined;
}

export function toServiceHealthRow(
  cluster: string,
  service: Service,
  nowMs: number,
  belowDesiredSince?: number,
): ServiceHealthRow {
  const primary = primaryDeployment(service);
  const event = service.events?.[0];
  const name = service.serviceName ?? '';
  return {
    key: `${cluster}/${name}`,
    cluster,
    name,
    described: true,
    status: service.status ?? 'UNKNOWN',
    desired: service.desiredCount ?? 0,
    running: service.runningCount ?? 0,
    pending: service.pendingCount ?? 0,
    taskDefinition: familyRevision(service.taskDefinition),
    rolloutState: primary?.rolloutState,
    rolloutStateReason: primary?.rolloutStateReason,
    rolloutFailure: rolloutFailureOf(service),
    deployments: service.deployments?.length ?? 0,
    latestEvent: event?.message
      ? { message: withoutServicePrefix(event.message), at: new Date(event.createdAt ?? nowMs).toISOString() }
      : undefined,
    problems: serviceProblems(service, nowMs, belowDesiredSince),
    checkedAt: new Date(nowMs).toISOString(),
  };
}

/** A row for a service that was listed but not described yet: the name is known, nothing else. */
export function listedOnlyRow(cluster: string, serviceArn: string): ServiceHealthRow {
  const name = resourceName(serviceArn);
  return {
    key: `${cluster}/${name}`,
    cluster,
    name,
    described: false,
    status: 'UNKNOWN',
    desired: 0,
    running: 0,
    pending: 0,
    taskDefinition: '-',
    deployments: 0,
    problems: [],
  };
}

/** Whether the service is changing, so the poller re-describes it every pass instead of once per sweep. */
export function isHot(row: ServiceHealthRow): boolean {
  return (
    !row.described ||
    row.problems.length > 0 ||
    row.rolloutState === 'IN_PROGRESS' ||
    row.deployments > 1 ||
    row.pending > 0 ||
    row.running !== row.desired
  );
}

/** What /api/dashboard answers and the page prefetches: the latest snapshot the server's poller holds. */
export interface DashboardSnapshot {
  region: string;
  /** When the last poller pass finished (ISO); undefined before the first one. */
  refreshedAt?: string;
  /** False until every cluster has been read once (the first pass of a large target takes a few seconds). */
  complete: boolean;
  clusters: number;
  services: ServiceHealthRow[];
  stopped: { windowHours: number; count: number; groups: StoppedGroup[] };
  /** ECS calls the poller made per second over the last 10 s, and its budget. */
  rate: { callsPerSecond: number; limit: number };
  /** The last pass failed: the view of why (the rows are from the pass before). */
  error?: { kind: string; title: string; message: string };
}
