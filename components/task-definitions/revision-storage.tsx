// The revision page's Storage and Tags tabs.
import type { ContainerDefinition, Volume } from '@aws-sdk/client-ecs';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';

function volumeType(v: Volume): string {
  if (v.configuredAtLaunch) return 'EBS (configured at deployment)';
  if (v.efsVolumeConfiguration) return `EFS ${v.efsVolumeConfiguration.fileSystemId}`;
  if (v.dockerVolumeConfiguration) return `Docker volume (${v.dockerVolumeConfiguration.scope ?? 'task'})`;
  if (v.host?.sourcePath) return `Bind mount ${v.host.sourcePath}`;
  return 'Bind mount';
}

export function RevisionStorage({
  ephemeralGiB,
  volumes,
  containers,
}: {
  ephemeralGiB?: number;
  volumes: Volume[];
  containers: ContainerDefinition[];
}) {
  const mounts = containers.flatMap((c) => (c.mountPoints ?? []).map((m) => ({ container: c.name ?? '', ...m })));
  return (
    <div className="space-y-4">
      <Panel headingLevel={3} title="Ephemeral storage">
        <KeyValueGrid items={[{ label: 'Amount', value: `${ephemeralGiB ?? 20} GiB` }]} />
      </Panel>
      <Panel headingLevel={3} title={`Volumes (${volumes.length})`}>
        {volumes.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No volumes.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {volumes.map((v) => (
              <li key={v.name}>
                <span className="font-semibold">{v.name}</span>: {volumeType(v)}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel headingLevel={3} title={`Mount points (${mounts.length})`}>
        {mounts.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No mount points.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {mounts.map((m, i) => (
              <li key={i}>
                {m.container}: {m.sourceVolume} → {m.containerPath}
                {m.readOnly ? ' (read only)' : ''}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}

export function RevisionTags({ tags }: { tags: { key: string; value: string }[] }) {
  return (
    <Panel headingLevel={3} title={`Tags (${tags.length})`}>
      {tags.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No tags.</p>
      ) : (
        <KeyValueGrid columns={2} items={tags.map((t) => ({ label: t.key, value: t.value || '-' }))} />
      )}
    </Panel>
  );
}
