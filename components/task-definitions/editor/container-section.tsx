'use client';
// One container of the editor: details, port mappings, resource limits, environment and logging, then the rarer
// settings in collapsible sub-sections. Containers can be moved up and down and removed (at least one stays).
import { Button } from '@/components/ui/button';
import { ContainerDockerSettings } from './container-docker-settings';
import { ContainerStartupSettings } from './container-startup-settings';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText, PathError } from './editor-fields';
import { EnvironmentVariables } from './environment-variables';
import { LogCollection } from './log-collection';
import { PortMappings } from './port-mappings';

const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export function ContainerSection({ index, count }: { index: number; count: number }) {
  const { form, update, bind, bindCheck } = useEditor();
  const c = form.containers[index];
  const move = (to: number) => update((d) => void d.containers.splice(to, 0, ...d.containers.splice(index, 1)));
  const title = `Container - ${index + 1}`;
  const extra = Object.keys(c.extra);
  return (
    <section
      aria-label={title}
      className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 px-5 pt-4 pb-2">
        <h3 className="text-lg font-bold">
          {title}
          {c.name && <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({c.name})</span>}
        </h3>
        <div className="flex gap-1">
          <Button variant="link" disabled={index === 0} onClick={() => move(index - 1)} aria-label={`Move ${title} up`}>
            ↑ Up
          </Button>
          <Button variant="link" disabled={index === count - 1} onClick={() => move(index + 1)} aria-label={`Move ${title} down`}>
            ↓ Down
          </Button>
          <Button variant="link" disabled={count === 1} onClick={() => update((d) => void d.containers.splice(index, 1))}>
            Remove {title}
          </Button>
        </div>
      </header>
      <div className="space-y-5 px-5 pb-5">
        <PathError path={`containers.${index}`} />
        <div className="grid gap-4 sm:grid-cols-[1fr_2fr_auto]">
          <FormText label="Container name" {...bind('containers', index, 'name')} />
          <FormText label="Image URI" placeholder="public.ecr.aws/nginx/nginx:latest" {...bind('containers', index, 'image')} />
          <FormSelect
            label="Essential container"
            options={YES_NO}
            {...bind('containers', index, 'essential')}
            value={c.essential === 'false' ? 'false' : 'true'}
          />
        </div>
        <PortMappings index={index} />
        <FormCheckbox
          label="Read only root file system"
          description="The container gets read-only access to its root file system."
          {...bindCheck('containers', index, 'readonlyRootFilesystem')}
        />
        <div>
          <h4 className="mb-2 text-sm font-bold">Resource allocation limits</h4>
          <div className="grid gap-4 sm:grid-cols-4">
            <FormText label="CPU" description="CPU units (1024 = 1 vCPU)" numeric {...bind('containers', index, 'cpu')} />
            <FormText label="GPU" description="Number of GPUs" numeric {...bind('containers', index, 'gpu')} />
            <FormText label="Memory hard limit" description="MiB" numeric {...bind('containers', index, 'memory')} />
            <FormText label="Memory soft limit" description="MiB" numeric {...bind('containers', index, 'memoryReservation')} />
          </div>
        </div>
        <EnvironmentVariables index={index} />
        <LogCollection index={index} />
        <div className="space-y-2">
          <ContainerStartupSettings index={index} />
          <ContainerDockerSettings index={index} />
          {extra.length > 0 && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Also kept from the JSON (edit them there): {extra.join(', ')}.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
