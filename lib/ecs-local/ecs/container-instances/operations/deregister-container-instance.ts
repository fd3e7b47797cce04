// DeregisterContainerInstance. Differs from ECS: with force, tasks still on an instance without an agent are
// left as they are (ECS orphans them too; services then replace them on their own schedule); on an agent's
// instance they are stopped, since its agent stops their containers and exits when it finds the instance gone.
import type { DeregisterContainerInstanceRequest, DeregisterContainerInstanceResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import { stopInstanceTasks } from '../../tasks/agent-tasks';
import { findInstance, isAgentInstance, saveInstance, unknownInstance } from '../model';
import { instanceTaskCounts, instanceView } from '../view';

export const deregisterContainerInstance = operation<
  DeregisterContainerInstanceRequest,
  Wire<DeregisterContainerInstanceResponse>
>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const identifier = input.containerInstance ?? '';
  const doc = findInstance(ctx, cluster, identifier);
  if (!doc || doc.status === 'INACTIVE') throw unknownInstance(identifier);
  const counts = instanceTaskCounts(ctx, cluster);
  const tasks = counts.get(doc.containerInstanceArn);
  const live = tasks ? tasks.running + tasks.pending : 0;
  if (live > 0 && !input.force)
    throw invalidParameter(
      `The container instance has ${live} ${live === 1 ? 'task' : 'tasks'} on it. Stop them first, or deregister with force to leave them orphaned.`,
    );
  doc.status = 'INACTIVE';
  doc.agentConnected = false;
  saveInstance(ctx, doc);
  if (isAgentInstance(doc)) stopInstanceTasks(ctx, doc, `Container instance ${identifier} was deregistered.`);
  wakeDaemonServices(ctx, cluster);
  return { containerInstance: instanceView(ctx, doc, { counts, tags: true }) };
});
