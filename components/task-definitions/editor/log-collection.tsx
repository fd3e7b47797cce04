'use client';
// The container's log collection: on or off (on fills in the awslogs defaults, as the AWS console does), the log
// driver and its options.
import { defaultLogConfiguration, LOG_DRIVERS } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, PathError } from './editor-fields';
import { KeyValueRows } from './editor-groups';

const DRIVERS = LOG_DRIVERS.map((d) => ({ value: d, label: d === 'awslogs' ? 'Amazon CloudWatch (awslogs)' : d }));

export function LogCollection({ index }: { index: number }) {
  const { form, region, update, bind } = useEditor();
  const log = form.containers[index].logConfiguration;
  const at = `containers.${index}.logConfiguration`;
  return (
    <div className="space-y-3">
      <FormCheckbox
        path={`${at}.enabled`}
        label="Use log collection"
        description="Send the container's output to Amazon CloudWatch (awslogs) or another log driver."
        checked={log.enabled}
        onChange={(on) =>
          update((d) => {
            const x = d.containers[index];
            x.logConfiguration =
              on && x.logConfiguration.options.length === 0
                ? defaultLogConfiguration(form.family, region)
                : { ...x.logConfiguration, enabled: on };
          })
        }
      />
      {log.enabled && (
        <>
          <FormSelect
            label="Log driver"
            className="w-56"
            options={DRIVERS}
            {...bind('containers', index, 'logConfiguration', 'logDriver')}
          />
          <PathError path={`${at}.options`} />
          <KeyValueRows title="Log options" itemLabel="Log option" path={['containers', index, 'logConfiguration', 'options']} />
        </>
      )}
    </div>
  );
}
