// A service task's scale-in protection (GetTaskProtection), read only by the task page's protection panel.
import 'server-only';
import { GetTaskProtectionCommand } from '@aws-sdk/client-ecs';
import { ecsClient } from './client';

export interface TaskProtectionView {
  protectionEnabled: boolean;
  expiresAt?: string;
  /** Why ECS cannot protect the task (e.g. TASK_NOT_VALID for a standalone task), when it says so. */
  failure?: string;
}

export async function getTaskProtection(cluster: string, task: string): Promise<TaskProtectionView> {
  const ecs = await ecsClient();
  const out = await ecs.send(new GetTaskProtectionCommand({ cluster, tasks: [task] }));
  const found = out.protectedTasks?.[0];
  if (found) return { protectionEnabled: found.protectionEnabled ?? false, expiresAt: found.expirationDate?.toISOString() };
  const failure = out.failures?.[0];
  return { protectionEnabled: false, failure: failure?.detail ?? failure?.reason };
}
