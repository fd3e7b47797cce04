'use server';
// Task definition writes. Register re-validates the posted JSON with the same shape schema and ECS rules as the
// editor (this is a public endpoint); ECS's own refusal comes back as the error state's message.
import {
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { parseFamilyRevision, resourceName } from '../arn';
import { ecsClient } from '../ecs/client';
import { setFlash } from '../flash';
import { paths } from '../paths';
import { deleteRevisionsSchema, deregisterRevisionsSchema, registerFormSchema } from '../schemas/task-definition';
import { checkPostedTaskDefinition } from '../schemas/task-definition-post';
import { actionErrorFromEcs } from './ecs-error';
import { type ActionState, validatedAction } from './state';

function problemsState(problems: { path: string; message: string }[], document: string): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) fieldErrors[p.path || '_form'] = [...(fieldErrors[p.path || '_form'] ?? []), p.message];
  return {
    status: 'error',
    message: `The task definition has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. Fix them and try again.`,
    fieldErrors,
    values: { document },
  };
}

/** Deregistering and deleting revisions are admin changes. */
function revisionsPolicy(name: string) {
  return {
    name,
    role: 'admin' as const,
    resource: (d: { taskDefinitions: string[] }) => `task definition ${d.taskDefinitions.join(', ')}`,
  };
}

export const registerTaskDefinition = validatedAction(
  registerFormSchema,
  async ({ document }) => {
    const checked = checkPostedTaskDefinition(document);
    if (!checked.ok) return problemsState(checked.problems, document);
    let familyRevision: string;
    try {
      const out = await (await ecsClient()).send(new RegisterTaskDefinitionCommand(checked.input));
      familyRevision = `${out.taskDefinition?.family}:${out.taskDefinition?.revision}`;
    } catch (err) {
      return actionErrorFromEcs(err, { document }, 'registerTaskDefinition');
    }
    await setFlash('success', `Task definition ${familyRevision} has been successfully created.`);
    revalidatePath(paths.taskDefinitions(), 'layout');
    redirect(paths.revisionOf(familyRevision));
  },
  {
    name: 'registerTaskDefinition',
    role: 'operator',
    resource: ({ document }) => `task definition ${/"family"\s*:\s*"([A-Za-z0-9_-]{1,255})"/.exec(document)?.[1] ?? ''}`.trim(),
  },
);

export const deregisterTaskDefinitions = validatedAction(
  deregisterRevisionsSchema,
  async ({ taskDefinitions }) => {
    const ecs = await ecsClient();
    const results = await Promise.allSettled(
      taskDefinitions.map((taskDefinition) => ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition }))),
    );
    const failed = results.findIndex((r) => r.status === 'rejected');
    const rejected = results[failed];
    if (rejected?.status === 'rejected') {
      const state = actionErrorFromEcs(
        rejected.reason,
        { taskDefinitions: taskDefinitions.join(',') },
        'deregisterTaskDefinition',
      );
      if (state.status === 'error') state.message = `${taskDefinitions[failed]}: ${state.message}`;
      return state;
    }
    await setFlash('success', `Task definition ${taskDefinitions.join(', ')} has been successfully deregistered.`);
    revalidatePath(paths.taskDefinitions(), 'layout');
    redirect(paths.family(parseFamilyRevision(taskDefinitions[0]).family));
  },
  revisionsPolicy('deregisterTaskDefinitions'),
);

export const deleteTaskDefinitions = validatedAction(
  deleteRevisionsSchema,
  async ({ taskDefinitions }) => {
    let failures: { arn?: string; reason?: string }[];
    try {
      const out = await (await ecsClient()).send(new DeleteTaskDefinitionsCommand({ taskDefinitions }));
      failures = out.failures ?? [];
    } catch (err) {
      return actionErrorFromEcs(err, { taskDefinitions: taskDefinitions.join(',') }, 'deleteTaskDefinitions');
    }
    if (failures.length > 0) {
      const lines = failures.map((f) => `${resourceName(f.arn)}: ${f.reason}`);
      return { status: 'error', message: lines.join(' '), values: { taskDefinitions: taskDefinitions.join(',') } };
    }
    await setFlash('success', `Task definition ${taskDefinitions.join(', ')} deletion has been requested.`);
    revalidatePath(paths.taskDefinitions(), 'layout');
    redirect(paths.family(parseFamilyRevision(taskDefinitions[0]).family));
  },
  revisionsPolicy('deleteTaskDefinitions'),
);
