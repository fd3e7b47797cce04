'use client';
// Storage (ephemeral storage and volumes) and Tags sections of the editor.
import { Panel } from '@/components/ui/panel';
import { emptyVolume, type VolumeForm } from '@/lib/task-definition-form/form-model';
import { useEditor } from './editor-context';
import { FormSelect, FormText, PathError } from './editor-fields';
import { KeyValueRows, RowList } from './editor-groups';

const VOLUME_TYPES = [
  { value: 'bind', label: 'Bind mount' },
  { value: 'host', label: 'Bind mount (host path, EC2)' },
  { value: 'efs', label: 'EFS' },
  { value: 'ebs', label: 'EBS (configure at deployment)' },
  { value: 'docker', label: 'Docker volume (EC2)' },
];

const DOCKER_SCOPES = [
  { value: '', label: 'Default' },
  { value: 'task', label: 'Task' },
  { value: 'shared', label: 'Shared' },
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
  const { update, bind, bindRows } = useEditor();
  return (
    <Panel title="Storage" className="mb-5">
      <div className="space-y-5">
        <FormText
          label="Amount"
          numeric
          className="max-w-xs"
          description="Ephemeral storage in GiB, 21-200. Leave empty for the default 20 GiB (Fargate)."
          {...bind('ephemeralStorage')}
        />
        <RowList
          title="Volumes"
          itemLabel="Volume"
          {...bindRows(['volumes'], (d) => ({ ...emptyVolume(), name: `volume-${d.volumes.length + 1}` }))}
          render={(v, j) => {
            const type = volumeType(v);
            return (
              <>
                <FormText label="Volume name" className="w-44" {...bind('volumes', j, 'name')} />
                <FormSelect
                  path={`volumes.${j}.kind`}
                  label="Volume type"
                  className="w-60"
                  value={type}
                  options={VOLUME_TYPES}
                  onChange={(x) => update((d) => setVolumeType(d.volumes[j], x))}
                />
                {type === 'host' && <FormText label="Source path" className="w-56" {...bind('volumes', j, 'sourcePath')} />}
                {type === 'efs' && (
                  <>
                    <FormText label="File system ID" className="w-44" {...bind('volumes', j, 'efs', 'fileSystemId')} />
                    <FormText label="Root directory" className="w-40" {...bind('volumes', j, 'efs', 'rootDirectory')} />
                    <FormText label="Access point ID" className="w-40" {...bind('volumes', j, 'efs', 'accessPointId')} />
                  </>
                )}
                {type === 'docker' && (
                  <>
                    <FormText label="Driver" className="w-36" {...bind('volumes', j, 'docker', 'driver')} />
                    <FormSelect
                      label="Scope"
                      className="w-32"
                      options={DOCKER_SCOPES}
                      {...bind('volumes', j, 'docker', 'scope')}
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
  return (
    <Panel title="Tags" description="Up to 50 tags; keys starting with aws: are reserved." className="mb-5">
      <PathError path="tags" />
      <KeyValueRows title="Tags" itemLabel="Tag" max={50} path={['tags']} />
    </Panel>
  );
}
