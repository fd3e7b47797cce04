// Cluster documents (kind `cluster`, id = cluster name, status ACTIVE | INACTIVE) and how an operation finds the
// cluster it acts on.
import type { Cluster, Tag } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { nameFromIdentifier } from '../common/arns';
import { clusterNotFound } from '../common/errors';

export type ClusterDoc = Wire<Cluster> & { clusterName: string; clusterArn: string; status: string; tags: Tag[] };

/** A cluster name from a name or ARN; omitted means `default`, as in ECS. See nameFromIdentifier for foreign ARNs. */
export function clusterName(ctx: OpContext, identifier: string | undefined): string {
  return identifier ? nameFromIdentifier(ctx, identifier, 'cluster') : 'default';
}

/** The ACTIVE cluster an operation acts on, or ClusterNotFoundException. */
export function activeCluster(ctx: OpContext, identifier: string | undefined): ClusterDoc {
  const doc = ctx.store.get<ClusterDoc>(ctx.region, 'cluster', clusterName(ctx, identifier));
  if (doc?.status !== 'ACTIVE') throw clusterNotFound();
  return doc;
}

/** Writes a cluster document back with its index (status may have changed). */
export function saveCluster(ctx: OpContext, doc: ClusterDoc): void {
  ctx.store.put(ctx.region, 'cluster', doc.clusterName, doc, { status: doc.status });
}
