// ListDaemons: the daemons of a cluster (or of every cluster when none is named), optionally only those on
// given capacity providers, in ARN order.
import type { ListDaemonsRequest, ListDaemonsResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { nameFromIdentifier } from '../../common/arns';
import { paginate } from '../../common/pagination';
import type { DaemonDoc } from '../model';

export const listDaemons = operation<ListDaemonsRequest, Wire<ListDaemonsResponse>>((ctx, input) => {
  const cluster = input.clusterArn ? activeCluster(ctx, input.clusterArn).clusterName : undefined;
  const providers = (input.capacityProviderArns ?? []).map((p) => nameFromIdentifier(ctx, p, 'capacity-provider'));
  const daemons = ctx.store
    .list<DaemonDoc>(ctx.region, 'daemon', cluster ? { parent: cluster } : {})
    .filter((d) => providers.length === 0 || d.capacityProviders.some((p) => providers.includes(p)))
    .sort((a, b) => (a.daemonArn < b.daemonArn ? -1 : 1));
  const { page, nextToken } = paginate(
    daemons,
    input,
    { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS },
    (d) => d.daemonArn,
  );
  return {
    daemonSummariesList: page.map((d) => ({
      daemonArn: d.daemonArn,
      status: d.status,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    })),
    nextToken,
  };
});
