// Reads JSON typed or pasted into the editor: a `describe-task-definition` output ({taskDefinition, tags}),
// a `register-task-definition --cli-input-json` document, or a bare task definition. Output-only members are
// stripped (as the AWS console does for "Create new revision with JSON"); unknown members are refused with
// their location, since ECS would refuse them too.
import type { TaskDefinitionInput } from '@/lib/ecs-rules/task-definition';
import { withoutOutputOnly } from '@/lib/ecs-rules/task-definition-output';
import {
  containerDefinitionSchema,
  portMappingSchema,
  taskDefinitionInputSchema,
  taskDefinitionShapeProblems,
} from '@/lib/schemas/task-definition';
import { jsonSyntaxErrorOffset } from './json-error-offset';

// The members each level may hold: the same zod schemas that check the shape (lib/schemas/task-definition.ts), which
// follow RegisterTaskDefinition's model (botocore 2014-11-13).
const TASK_DEFINITION_KEYS: readonly string[] = taskDefinitionInputSchema.keyof().options;
const CONTAINER_DEFINITION_KEYS: readonly string[] = containerDefinitionSchema.keyof().options;
const PORT_MAPPING_KEYS: readonly string[] = portMappingSchema.keyof().options;

export type PastedJsonResult =
  | { ok: true; input: TaskDefinitionInput; stripped: string[] }
  | { ok: false; message: string /** Offset in the text where the problem is, when known. */; at?: number; key?: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKey(where: string, key: string, allowed: readonly string[], text: string): PastedJsonResult {
  const near = allowed.find((k) => k.toLowerCase() === key.toLowerCase());
  const hint = near ? ` Did you mean '${near}'?` : ' Remove it or check its spelling.';
  const at = text.indexOf(JSON.stringify(key));
  return { ok: false, message: `Unknown key '${key}' in ${where}.${hint}`, at: at < 0 ? undefined : at, key };
}

function checkKeys(document: Record<string, unknown>, text: string): PastedJsonResult | undefined {
  for (const key of Object.keys(document))
    if (!TASK_DEFINITION_KEYS.includes(key)) return unknownKey('the task definition', key, TASK_DEFINITION_KEYS, text);
  const containers = document.containerDefinitions;
  if (containers !== undefined && !Array.isArray(containers))
    return { ok: false, message: "'containerDefinitions' must be a list of container definitions." };
  for (const [i, container] of (containers ?? []).entries()) {
    if (!isObject(container)) return { ok: false, message: `containerDefinitions[${i}] must be an object.` };
    for (const key of Object.keys(container))
      if (!CONTAINER_DEFINITION_KEYS.includes(key))
        return unknownKey(`containerDefinitions[${i}]`, key, CONTAINER_DEFINITION_KEYS, text);
    const ports = container.portMappings;
    for (const [j, pm] of (Array.isArray(ports) ? ports : []).entries())
      for (const key of Object.keys(isObject(pm) ? pm : {}))
        if (!PORT_MAPPING_KEYS.includes(key))
          return unknownKey(`containerDefinitions[${i}].portMappings[${j}]`, key, PORT_MAPPING_KEYS, text);
  }
  return undefined;
}

/** The task definition inside a pasted document, with output-only members stripped. */
export function fromPastedJson(text: string): PastedJsonResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Invalid JSON: ${message}`, at: jsonSyntaxErrorOffset(text) };
  }
  if (!isObject(parsed)) return { ok: false, message: 'The JSON must be an object: a task definition.' };
  let document: Record<string, unknown> = parsed;
  let tags: unknown;
  if (isObject(parsed.taskDefinition)) {
    // describe-task-definition output: {taskDefinition, tags}
    for (const key of Object.keys(parsed))
      if (key !== 'taskDefinition' && key !== 'tags')
        return unknownKey('the describe-task-definition output', key, ['taskDefinition', 'tags'], text);
    document = parsed.taskDefinition;
    tags = parsed.tags;
  }
  const { input, stripped } = withoutOutputOnly(document);
  if (Array.isArray(tags) && tags.length > 0 && input.tags === undefined) input.tags = tags;
  const problem = checkKeys(input, text);
  if (problem) return problem;
  const [shape] = taskDefinitionShapeProblems(input);
  if (shape) {
    const key = shape.path.split('.').findLast((part) => !/^\d+$/.test(part));
    const at = key ? text.indexOf(JSON.stringify(key)) : -1;
    return { ok: false, message: shape.message, at: at < 0 ? undefined : at, key };
  }
  return { ok: true, input: input as unknown as TaskDefinitionInput, stripped };
}
