// "Last rollout failed — rolled back": read from DescribeServices alone (events and deployments), so the service
// page, the services table and the dashboard all say it without extra calls. ECS drops the failed deployment from
// `deployments` once the rollback completes and reports the rollback as a plain COMPLETED deployment; what remains
// is the service event "(deployment ecs-svc/…) deployment failed: …", written in the same moment the rollback
// deployment is created. The state lasts until the next deployment (a PRIMARY created later than that) or until
// the event falls out of the 100 events ECS keeps.
import type { Service } from '@aws-sdk/client-ecs';

export interface RolloutFailureView {
  /** The deployment that failed, e.g. `ecs-svc/1234567890`. */
  failedDeploymentId: string;
  /** What ECS said, e.g. "tasks failed to start." */
  reason: string;
  /** When it failed (ISO). */
  failedAt: string;
  /** The rollback is still replacing tasks. */
  rollingBack: boolean;
}

const FAILED_EVENT = /\(deployment (\S+)\) deployment failed: (.*)$/;
/** How long after the failure event ECS may take to create the rollback deployment. */
const ROLLBACK_CREATED_WITHIN_MS = 60_000;

export function rolloutFailureOf(s: Pick<Service, 'deployments' | 'events'>): RolloutFailureView | undefined {
  const primary = s.deployments?.find((d) => d.status === 'PRIMARY');
  if (!primary?.createdAt) return undefined;
  for (const event of s.events ?? []) {
    const match = FAILED_EVENT.exec(event.message ?? '');
    if (!match || !event.createdAt) continue;
    const [, failedDeploymentId, reason] = match;
    if (failedDeploymentId === primary.id) return undefined;
    const gap = primary.createdAt.getTime() - event.createdAt.getTime();
    // The newest failure decides: a primary created well after it is a new deployment, and the state is over.
    if (gap < -1_000 || gap > ROLLBACK_CREATED_WITHIN_MS) return undefined;
    return {
      failedDeploymentId,
      reason,
      failedAt: event.createdAt.toISOString(),
      rollingBack: primary.rolloutState === 'IN_PROGRESS',
    };
  }
  return undefined;
}
