// "Cluster overview" panel: ARN, status, monitoring and the counts the console shows.
import { StatusBadge } from '@/components/ui/badge';
import { CopyableText } from '@/components/ui/copy-button';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { type ClusterDetail, monitoringLabel } from '@/lib/ecs/cluster-view';

export function ClusterOverview({ cluster }: { cluster: ClusterDetail }) {
  return (
    <Panel title="Cluster overview" className="mb-5">
      <KeyValueGrid
        columns={3}
        items={[
          { label: 'ARN', value: <CopyableText value={cluster.arn} /> },
          { label: 'Status', value: <StatusBadge status={cluster.status} /> },
          { label: 'CloudWatch monitoring', value: monitoringLabel(cluster.containerInsights) },
          { label: 'Registered container instances', value: cluster.containerInstances },
          {
            label: 'Services',
            value: (
              <span>
                Draining {cluster.drainingServices} <span className="text-zinc-400">|</span> Active {cluster.activeServices}
              </span>
            ),
          },
          {
            label: 'Tasks',
            value: (
              <span>
                Pending {cluster.pendingTasks} <span className="text-zinc-400">|</span> Running {cluster.runningTasks}
              </span>
            ),
          },
        ]}
      />
    </Panel>
  );
}
