// The revision page's Containers tab: one panel per container with its image, limits, ports, environment,
// logging and health check.
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { Badge } from '@/components/ui/badge';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';

function SmallTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  if (rows.length === 0) return null;
  return (
    <table className="mt-4 w-full text-left text-sm">
      <caption className="mb-1 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-200 dark:border-zinc-700">
          {head.map((h) => (
            <th key={h} scope="col" className="py-1 pr-4 font-semibold text-zinc-600 dark:text-zinc-400">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
            {row.map((cell, j) => (
              <td key={j} className="py-1 pr-4 break-all">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContainerPanel({ c }: { c: ContainerDefinition }) {
  const gpu = c.resourceRequirements?.find((r) => r.type === 'GPU')?.value;
  const log = c.logConfiguration;
  return (
    <Panel
      headingLevel={3}
      title={
        <span className="inline-flex items-center gap-2">
          {c.name} {c.essential !== false && <Badge tone="info">Essential</Badge>}
        </span>
      }
      description={c.image}
    >
      <KeyValueGrid
        columns={4}
        items={[
          { label: 'CPU', value: c.cpu !== undefined ? `${c.cpu} units` : '-' },
          { label: 'GPU', value: gpu ?? '-' },
          { label: 'Memory hard limit', value: c.memory !== undefined ? `${c.memory} MiB` : '-' },
          { label: 'Memory soft limit', value: c.memoryReservation !== undefined ? `${c.memoryReservation} MiB` : '-' },
          { label: 'Entry point', value: c.entryPoint?.join(' ') || '-' },
          { label: 'Command', value: c.command?.join(' ') || '-' },
          { label: 'Working directory', value: c.workingDirectory ?? '-' },
          { label: 'Read only root file system', value: c.readonlyRootFilesystem ? 'Yes' : 'No' },
          { label: 'Log driver', value: log?.logDriver ?? 'None' },
          { label: 'Health check', value: c.healthCheck?.command?.join(' ') ?? 'None' },
          {
            label: 'Startup dependencies',
            value: c.dependsOn?.map((d) => `${d.containerName} ${d.condition}`).join(', ') || '-',
          },
        ]}
      />
      <SmallTable
        caption="Port mappings"
        head={['Container port', 'Host port', 'Protocol', 'Port name', 'App protocol']}
        rows={(c.portMappings ?? []).map((p) => [
          p.containerPort ?? p.containerPortRange ?? '-',
          p.hostPort ?? '-',
          p.protocol ?? 'tcp',
          p.name ?? '-',
          p.appProtocol ?? '-',
        ])}
      />
      <SmallTable
        caption="Environment variables"
        head={['Key', 'Value type', 'Value']}
        rows={[
          ...(c.environment ?? []).map((e) => [e.name ?? '', 'Value', e.value ?? '']),
          ...(c.secrets ?? []).map((s) => [s.name ?? '', 'ValueFrom', s.valueFrom ?? '']),
        ]}
      />
      <SmallTable caption="Log options" head={['Key', 'Value']} rows={Object.entries(log?.options ?? {})} />
    </Panel>
  );
}

export function RevisionContainers({ containers }: { containers: ContainerDefinition[] }) {
  return (
    <div className="space-y-4">
      {containers.map((c, i) => (
        <ContainerPanel key={`${c.name}-${i}`} c={c} />
      ))}
    </div>
  );
}
