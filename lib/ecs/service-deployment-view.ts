// The service's current deployment as the Deployments tab shows it: status, lifecycle stage, hooks waiting
// for an answer, and whether it can still be stopped. Pure (client components import the types).
import type { ServiceDeployment } from '@aws-sdk/client-ecs';

export interface LifecycleHookView {
  hookId: string;
  targetType: string;
  status: string;
  expiresAt?: string;
}

export interface ServiceDeploymentView {
  arn: string;
  status: string;
  statusReason?: string;
  lifecycleStage?: string;
  strategy: string;
  startedAt?: string;
  finishedAt?: string;
  rollbackReason?: string;
  hooks: LifecycleHookView[];
  /** IN_PROGRESS or PENDING: StopServiceDeployment may stop or roll it back. */
  inProgress: boolean;
}

export function toServiceDeploymentView(d: ServiceDeployment): ServiceDeploymentView {
  const status = d.status ?? 'UNKNOWN';
  return {
    arn: d.serviceDeploymentArn ?? '',
    status,
    statusReason: d.statusReason,
    lifecycleStage: d.lifecycleStage,
    strategy: d.deploymentConfiguration?.strategy ?? 'ROLLING',
    startedAt: d.startedAt?.toISOString(),
    finishedAt: d.finishedAt?.toISOString(),
    rollbackReason: d.rollback?.reason,
    hooks: (d.lifecycleHookDetails ?? []).map((h) => ({
      hookId: h.hookId ?? '',
      targetType: h.targetType ?? 'AWS_LAMBDA',
      status: h.status ?? 'UNKNOWN',
      expiresAt: h.expiresAt?.toISOString(),
    })),
    inProgress: status === 'IN_PROGRESS' || status === 'PENDING',
  };
}

/** The console's words for a lifecycle stage. */
export function stageLabel(stage: string | undefined): string {
  if (!stage) return '-';
  return stage
    .toLowerCase()
    .split('_')
    .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}
