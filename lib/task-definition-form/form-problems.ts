// Validation of the form: ECS's rules (lib/ecs-rules/task-definition.ts) run on the input the form maps to,
// and each problem's input path is moved to the form field that edits it. Numbers typed as text are checked
// here first, since the rules only see numbers.
import { validateTaskDefinition } from '@/lib/ecs-rules/task-definition';
import type { TaskDefinitionForm } from './form-model';
import { formToInput } from './mapping';
import { isIntText } from './text-lists';

export interface FormProblem {
  /** Form path such as `containers.0.image` or `containers.1.environment.2.value`; '' = the whole definition. */
  path: string;
  message: string;
}

/** Index of the `n`-th environment row of a kind in the form's mixed list. */
function environmentRow(form: TaskDefinitionForm, container: number, kind: 'value' | 'valueFrom', n: number): number {
  const rows = form.containers[container]?.environment ?? [];
  let seen = -1;
  for (let i = 0; i < rows.length; i++) if (rows[i].valueType === kind && ++seen === n) return i;
  return -1;
}

function containerPath(form: TaskDefinitionForm, i: number, rest: string[]): string {
  const base = `containers.${i}`;
  const [head, index, field] = rest;
  switch (head) {
    case undefined:
      return base;
    case 'environment':
    case 'secrets': {
      const row = environmentRow(form, i, head === 'environment' ? 'value' : 'valueFrom', Number(index));
      if (row < 0) return `${base}.environment`;
      return `${base}.environment.${row}.${field === 'name' ? 'name' : 'value'}`;
    }
    case 'resourceRequirements':
      return `${base}.gpu`;
    case 'repositoryCredentials':
      return `${base}.repositoryCredentials`;
    case 'logConfiguration':
      return `${base}.logConfiguration.${index === 'logDriver' ? 'logDriver' : 'options'}`;
    default:
      return [base, ...rest].join('.');
  }
}

/** Moves a rules problem's input path (`containerDefinitions.0.secrets.1.valueFrom`) to its form field. */
export function inputPathToFormPath(path: string, form: TaskDefinitionForm): string {
  const parts = path === '' ? [] : path.split('.');
  const [head, ...rest] = parts;
  switch (head) {
    case 'containerDefinitions':
      return rest.length === 0 ? 'containers' : containerPath(form, Number(rest[0]), rest.slice(1));
    case 'runtimePlatform':
      return rest[0] ?? 'operatingSystemFamily';
    case 'ephemeralStorage':
      return 'ephemeralStorage';
    case 'volumes': {
      const [index, field, sub] = rest;
      if (field === 'host') return `volumes.${index}.sourcePath`;
      if (field === 'dockerVolumeConfiguration' || field === 'efsVolumeConfiguration')
        return sub ? `volumes.${index}.${field === 'efsVolumeConfiguration' ? 'efs' : 'docker'}.${sub}` : `volumes.${index}.kind`;
      return parts.join('.');
    }
    default:
      return path;
  }
}

function numberProblems(form: TaskDefinitionForm): FormProblem[] {
  const out: FormProblem[] = [];
  const check = (path: string, text: string) => {
    if (!isIntText(text.trim()) || text.trim() !== text) out.push({ path, message: 'Enter a whole number.' });
  };
  check('ephemeralStorage', form.ephemeralStorage);
  form.containers.forEach((c, i) => {
    const at = `containers.${i}`;
    for (const key of ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'] as const)
      check(`${at}.${key}`, c[key]);
    if (c.gpu !== '' && !/^[1-9]\d*$/.test(c.gpu)) out.push({ path: `${at}.gpu`, message: 'Enter a whole number of GPUs.' });
    for (const key of ['interval', 'timeout', 'retries', 'startPeriod'] as const)
      check(`${at}.healthCheck.${key}`, c.healthCheck[key]);
    c.portMappings.forEach((pm, j) => {
      check(`${at}.portMappings.${j}.containerPort`, pm.containerPort);
      check(`${at}.portMappings.${j}.hostPort`, pm.hostPort);
    });
    c.ulimits.forEach((u, j) => {
      for (const key of ['softLimit', 'hardLimit'] as const)
        if (u[key] === '' || !isIntText(u[key]))
          out.push({ path: `${at}.ulimits.${j}.${key}`, message: 'Enter a whole number.' });
      if (u.name === '') out.push({ path: `${at}.ulimits.${j}.name`, message: 'Choose a limit name.' });
    });
    c.environment.forEach((e, j) => {
      if (e.name === '') out.push({ path: `${at}.environment.${j}.name`, message: 'Enter a key for the environment variable.' });
    });
  });
  form.tags.forEach((t, j) => {
    if (t.key === '') out.push({ path: `tags.${j}.key`, message: 'Enter a tag key.' });
  });
  return out;
}

/** Every problem with the form, each at the form field that fixes it. */
/**
 * ECS's wording for an empty required field ("Container.image should not be null or empty.") says what the API
 * rejects, not what to do; the form says what to type, naming the container when there can be several.
 */
const PLAIN_EMPTY_FIELD: Record<string, (container: string) => string> = {
  'Container.image should not be null or empty.': (c) =>
    `Enter an Image URI for ${c}, for example nginx:latest or public.ecr.aws/docker/library/nginx:latest.`,
  'Container.name should not be null or empty.': (c) => `Enter a Container name for ${c}.`,
  'Family should not be null or empty.': () => 'Enter a Task definition family name.',
};

function plainMessage(path: string, message: string, form: TaskDefinitionForm): string {
  const say = PLAIN_EMPTY_FIELD[message];
  if (!say) return message;
  const index = /^containers\.(\d+)\./.exec(path)?.[1];
  const name = index === undefined ? '' : form.containers[Number(index)]?.name;
  return say(index === undefined ? 'the task definition' : name ? `container ${name}` : `container ${Number(index) + 1}`);
}

export function validateForm(form: TaskDefinitionForm): FormProblem[] {
  const rules = validateTaskDefinition(formToInput(form)).map((p) => {
    const path = inputPathToFormPath(p.path, form);
    return { path, message: plainMessage(path, p.message, form) };
  });
  return [...numberProblems(form), ...rules];
}

/** Problems grouped by form path, for `aria-invalid` and the messages under each field. */
export function problemsByPath(problems: readonly FormProblem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    if (!out[p.path]) out[p.path] = [];
    if (!out[p.path].includes(p.message)) out[p.path].push(p.message);
  }
  return out;
}
