'use server';
// Scale-in protection of a service task (UpdateTaskProtection); ECS's failures for the task (e.g. a task that
// is stopping) come back as an error with ECS's detail.
import { UpdateTaskProtectionCommand } from '@aws-sdk/client-ecs';
import { ecsClient } from '../ecs/client';
import { updateTaskProtectionSchema } from '../schemas/task-protection';
import { actionErrorFromEcs } from './ecs-error';
import { validatedAction } from './state';

export const updateTaskProtection = validatedAction(
  updateTaskProtectionSchema,
  async (data) => {
    try {
      const ecs = await ecsClient();
      const out = await ecs.send(
        new UpdateTaskProtectionCommand({
          cluster: data.cluster,
          tasks: [data.task],
          protectionEnabled: data.protectionEnabled,
          expiresInMinutes: data.protectionEnabled ? data.expiresInMinutes : undefined,
        }),
      );
      const failure = out.failures?.[0];
      if (failure)
        return { status: 'error', message: `ECS could not change the protection: ${failure.detail ?? failure.reason}` };
    } catch (err) {
      return actionErrorFromEcs(err, data, 'updateTaskProtection');
    }
    return {
      status: 'success',
      message: data.protectionEnabled
        ? `Task ${data.task} is protected from scale-in for ${data.expiresInMinutes} minutes.`
        : `Scale-in protection of task ${data.task} has been turned off.`,
    };
  },
  { name: 'updateTaskProtection', role: 'operator', resource: (d) => `task ${d.cluster}/${d.task}` },
);
