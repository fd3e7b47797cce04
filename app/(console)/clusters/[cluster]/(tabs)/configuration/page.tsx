import { notFound } from 'next/navigation';
import { ClusterCapacityForm } from '@/components/clusters/cluster-capacity-form';
import { ClusterSettingsForm } from '@/components/clusters/cluster-settings-form';
import { KeyValueGrid } from '@/components/ui/key-value';
import { Panel } from '@/components/ui/panel';
import { getCluster } from '@/lib/ecs/clusters';

// Configuration tab: monitoring and capacity providers editable in place; the rest shown as configured.
export default async function ClusterConfigurationPage({ params }: { params: Promise<{ cluster: string }> }) {
  const cluster = await getCluster(decodeURIComponent((await params).cluster));
  if (!cluster) notFound();
  return (
    <div className="space-y-5">
      <ClusterSettingsForm cluster={cluster.name} containerInsights={cluster.containerInsights} />
      <ClusterCapacityForm cluster={cluster.name} providers={cluster.capacityProviders} strategy={cluster.defaultStrategy} />
      <Panel title="Other configuration">
        <KeyValueGrid
          items={[
            { label: 'Service Connect default namespace', value: cluster.serviceConnectNamespace ?? '-' },
            { label: 'ECS Exec logging', value: cluster.executeCommandLogging ?? 'DEFAULT' },
            { label: 'Capacity provider updates', value: cluster.attachmentsStatus ?? '-' },
          ]}
        />
      </Panel>
    </div>
  );
}
