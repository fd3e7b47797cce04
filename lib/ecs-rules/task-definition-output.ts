// What DescribeTaskDefinition returns beyond what RegisterTaskDefinition takes, so that a described revision can
// be registered again: the revision page's "Create new revision" and a pasted describe-task-definition output.
import type { TaskDefinitionInput } from './task-definition';

/** Members DescribeTaskDefinition returns that RegisterTaskDefinition does not take. */
export const OUTPUT_ONLY_KEYS: readonly string[] = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

/** A described task definition without its output-only members, and which of them it had. */
export function withoutOutputOnly(taskDefinition: Record<string, unknown>): {
  input: Record<string, unknown>;
  stripped: string[];
} {
  const input: Record<string, unknown> = {};
  const stripped: string[] = [];
  for (const [key, value] of Object.entries(taskDefinition)) {
    if (OUTPUT_ONLY_KEYS.includes(key)) stripped.push(key);
    else input[key] = value;
  }
  return { input, stripped };
}

/** A described task definition as a RegisterTaskDefinition input: output-only members dropped, tags added. */
export function describedToInput(taskDefinition: Record<string, unknown>, tags?: unknown[]): TaskDefinitionInput {
  const { input } = withoutOutputOnly(taskDefinition);
  if (tags && tags.length > 0) input.tags = tags;
  return input as unknown as TaskDefinitionInput;
}
