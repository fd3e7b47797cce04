// UpdateTaskProtection: protects tasks of a service from scale-in and deployments for expiresInMinutes
// (default 120, 1 to 2880), or removes the protection. Their services look again at once, so a removed
// protection lets a waiting scale-in go on. Tasks that are stopping or stopped get a TASK_NOT_VALID failure.
import type { UpdateTaskProtectionRequest, UpdateTaskProtectionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { wakeService } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import { saveTask } from '../model';
import { PROTECTION_DEFAULT_MINUTES, PROTECTION_MAX_MINUTES, protectedTaskView, protectionTargets } from '../protection';

export const updateTaskProtection = operation<UpdateTaskProtectionRequest, Wire<UpdateTaskProtectionResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const minutes = input.expiresInMinutes ?? PROTECTION_DEFAULT_MINUTES;
  if (input.protectionEnabled && (minutes < 1 || minutes > PROTECTION_MAX_MINUTES))
    throw invalidParameter(`expiresInMinutes must be between 1 and ${PROTECTION_MAX_MINUTES}; got ${minutes}.`);
  const { tasks, failures } = protectionTargets(ctx, cluster, input.tasks ?? []);
  const updated = tasks.filter((task) => {
    if (task.desiredStatus === 'RUNNING' && task.lastStatus !== 'STOPPED') return true;
    failures.push({ arn: task.taskArn, reason: 'TASK_NOT_VALID', detail: 'The task is stopping or stopped.' });
    return false;
  });
  for (const task of updated) {
    task._protectedUntil = input.protectionEnabled ? ctx.now + minutes * 60_000 : undefined;
    saveTask(ctx, task, task);
    wakeService(ctx, cluster, (task.group ?? '').slice('service:'.length));
  }
  return { protectedTasks: updated.map((task) => protectedTaskView(ctx, task)), failures };
});
