// UpdateTaskSet: changes a task set's scale; the service scheduler then brings it to its new count.
import type { UpdateTaskSetRequest, UpdateTaskSetResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { invalidParameter } from '../../common/errors';
import { requireTaskSet, saveChangedTaskSet, taskSetScope } from '../../services/task-set-service';
import { computedDesiredCount, taskSetView } from '../model';
import { checkScale } from '../scale';

export const updateTaskSet = operation<UpdateTaskSetRequest, Wire<UpdateTaskSetResponse>>((ctx, input) => {
  const scope = taskSetScope(ctx, input, 'manage');
  const set = requireTaskSet(ctx, scope, input.taskSet ?? '');
  if (set.status === 'DRAINING') throw invalidParameter(`The task set ${set.id} is being deleted and cannot be updated.`);
  set.scale = checkScale(input.scale) ?? set.scale;
  set.computedDesiredCount = computedDesiredCount(scope.service.desiredCount, set.scale);
  saveChangedTaskSet(ctx, scope, set);
  return { taskSet: taskSetView(set, true) };
});
