// Daemons (kind `daemon`, id `<cluster>/<name>`, parent cluster, status ACTIVE | DELETE_IN_PROGRESS, due when
// the daemon scheduler must look), their revisions (kind `daemonrevision`) and deployments (kind
// `daemondeployment`), both keyed by ARN with parent `<cluster>/<name>`. A daemon runs one task of its current
// revision on each container instance of its capacity providers; its tasks have group `daemon:<name>` and
// startedBy `ecs-daemon/<revision id>`.
import type { DaemonDeployment, DaemonDeploymentConfiguration, DaemonRevision, Tag } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, isLocalArn, parseArn } from '../common/arns';
import { EcsError } from '../common/errors';

export interface DaemonDoc {
  daemonArn: string;
  daemonName: string;
  clusterArn: string;
  status: 'ACTIVE' | 'DELETE_IN_PROGRESS';
  createdAt: number;
  updatedAt: number;
  /** The deployment that brought (or brings) the current revision. */
  deploymentArn: string;
  /** The revision every instance should run. */
  revisionArn: string;
  capacityProviders: string[];
  deploymentConfiguration: Wire<DaemonDeploymentConfiguration>;
  propagateTags: string;
  enableECSManagedTags: boolean;
  enableExecuteCommand: boolean;
  tags: Tag[];
  _clientToken?: string;
}

export type DaemonRevisionDoc = Wire<DaemonRevision> & { daemonRevisionArn: string; daemonTaskDefinitionArn: string };
export type DaemonDeploymentDoc = Wire<DaemonDeployment> & {
  daemonDeploymentArn: string;
  daemonArn: string;
  /** The revision the deployment rolls back to, if it fails. */
  _source?: string;
  /** Epoch ms since when every instance runs the revision (its bake time counts from then). */
  _doneAt?: number;
};

export const DAEMON_DEFAULTS = { drainPercent: 25, bakeTimeInMinutes: 0 } as const;

export function daemonArn(ctx: OpContext, cluster: string, name: string): string {
  return arn(ctx, `daemon/${cluster}/${name}`);
}

export function daemonGroup(name: string): string {
  return `daemon:${name}`;
}

/** The startedBy of a revision's tasks: `ecs-daemon/` and the revision's id. */
export function revisionStartedBy(revisionArn: string): string {
  return `ecs-daemon/${revisionArn.slice(revisionArn.lastIndexOf('/') + 1)}`;
}

export function daemonParent(doc: Pick<DaemonDoc, 'clusterArn' | 'daemonName'>): string {
  return `${doc.clusterArn.slice(doc.clusterArn.lastIndexOf('/') + 1)}/${doc.daemonName}`;
}

export function clusterOfDaemon(doc: Pick<DaemonDoc, 'clusterArn'>): string {
  return doc.clusterArn.slice(doc.clusterArn.lastIndexOf('/') + 1);
}

export function saveDaemon(ctx: OpContext, doc: DaemonDoc, due?: number): void {
  ctx.store.put(ctx.region, 'daemon', daemonParent(doc), doc, { parent: clusterOfDaemon(doc), status: doc.status, due });
}

/** The daemon an ARN names, or DaemonNotFoundException. */
export function findDaemon(ctx: OpContext, identifier: string): DaemonDoc {
  const parsed = parseArn(identifier);
  const doc =
    parsed?.type === 'daemon' && isLocalArn(ctx, parsed)
      ? ctx.store.get<DaemonDoc>(ctx.region, 'daemon', parsed.path)
      : undefined;
  if (!doc)
    throw new EcsError(
      'DaemonNotFoundException',
      `The daemon ${identifier} does not exist. Give the full daemon ARN (ListDaemons lists them).`,
    );
  return doc;
}

export function saveDaemonRevision(ctx: OpContext, daemon: DaemonDoc, doc: DaemonRevisionDoc): void {
  ctx.store.put(ctx.region, 'daemonrevision', doc.daemonRevisionArn, doc, { parent: daemonParent(daemon) });
}

export function saveDaemonDeployment(ctx: OpContext, daemon: DaemonDoc, doc: DaemonDeploymentDoc): void {
  ctx.store.put(ctx.region, 'daemondeployment', doc.daemonDeploymentArn, doc, {
    parent: daemonParent(daemon),
    status: doc.status,
  });
}

export function getDaemonRevision(ctx: OpContext, revisionArn: string): DaemonRevisionDoc | undefined {
  return ctx.store.get<DaemonRevisionDoc>(ctx.region, 'daemonrevision', revisionArn);
}

export function getDaemonDeployment(ctx: OpContext, deploymentArn: string): DaemonDeploymentDoc | undefined {
  return ctx.store.get<DaemonDeploymentDoc>(ctx.region, 'daemondeployment', deploymentArn);
}

/** How many ACTIVE daemons of the region run a daemon task definition. */
export function daemonsUsing(ctx: OpContext, taskDefinitionArn: string): number {
  return ctx.store
    .list<DaemonDoc>(ctx.region, 'daemon', { status: 'ACTIVE' })
    .filter((d) => getDaemonRevision(ctx, d.revisionArn)?.daemonTaskDefinitionArn === taskDefinitionArn).length;
}
