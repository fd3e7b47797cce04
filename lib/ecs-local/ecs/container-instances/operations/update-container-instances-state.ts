// UpdateContainerInstancesState: ACTIVE or DRAINING. A DRAINING instance takes no new tasks; its service tasks
// are replaced within each service's deployment limits (minimumHealthyPercent / maximumPercent: the service
// scheduler treats them like tasks of an older deployment, services/scheduler/rolling.ts); its PENDING service
// tasks stop at once; standalone tasks are left alone. Back to ACTIVE, it takes tasks again.
import type { Failure, UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices, wakeService } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import { findInstance, instanceArn, instanceIdFrom, LIVE_TASK_STATUSES, saveInstance } from '../model';
import { instanceTaskCounts, instanceView } from '../view';

const MAX_INSTANCES = 10;

/** What a service wake-up reads of a task document (written by tasks/). */
type PlacedTask = { group?: string; containerInstanceArn?: string };

export const updateContainerInstancesState = operation<
  UpdateContainerInstancesStateRequest,
  Wire<UpdateContainerInstancesStateResponse>
>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  if (input.status !== 'ACTIVE' && input.status !== 'DRAINING')
    throw invalidParameter(`Container instances can be set to ACTIVE or DRAINING only, not ${input.status}.`);
  const identifiers = input.containerInstances ?? [];
  if (identifiers.length === 0 || identifiers.length > MAX_INSTANCES)
    throw invalidParameter(
      `containerInstances must name between 1 and ${MAX_INSTANCES} container instances; got ${identifiers.length}.`,
    );
  const changed = new Set<string>();
  const failures: Failure[] = [];
  const docs = [];
  for (const identifier of identifiers) {
    const doc = findInstance(ctx, cluster, identifier);
    if (!doc || doc.status === 'INACTIVE') {
      failures.push({
        arn: identifier.startsWith('arn:') ? identifier : instanceArn(ctx, cluster, instanceIdFrom(ctx, identifier)),
        reason: doc ? 'INACTIVE' : 'MISSING',
      });
      continue;
    }
    if (doc.status !== input.status) {
      doc.status = input.status;
      doc.version = (doc.version ?? 1) + 1;
      saveInstance(ctx, doc);
      changed.add(doc.containerInstanceArn);
    }
    docs.push(doc);
  }
  if (changed.size > 0) {
    const tasks = ctx.store.list<PlacedTask>(ctx.region, 'task', { parent: cluster, status: [...LIVE_TASK_STATUSES] });
    const services = new Set(
      tasks.filter((t) => changed.has(t.containerInstanceArn ?? '') && t.group?.startsWith('service:')).map((t) => t.group ?? ''),
    );
    for (const group of services) wakeService(ctx, cluster, group.slice('service:'.length));
    wakeDaemonServices(ctx, cluster);
  }
  const counts = instanceTaskCounts(ctx, cluster);
  return { containerInstances: docs.map((doc) => instanceView(ctx, doc, { counts })), failures };
});
