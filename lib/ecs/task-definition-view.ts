// Task definition view models: a row of the family's revisions table, and the revision page's detail: the row's
// summary and more, the describe-task-definition document as plain JSON (timestamps as ISO strings) for the JSON
// tab, and the RegisterTaskDefinition input it came from, which the editor and "Compare revisions" start from.
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { TaskDefinitionInput } from '../ecs-rules/task-definition';
import { describedToInput } from '../ecs-rules/task-definition-output';

export interface TaskDefinitionRevisionRow {
  family: string;
  revision: number;
  familyRevision: string;
  arn: string;
  status: string;
  registeredAt?: string;
  deregisteredAt?: string;
  cpu?: string;
  memory?: string;
  launchTypes: string[];
}

export interface TaskDefinitionDetail extends TaskDefinitionRevisionRow {
  registeredBy?: string;
  networkMode?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  compatibilities: string[];
  operatingSystemFamily?: string;
  cpuArchitecture?: string;
  ephemeralStorageGiB?: number;
  tags: { key: string; value: string }[];
  /** `{taskDefinition, tags}` as `aws ecs describe-task-definition --include TAGS` prints it. */
  described: Record<string, unknown>;
  /** The same definition as a RegisterTaskDefinition input (output-only members stripped, tags included). */
  input: TaskDefinitionInput;
}

/** Dates → ISO strings, so the document crosses to the browser as plain JSON. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v)]),
    );
  return value;
}

/** `family` stands in when ECS's answer lacks one. */
export function toRevisionRow(td: TaskDefinition, family = ''): TaskDefinitionRevisionRow {
  const name = td.family ?? family;
  return {
    family: name,
    revision: td.revision ?? 0,
    familyRevision: `${name}:${td.revision ?? 0}`,
    arn: td.taskDefinitionArn ?? '',
    status: td.status ?? 'UNKNOWN',
    registeredAt: td.registeredAt?.toISOString(),
    deregisteredAt: td.deregisteredAt?.toISOString(),
    cpu: td.cpu,
    memory: td.memory,
    launchTypes: td.requiresCompatibilities ?? [],
  };
}

export function toTaskDefinitionDetail(td: TaskDefinition, tags: Tag[]): TaskDefinitionDetail {
  const plainTags = tags.map((t) => ({ key: t.key ?? '', value: t.value ?? '' }));
  const described = plain(tags.length > 0 ? { taskDefinition: td, tags } : { taskDefinition: td }) as Record<string, unknown>;
  return {
    ...toRevisionRow(td),
    registeredBy: td.registeredBy,
    networkMode: td.networkMode,
    taskRoleArn: td.taskRoleArn,
    executionRoleArn: td.executionRoleArn,
    compatibilities: td.compatibilities ?? [],
    operatingSystemFamily: td.runtimePlatform?.operatingSystemFamily,
    cpuArchitecture: td.runtimePlatform?.cpuArchitecture,
    ephemeralStorageGiB: td.ephemeralStorage?.sizeInGiB,
    tags: plainTags,
    described,
    input: describedToInput(described.taskDefinition as Record<string, unknown>, plainTags),
  };
}

/** Revision numbers as ranges for a sentence: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". */
export function revisionRanges(revisions: readonly number[]): string {
  const parts: string[] = [];
  let start = revisions[0];
  for (let i = 1; i <= revisions.length; i++) {
    if (revisions[i] === revisions[i - 1] + 1) continue;
    const end = revisions[i - 1];
    parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = revisions[i];
  }
  return parts.join(', ');
}
