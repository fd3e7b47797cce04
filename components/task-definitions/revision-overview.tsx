// The revision page's overview: ARN, status, launch types, OS, size, network mode, roles, registration.
import { StatusBadge } from '@/components/ui/badge';
import { CopyableText } from '@/components/ui/copy-button';
import { DateTime } from '@/components/ui/date-time';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import type { TaskDefinitionDetail } from '@/lib/ecs/task-definitions';
import { taskSize } from './task-size';

export function RevisionOverview({ td }: { td: TaskDefinitionDetail }) {
  return (
    <Panel title="Overview" className="mb-5">
      <KeyValueGrid
        columns={4}
        items={[
          { label: 'ARN', value: <CopyableText value={td.arn} /> },
          { label: 'Status', value: <StatusBadge status={td.status} /> },
          { label: 'App environment', value: td.launchTypes.join(', ') || '-' },
          { label: 'Compatibilities', value: td.compatibilities.join(', ') || '-' },
          {
            label: 'Operating system/Architecture',
            value: td.operatingSystemFamily ? `${td.operatingSystemFamily}/${td.cpuArchitecture ?? 'X86_64'}` : '-',
          },
          { label: 'Task size', value: taskSize(td.cpu, td.memory) },
          { label: 'Network mode', value: td.networkMode ?? 'bridge' },
          { label: 'Task role', value: td.taskRoleArn ?? '-' },
          { label: 'Task execution role', value: td.executionRoleArn ?? '-' },
          { label: 'Registered at', value: <DateTime iso={td.registeredAt} /> },
          { label: 'Registered by', value: td.registeredBy ?? '-' },
          ...(td.deregisteredAt ? [{ label: 'Deregistered at', value: <DateTime iso={td.deregisteredAt} /> }] : []),
        ]}
      />
    </Panel>
  );
}
