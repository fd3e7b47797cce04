// The failed deployment of a rolled-back rollout, kept on the service page after ECS drops it from `deployments`:
// the service deployment (still the service's current one until the next deployment) names the revision it tried
// to deploy. Two reads (DescribeServiceDeployments, DescribeServiceRevisions), only while the rollback state lasts.
import 'server-only';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { DescribeServiceDeploymentsCommand, DescribeServiceRevisionsCommand } from '@aws-sdk/client-ecs';
import { familyRevision } from '../arn';
import type { DeploymentView, ServiceDetail } from './service-view';

export async function withRetainedFailedDeployment(ecs: ECSClient, detail: ServiceDetail): Promise<ServiceDetail> {
  const failure = detail.rolloutFailure;
  if (!failure || !detail.currentServiceDeployment) return detail;
  if (detail.deployments.some((d) => d.id === failure.failedDeploymentId)) return detail;
  const out = await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [detail.currentServiceDeployment] }));
  const sd = out.serviceDeployments?.[0];
  const revisionArn = sd?.targetServiceRevision?.arn;
  if (!sd || !revisionArn || !sd.status?.startsWith('ROLLBACK')) return detail;
  const revisions = await ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: [revisionArn] }));
  const taskDefinition = revisions.serviceRevisions?.[0]?.taskDefinition;
  const failed: DeploymentView = {
    id: failure.failedDeploymentId,
    status: 'INACTIVE',
    taskDefinition: taskDefinition ? familyRevision(taskDefinition) : '-',
    desired: 0,
    running: 0,
    pending: 0,
    failedTasks: 0,
    rolloutState: 'FAILED',
    rolloutStateReason: sd.statusReason ?? `Deployment failed: ${failure.reason}`,
    createdAt: sd.startedAt?.toISOString() ?? sd.createdAt?.toISOString(),
    updatedAt: failure.failedAt,
    retained: true,
  };
  return { ...detail, deployments: [...detail.deployments, failed] };
}
