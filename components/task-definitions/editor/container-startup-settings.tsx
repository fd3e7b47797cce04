'use client';
// How the container starts and is judged healthy, in collapsible sub-sections that open when they have content:
// health check, startup dependency ordering and the start/stop timeouts.
import { useEditor } from './editor-context';
import { FormSelect, FormText } from './editor-fields';
import { RowList, SubSection } from './editor-groups';

const CONDITIONS = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'].map((v) => ({ value: v, label: v }));

const HEALTH_CHECK_TIMES = [
  ['interval', 'Interval', '5-300 s, default 30'],
  ['timeout', 'Timeout', '2-60 s, default 5'],
  ['startPeriod', 'Start period', '0-300 s, default off'],
  ['retries', 'Retries', '1-10, default 3'],
] as const;

export function ContainerStartupSettings({ index }: { index: number }) {
  const { form, bind, bindRows } = useEditor();
  const c = form.containers[index];
  const others = form.containers.map((x) => x.name).filter((n) => n && n !== c.name);
  return (
    <>
      <SubSection title="HealthCheck" open={Object.values(c.healthCheck).some(Boolean)}>
        <FormText
          label="Command"
          description="Comma separated, starting with CMD or CMD-SHELL, for example: CMD-SHELL, curl -f http://localhost/ || exit 1"
          {...bind('containers', index, 'healthCheck', 'command')}
        />
        <div className="grid gap-4 sm:grid-cols-4">
          {HEALTH_CHECK_TIMES.map(([key, label, hint]) => (
            <FormText key={key} label={label} description={hint} numeric {...bind('containers', index, 'healthCheck', key)} />
          ))}
        </div>
      </SubSection>
      <SubSection title="Startup dependency ordering" open={c.dependsOn.length > 0}>
        <RowList
          title="Dependencies"
          itemLabel="Container dependency"
          {...bindRows(['containers', index, 'dependsOn'], () => ({ containerName: others[0] ?? '', condition: 'START' }))}
          render={(_, j) => (
            <>
              <FormSelect
                label="Container name"
                className="w-48"
                options={[{ value: '', label: 'Choose a container' }, ...others.map((n) => ({ value: n, label: n }))]}
                {...bind('containers', index, 'dependsOn', j, 'containerName')}
              />
              <FormSelect
                label="Condition"
                className="w-36"
                options={CONDITIONS}
                {...bind('containers', index, 'dependsOn', j, 'condition')}
              />
            </>
          )}
        />
      </SubSection>
      <SubSection title="Container timeouts" open={Boolean(c.startTimeout || c.stopTimeout)}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormText label="Start timeout" description="Seconds" numeric {...bind('containers', index, 'startTimeout')} />
          <FormText
            label="Stop timeout"
            description="Seconds (Fargate: 2-120)"
            numeric
            {...bind('containers', index, 'stopTimeout')}
          />
        </div>
      </SubSection>
    </>
  );
}
