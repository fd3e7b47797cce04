'use client';
// One container of the editor: details, port mappings, resource limits, environment and logging; the rarer
// settings are in ContainerMore. Containers can be moved up and down and removed (at least one stays).
import { Button } from '@/components/ui/button';
import type { ContainerForm, TaskDefinitionForm } from '@/lib/task-definition-form/form-model';
import { ContainerMore } from './container-more';
import { Environment, Logging, PortMappings } from './container-rows';
import { useEditor } from './editor-context';
import { FormCheckbox, FormSelect, FormText, PathError } from './editor-fields';

export type ContainerEdit = (recipe: (c: ContainerForm, draft: TaskDefinitionForm) => void) => void;

const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export function ContainerSection({ index, count }: { index: number; count: number }) {
  const { form, update } = useEditor();
  const c = form.containers[index];
  const at = `containers.${index}`;
  const edit: ContainerEdit = (recipe) => update((d) => recipe(d.containers[index], d));
  const move = (to: number) => update((d) => void d.containers.splice(to, 0, ...d.containers.splice(index, 1)));
  const title = `Container - ${index + 1}`;
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
        <PathError path={at} />
        <div className="grid gap-4 sm:grid-cols-[1fr_2fr_auto]">
          <FormText
            path={`${at}.name`}
            label="Container name"
            value={c.name}
            onChange={(v) =>
              edit((x) => {
                x.name = v;
              })
            }
          />
          <FormText
            path={`${at}.image`}
            label="Image URI"
            placeholder="public.ecr.aws/nginx/nginx:latest"
            value={c.image}
            onChange={(v) =>
              edit((x) => {
                x.image = v;
              })
            }
          />
          <FormSelect
            path={`${at}.essential`}
            label="Essential container"
            value={c.essential === 'false' ? 'false' : 'true'}
            options={YES_NO}
            onChange={(v) =>
              edit((x) => {
                x.essential = v as 'true' | 'false';
              })
            }
          />
        </div>
        <PortMappings c={c} at={at} edit={edit} />
        <FormCheckbox
          path={`${at}.readonlyRootFilesystem`}
          label="Read only root file system"
          description="The container gets read-only access to its root file system."
          checked={c.readonlyRootFilesystem === 'true'}
          onChange={(on) =>
            edit((x) => {
              x.readonlyRootFilesystem = on ? 'true' : 'false';
            })
          }
        />
        <div>
          <h4 className="mb-2 text-sm font-bold">Resource allocation limits</h4>
          <div className="grid gap-4 sm:grid-cols-4">
            <FormText
              path={`${at}.cpu`}
              label="CPU"
              description="CPU units (1024 = 1 vCPU)"
              numeric
              value={c.cpu}
              onChange={(v) =>
                edit((x) => {
                  x.cpu = v;
                })
              }
            />
            <FormText
              path={`${at}.gpu`}
              label="GPU"
              description="Number of GPUs"
              numeric
              value={c.gpu}
              onChange={(v) =>
                edit((x) => {
                  x.gpu = v;
                })
              }
            />
            <FormText
              path={`${at}.memory`}
              label="Memory hard limit"
              description="MiB"
              numeric
              value={c.memory}
              onChange={(v) =>
                edit((x) => {
                  x.memory = v;
                })
              }
            />
            <FormText
              path={`${at}.memoryReservation`}
              label="Memory soft limit"
              description="MiB"
              numeric
              value={c.memoryReservation}
              onChange={(v) =>
                edit((x) => {
                  x.memoryReservation = v;
                })
              }
            />
          </div>
        </div>
        <Environment c={c} at={at} edit={edit} />
        <Logging c={c} at={at} edit={edit} />
        <ContainerMore c={c} at={at} edit={edit} />
      </div>
    </section>
  );
}
