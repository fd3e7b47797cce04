'use client';
// The service page's live overview: status, task counts, task definition, deployment status, and a banner
// while a deleted service drains (DRAINING) or once it is gone (INACTIVE).
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { TextLink } from '@/components/ui/button';
import { CopyableText } from '@/components/ui/copy-button';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/lib/paths';
import { LastUpdated } from './last-updated';
import { RolloutFailureBadge, rolloutFailureLabel } from './rollout-failure-badge';
import { computeSummary, rolloutLabel } from './service-format';
import { useService } from './use-service';

export function ServiceSummary({ cluster, service }: { cluster: string; service: string }) {
  const query = useService(cluster, service);
  const s = query.data;
  if (!s) return query.error ? <Alert type="warning">Could not load the service: {query.error.message}</Alert> : null;
  const primary = s.deployments.find((d) => d.status === 'PRIMARY');
  return (
    <>
      {s.status === 'DRAINING' && (
        <Alert type="info" title="This service is being deleted" className="mb-4">
          Its tasks are stopping. The service is shown as Draining until ECS marks it inactive.
        </Alert>
      )}
      {s.status === 'INACTIVE' && (
        <Alert type="info" title="This service has been deleted" className="mb-4">
          All of its tasks have stopped.{' '}
          <TextLink href={paths.clusterTab(cluster, 'services')}>Back to the cluster's services</TextLink>
        </Alert>
      )}
      {s.rolloutFailure && (
        <Alert type="warning" title={rolloutFailureLabel(s.rolloutFailure)} className="mb-4">
          Deployment <span className="font-mono">{s.rolloutFailure.failedDeploymentId}</span> failed: {s.rolloutFailure.reason}{' '}
          The circuit breaker returned the service to {s.taskDefinition}. This stays until the next deployment; the failed
          deployment is kept under Deployments and events.
        </Alert>
      )}
      {query.error && (
        <Alert type="warning" className="mb-4">
          Could not refresh the service: {query.error.message}
        </Alert>
      )}
      <Panel
        title="Service overview"
        className="mb-5"
        actions={<LastUpdated updatedAt={query.dataUpdatedAt} onRefresh={() => query.refetch()} refreshing={query.isFetching} />}
      >
        <KeyValueGrid
          columns={4}
          items={[
            { label: 'Status', value: <StatusBadge status={s.status} /> },
            {
              label: 'Tasks',
              value: (
                <span data-testid="service-task-counts">
                  {s.running}/{s.desired} Tasks running
                </span>
              ),
            },
            { label: 'Desired tasks', value: s.desired },
            { label: 'Pending tasks', value: s.pending },
            { label: 'Running tasks', value: s.running },
            {
              label: 'Task definition: revision',
              value: <TextLink href={paths.revisionOf(s.taskDefinition)}>{s.taskDefinition}</TextLink>,
            },
            {
              label: 'Deployment status',
              value: s.rolloutFailure ? (
                <RolloutFailureBadge failure={s.rolloutFailure} />
              ) : primary?.rolloutState ? (
                <StatusBadge status={primary.rolloutState} label={rolloutLabel(primary.rolloutState)} />
              ) : (
                '-'
              ),
            },
            { label: 'Service type', value: s.serviceType },
            { label: 'Launch type', value: computeSummary(s) },
            { label: 'ARN', value: <CopyableText value={s.arn} /> },
          ]}
        />
      </Panel>
    </>
  );
}
