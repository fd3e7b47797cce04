import type { Metadata } from 'next';
import { CreateCapacityProviderForm } from '@/components/capacity-providers/create-capacity-provider-form';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';

export const metadata: Metadata = { title: 'Create capacity provider' };

type Props = { params: Promise<{ cluster: string }> };

// Create an Auto Scaling group capacity provider and add it to the cluster.
export default async function CreateCapacityProviderPage({ params }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[...clusterTrail(cluster, 'infrastructure'), { label: 'Create capacity provider' }]} />
      <PageHeader
        title="Create capacity provider"
        description="An Auto Scaling group capacity provider: ECS places the tasks that use it on the group's instances and can scale the group for them."
      />
      <CreateCapacityProviderForm cluster={cluster} />
    </div>
  );
}
