import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InstanceAttributes } from '@/components/container-instances/instance-attributes';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { StatusBadge } from '@/components/ui/badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { DateTime } from '@/components/ui/date-time';
import { KeyValueGrid } from '@/components/ui/key-value';
import { PageHeader, Panel } from '@/components/ui/panel';
import { getContainerInstance } from '@/lib/ecs/container-instance';
import { attempt } from '@/lib/ecs/errors';

type Props = { params: Promise<{ cluster: string; instance: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Container instance ${decodeURIComponent((await params).instance)}` };
}

// One container instance: overview, resources, and its attributes (add and remove custom ones).
export default async function ContainerInstancePage({ params }: Props) {
  const { cluster: c, instance: i } = await params;
  const [cluster, id] = [decodeURIComponent(c), decodeURIComponent(i)];
  const crumbs = [...clusterTrail(cluster, 'infrastructure'), { label: id }];
  const result = await attempt(`container instance ${id}`, () => getContainerInstance(cluster, id));
  if (!result.ok && result.error.kind !== 'not-found')
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} />
      </>
    );
  const ci = result.ok ? result.data : undefined;
  if (!ci) notFound();
  const resources = (r: { registered?: number; remaining?: number }, unit = '') =>
    r.registered === undefined ? '-' : `${r.remaining ?? '-'} of ${r.registered}${unit} available`;
  return (
    <div className="space-y-5">
      <Breadcrumbs items={crumbs} />
      <PageHeader title={`Container instance ${id}`} />
      <Panel title="Container instance overview">
        <KeyValueGrid
          items={[
            { label: 'EC2 instance', value: ci.ec2InstanceId },
            { label: 'Status', value: <StatusBadge status={ci.status} /> },
            { label: 'Agent connected', value: ci.agentConnected ? 'Yes' : 'No' },
            { label: 'Capacity provider', value: ci.capacityProvider ?? '-' },
            { label: 'Registered at', value: <DateTime iso={ci.registeredAt} /> },
            { label: 'Tasks', value: `${ci.runningTasks} running, ${ci.pendingTasks} pending` },
            { label: 'CPU', value: resources(ci.cpu) },
            { label: 'Memory', value: resources(ci.memory, ' MiB') },
          ]}
        />
      </Panel>
      <InstanceAttributes cluster={cluster} instance={id} attributes={ci.attributes} />
    </div>
  );
}
