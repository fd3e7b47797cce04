// StopTask: desiredStatus STOPPED now, then the scheduler walks the stop path. Tags are deleted, as in ECS.
// A task already stopping or stopped is returned unchanged (its first stop reason stays).
import type { StopTaskRequest, StopTaskResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { stopTask as stop } from '../lifecycle';
import { saveTask } from '../model';
import { findTask, taskView } from '../view';

export const DEFAULT_STOP_REASON = 'Task stopped by user';

export const stopTask = operation<StopTaskRequest, Wire<StopTaskResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const task = findTask(ctx, cluster, input.task ?? '');
  if (!task) throw invalidParameter('The referenced task was not found.');
  const wasStopping = task.desiredStatus === 'STOPPED';
  stop(ctx, task, 'UserInitiated', input.reason || DEFAULT_STOP_REASON);
  if (!wasStopping && task.tags.length > 0) {
    task.tags = [];
    saveTask(ctx, task, task);
  }
  return { task: taskView(task) };
});
