// A daemon as DescribeDaemon shows it: its current revisions are those whose tasks run now, with their
// running counts per capacity provider (read from the task documents at read time).
import type { DaemonDetail } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { capacityProviderArn } from '../capacity-providers/model';
import { clusterOfDaemon, type DaemonDoc, daemonGroup, daemonParent } from './model';

/** What the view reads of a task (written by tasks/). */
type DaemonTask = { startedBy?: string; lastStatus: string; capacityProviderName?: string };

export function daemonView(ctx: OpContext, daemon: DaemonDoc): Wire<DaemonDetail> {
  const tasks = ctx.store.list<DaemonTask>(ctx.region, 'task', {
    parent: clusterOfDaemon(daemon),
    key: daemonGroup(daemon.daemonName),
    status: 'RUNNING',
  });
  const revisions = ctx.store.ids(ctx.region, 'daemonrevision', { parent: daemonParent(daemon) });
  const currentRevisions = revisions
    .map((arn) => {
      const mine = tasks.filter((t) => t.startedBy === `ecs-daemon/${arn.slice(arn.lastIndexOf('/') + 1)}`);
      const providers = [...new Set(mine.map((t) => t.capacityProviderName ?? ''))];
      return {
        arn,
        totalRunningCount: mine.length,
        capacityProviders: providers.map((name) => ({
          arn: capacityProviderArn(ctx, name),
          runningCount: mine.filter((t) => t.capacityProviderName === name).length,
        })),
      };
    })
    .filter((r) => r.totalRunningCount > 0 || r.arn === daemon.revisionArn);
  return {
    daemonArn: daemon.daemonArn,
    clusterArn: daemon.clusterArn,
    status: daemon.status,
    createdAt: daemon.createdAt,
    updatedAt: daemon.updatedAt,
    deploymentArn: daemon.deploymentArn,
    currentRevisions,
  };
}

/** What UpdateDaemon and DeleteDaemon answer: the daemon's status and its latest deployment. */
export function daemonChange(daemon: DaemonDoc) {
  return {
    daemonArn: daemon.daemonArn,
    deploymentArn: daemon.deploymentArn,
    createdAt: daemon.createdAt,
    updatedAt: daemon.updatedAt,
    status: daemon.status,
  };
}
