// Names and ids out of ECS ARNs, the one place the console takes an ARN apart. Client-safe, no dependencies.
// ECS ARNs end in `<type>/<name>` or `<type>/<cluster>/<name-or-id>`, so the resource's own part follows the last `/`.

/**
 * The resource's name or id: `…:service/prod/web` → `web`, `…:task/prod/0a1b` → `0a1b`,
 * `…:task-definition/web:3` → `web:3`, `…:container-instance/prod/9f8e` → `9f8e`. A plain name or id comes back as it is.
 */
export function resourceName(arn: string): string;
export function resourceName(arn: string | undefined): string | undefined;
export function resourceName(arn: string | undefined): string | undefined {
  return arn === undefined ? undefined : arn.slice(arn.lastIndexOf('/') + 1);
}

/** `…:task-definition/web:3` (or `web:3`) → `web:3`; `-` when there is none, as the console's tables show it. */
export function familyRevision(taskDefinition: string | undefined): string {
  return taskDefinition ? resourceName(taskDefinition) : '-';
}

/** `…:task-definition/web:3` (or `web:3`) → `{ family: 'web', revision: 3 }`. */
export function parseFamilyRevision(taskDefinition: string): { family: string; revision: number } {
  const tail = resourceName(taskDefinition);
  const colon = tail.lastIndexOf(':');
  return { family: tail.slice(0, colon), revision: Number(tail.slice(colon + 1)) };
}
