'use client';
// "Run new task": task definition and revision, compute, Desired tasks (1-10), task group, networking,
// container overrides and tags. Offers only what the chosen task definition allows.
import { useActionState, useState } from 'react';
import { ComputeFields, defaultCompute, validCompute } from '@/components/services/compute-fields';
import { NetworkingFields } from '@/components/services/networking-fields';
import { TaskDefinitionPicker } from '@/components/services/task-definition-picker';
import { PermittedButton } from '@/components/shell/permitted';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Panel } from '@/components/ui/panel';
import { TagsEditor } from '@/components/ui/tags-editor';
import { fieldError, idleState, submittedValue } from '@/lib/actions/action-state';
import { runTask } from '@/lib/actions/tasks';
import type { LaunchOptions } from '@/lib/ecs/launch-options';
import { RUN_TASK_COUNT_MAX, TAGS_MAX } from '@/lib/ecs-rules';
import { paths } from '@/lib/paths';
import { ContainerOverrides } from './container-overrides';

export function RunTaskForm({ cluster, options }: { cluster: string; options: LaunchOptions }) {
  const [state, formAction, pending] = useActionState(runTask, idleState);
  const td = options.selected;
  const [compute, setCompute] = useState(() => defaultCompute(td, options.cluster));
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="cluster" value={cluster} />
      {state.status === 'error' && (
        <Alert type="error" title="The task could not be run">
          {state.message}
        </Alert>
      )}
      <Panel title="Compute configuration" description={`Existing cluster: ${cluster}`}>
        <ComputeFields
          td={td}
          cluster={options.cluster}
          value={validCompute(compute, td)}
          onChange={setCompute}
          strategyError={fieldError(state, 'strategy')}
        />
      </Panel>
      <Panel title="Deployment configuration" description="Application type: Task">
        <div className="space-y-4">
          <TaskDefinitionPicker families={options.families} selected={td} error={fieldError(state, 'taskDefinition')} />
          <div className="grid max-w-xl gap-4 sm:grid-cols-2">
            <TextField
              id="count"
              name="count"
              type="number"
              min={1}
              max={RUN_TASK_COUNT_MAX}
              label="Desired tasks"
              constraint={`1 to ${RUN_TASK_COUNT_MAX} tasks per run.`}
              defaultValue={submittedValue(state, 'count', '1')}
              error={fieldError(state, 'count')}
            />
            <TextField
              id="group"
              name="group"
              label="Task group - optional"
              constraint={td ? `Default: family:${td.family}` : undefined}
              defaultValue={submittedValue(state, 'group')}
              error={fieldError(state, 'group')}
            />
          </div>
        </div>
      </Panel>
      <Panel title="Networking" description="For task definitions that use the awsvpc network mode.">
        <NetworkingFields td={td} state={state} />
      </Panel>
      <Panel title="Container overrides - optional">
        <ContainerOverrides td={td} state={state} />
      </Panel>
      <Panel title="Tags - optional">
        <TagsEditor max={TAGS_MAX} error={fieldError(state, 'tags')} />
      </Panel>
      <div className="flex justify-end gap-2">
        <ButtonLink href={paths.clusterTab(cluster, 'tasks')} variant="link">
          Cancel
        </ButtonLink>
        <PermittedButton needs="operator" type="submit" variant="primary" disabled={pending || !td}>
          {pending ? 'Creating…' : 'Create'}
        </PermittedButton>
      </div>
    </form>
  );
}
