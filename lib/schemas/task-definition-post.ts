// What the register action checks before it calls ECS: the posted text is JSON, has RegisterTaskDefinition's
// shape, and meets ECS's rules (the same ones the editor shows as you type). Pure, so it is unit-tested.
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { validateTaskDefinition } from '../ecs-rules/task-definition';
import { taskDefinitionShapeProblems } from './task-definition';

export type PostedTaskDefinition =
  | { ok: true; input: RegisterTaskDefinitionCommandInput }
  | { ok: false; problems: { path: string; message: string }[] };

export function checkPostedTaskDefinition(document: string): PostedTaskDefinition {
  let input: unknown;
  try {
    input = JSON.parse(document);
  } catch {
    return { ok: false, problems: [{ path: '', message: 'The task definition is not valid JSON.' }] };
  }
  const shape = taskDefinitionShapeProblems(input);
  if (shape.length > 0) return { ok: false, problems: shape };
  const valid = input as RegisterTaskDefinitionCommandInput;
  const rules = validateTaskDefinition(valid);
  return rules.length > 0 ? { ok: false, problems: rules } : { ok: true, input: valid };
}
