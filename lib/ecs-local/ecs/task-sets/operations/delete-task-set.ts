// DeleteTaskSet: the task set turns DRAINING, its tasks are stopped, and it is gone once none is left. One
// that still runs tasks by its scale needs force (ECS: "delete a task set even if it hasn't been scaled down
// to zero").
import type { DeleteTaskSetRequest, DeleteTaskSetResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import { requireTaskSet, saveChangedTaskSet, taskSetScope } from '../../services/task-set-service';
import { computedDesiredCount, taskSetView } from '../model';

export const deleteTaskSet = operation<DeleteTaskSetRequest, Wire<DeleteTaskSetResponse>>((ctx, input) => {
  const scope = taskSetScope(ctx, input, 'manage');
  const set = requireTaskSet(ctx, scope, input.taskSet ?? '');
  if (set.status === 'DRAINING') throw invalidParameter(`The task set ${set.id} is already being deleted.`);
  if (!input.force && computedDesiredCount(scope.service.desiredCount, set.scale) > 0)
    throw invalidParameter(
      `The task set ${set.id} has not been scaled down to zero. Update its scale to 0 first (UpdateTaskSet), or delete it with force.`,
    );
  set.status = 'DRAINING';
  set.computedDesiredCount = 0;
  saveChangedTaskSet(ctx, scope, set);
  return { taskSet: taskSetView(set, true) };
});
