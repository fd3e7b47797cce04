// ListDaemonDeployments: a daemon's deployments, newest first, filtered by status and creation time.
import type { ListDaemonDeploymentsRequest, ListDaemonDeploymentsResponse } from '@aws-sdk/client-ecs';
import { LIST_MAX_RESULTS, LIST_SERVICE_DEPLOYMENTS_DEFAULT_PAGE } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { paginate } from '../../common/pagination';
import { type DaemonDeploymentDoc, daemonParent, findDaemon } from '../model';

export const listDaemonDeployments = operation<ListDaemonDeploymentsRequest, Wire<ListDaemonDeploymentsResponse>>(
  (ctx, input) => {
    const daemon = findDaemon(ctx, input.daemonArn ?? '');
    const statuses = input.status ?? [];
    const window = input.createdAt as { before?: number; after?: number } | undefined;
    const docs = ctx.store
      .list<DaemonDeploymentDoc>(ctx.region, 'daemondeployment', { parent: daemonParent(daemon) })
      .filter((d) => statuses.length === 0 || statuses.includes(d.status as (typeof statuses)[number]))
      .filter((d) => window?.after === undefined || (d.createdAt ?? 0) >= window.after)
      .filter((d) => window?.before === undefined || (d.createdAt ?? 0) <= window.before)
      .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || (a.daemonDeploymentArn < b.daemonDeploymentArn ? 1 : -1));
    // Newest first: tokens resume after a position, so number the list.
    const keyed = docs.map((doc, i) => ({ doc, key: String(i).padStart(9, '0') }));
    const { page, nextToken } = paginate(
      keyed,
      input,
      { defaultPage: LIST_SERVICE_DEPLOYMENTS_DEFAULT_PAGE, maxPage: LIST_MAX_RESULTS },
      (k) => k.key,
    );
    return {
      daemonDeployments: page.map(({ doc }) => ({
        daemonDeploymentArn: doc.daemonDeploymentArn,
        daemonArn: doc.daemonArn,
        clusterArn: doc.clusterArn,
        status: doc.status,
        statusReason: doc.statusReason,
        targetDaemonRevisionArn: doc.targetDaemonRevision?.arn,
        createdAt: doc.createdAt,
        startedAt: doc.startedAt,
        stoppedAt: doc.stoppedAt,
        finishedAt: doc.finishedAt,
      })),
      nextToken,
    };
  },
);
