// Deregistering a scalable target, by DeregisterScalableTarget or because its ECS service was deleted: its policies
// (and the alarms target tracking created), its scheduled actions and its activities go with it, and the service
// forgets its watcher. Differs from AWS: the activities are deleted too, rather than kept for six weeks.
import type { OpContext } from '../../core/context';
import { deleteActivities } from '../activities/model';
import { ecsResource, watchService } from '../common/ecs-resource';
import { deletePolicy, policiesOf } from '../policies/model';
import { actionsOf, deleteAction } from '../scheduled-actions/model';
import { idOf, type TargetDoc } from './model';

export function deregisterTarget(ctx: OpContext, target: TargetDoc): void {
  const id = idOf(target);
  for (const policy of policiesOf(ctx, id)) deletePolicy(ctx, policy);
  for (const action of actionsOf(ctx, id)) deleteAction(ctx, action);
  deleteActivities(ctx, target);
  ctx.store.delete(ctx.region, 'scalable-target', id);
  watchService(ctx, ecsResource(target), undefined);
}
