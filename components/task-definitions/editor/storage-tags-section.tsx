'use client';
// Storage (ephemeral storage and volumes) and Tags sections of the editor.
import { Panel } from '@/components/ui/panel';
import { emptyVolume, type VolumeForm } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormSelect, FormText, PathError, RowList } from './editor-fields';

const VOLUME_TYPES = [
  { value: 'bind', label: 'Bind mount' },
  { value: 'host', label: 'Bind mount (host path, EC2)' },
  { value: 'efs', label: 'EFS' },
  { value: 'ebs', label: 'EBS (configure at deployment)' },
  { value: 'docker', label: 'Docker volume (EC2)' },
];

function volumeType(v: VolumeForm): string {
  if (v.configuredAtLaunch === 'true') return 'ebs';
  return v.kind === '' ? 'bind' : v.kind;
}

function setVolumeType(v: VolumeForm, type: string): void {
  v.configuredAtLaunch = type === 'ebs' ? 'true' : '';
  v.kind = type === 'host' || type === 'efs' || type === 'docker' ? type : '';
}

export function StorageSection() {
  const { form, update } = useEditor();
  return (
    <Panel title="Storage" className="mb-5">
      <div className="space-y-5">
        <FormText
          path="ephemeralStorage"
          label="Amount"
          numeric
          className="max-w-xs"
          description="Ephemeral storage in GiB, 21-200. Leave empty for the default 20 GiB (Fargate)."
          value={form.ephemeralStorage}
          onChange={(v) =>
            update((d) => {
              d.ephemeralStorage = v;
            })
          }
        />
        <RowList
          title="Volumes"
          itemLabel="Volume"
          rows={form.volumes}
          onAdd={() => update((d) => d.volumes.push({ ...emptyVolume(), name: `volume-${d.volumes.length + 1}` }))}
          onRemove={(j) => update((d) => d.volumes.splice(j, 1))}
          render={(v, j) => {
            const p = `volumes.${j}`;
            const type = volumeType(v);
            return (
              <>
                <FormText
                  path={`${p}.name`}
                  label="Volume name"
                  className="w-44"
                  value={v.name}
                  onChange={(x) =>
                    update((d) => {
                      d.volumes[j].name = x;
                    })
                  }
                />
                <FormSelect
                  path={`${p}.kind`}
                  label="Volume type"
                  className="w-60"
                  value={type}
                  options={VOLUME_TYPES}
                  onChange={(x) => update((d) => setVolumeType(d.volumes[j], x))}
                />
                {type === 'host' && (
                  <FormText
                    path={`${p}.sourcePath`}
                    label="Source path"
                    className="w-56"
                    value={v.sourcePath}
                    onChange={(x) =>
                      update((d) => {
                        d.volumes[j].sourcePath = x;
                      })
                    }
                  />
                )}
                {type === 'efs' && (
                  <>
                    <FormText
                      path={`${p}.efs.fileSystemId`}
                      label="File system ID"
                      className="w-44"
                      value={v.efs.fileSystemId}
                      onChange={(x) =>
                        update((d) => {
                          d.volumes[j].efs.fileSystemId = x;
                        })
                      }
                    />
                    <FormText
                      path={`${p}.efs.rootDirectory`}
                      label="Root directory"
                      className="w-40"
                      value={v.efs.rootDirectory}
                      onChange={(x) =>
                        update((d) => {
                          d.volumes[j].efs.rootDirectory = x;
                        })
                      }
                    />
                    <FormText
                      path={`${p}.efs.accessPointId`}
                      label="Access point ID"
                      className="w-40"
                      value={v.efs.accessPointId}
                      onChange={(x) =>
                        update((d) => {
                          d.volumes[j].efs.accessPointId = x;
                        })
                      }
                    />
                  </>
                )}
                {type === 'docker' && (
                  <>
                    <FormText
                      path={`${p}.docker.driver`}
                      label="Driver"
                      className="w-36"
                      value={v.docker.driver}
                      onChange={(x) =>
                        update((d) => {
                          d.volumes[j].docker.driver = x;
                        })
                      }
                    />
                    <FormSelect
                      path={`${p}.docker.scope`}
                      label="Scope"
                      className="w-32"
                      value={v.docker.scope}
                      options={[
                        { value: '', label: 'Default' },
                        { value: 'task', label: 'Task' },
                        { value: 'shared', label: 'Shared' },
                      ]}
                      onChange={(x) =>
                        update((d) => {
                          d.volumes[j].docker.scope = x;
                        })
                      }
                    />
                  </>
                )}
              </>
            );
          }}
        />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Mount volumes into containers under each container&apos;s Mount points.
        </p>
      </div>
    </Panel>
  );
}

export function TagsSection() {
  const { form, update } = useEditor();
  return (
    <Panel title="Tags" description="Up to 50 tags; keys starting with aws: are reserved." className="mb-5">
      <PathError path="tags" />
      <RowList
        title="Tags"
        itemLabel="Tag"
        rows={form.tags}
        max={50}
        onAdd={() => update((d) => d.tags.push({ key: '', value: '' }))}
        onRemove={(j) => update((d) => d.tags.splice(j, 1))}
        render={(t, j) => (
          <>
            <FormText
              path={`tags.${j}.key`}
              label="Key"
              className="w-52"
              value={t.key}
              onChange={(x) =>
                update((d) => {
                  d.tags[j].key = x;
                })
              }
            />
            <FormText
              path={`tags.${j}.value`}
              label="Value"
              className="min-w-48 flex-1"
              value={t.value}
              onChange={(x) =>
                update((d) => {
                  d.tags[j].value = x;
                })
              }
            />
          </>
        )}
      />
    </Panel>
  );
}
