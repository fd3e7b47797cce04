'use client';
// Container overrides for Run new task: per container, a command override and environment variables.
import { controlClasses, Field, TextField } from '@/components/ui/field';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import type { TaskDefinitionFacts } from '@/lib/ecs/launch-options';
import { cn } from '@/lib/utils';

export function ContainerOverrides({ td, state }: { td?: TaskDefinitionFacts; state: ActionState }) {
  if (!td) return null;
  return (
    <div className="space-y-6">
      {td.containers.map((c, i) => (
        <fieldset key={`${td.familyRevision}-${c.name}`} className="space-y-3">
          <legend className="text-sm font-bold">Container {c.name}</legend>
          <input type="hidden" name={`overrides.${i}.name`} value={c.name} />
          <TextField
            id={`override-${i}-command`}
            name={`overrides.${i}.command`}
            label={`Command override (${c.name})`}
            constraint="Comma separated, as in the console: echo,hello world"
            defaultValue={submittedValue(state, `overrides.${i}.command`)}
            error={fieldError(state, `overrides.${i}.command`)}
          />
          <Field
            id={`override-${i}-environment`}
            label={`Environment variables (${c.name})`}
            constraint="One KEY=value per line. Added to (or replacing) the container's variables."
            error={fieldError(state, `overrides.${i}.environment`)}
          >
            {(a11y) => (
              <textarea
                {...a11y}
                name={`overrides.${i}.environment`}
                rows={3}
                defaultValue={submittedValue(state, `overrides.${i}.environment`)}
                className={cn(controlClasses, 'font-mono')}
              />
            )}
          </Field>
        </fieldset>
      ))}
    </div>
  );
}
