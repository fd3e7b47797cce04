import type { Metadata } from 'next';
import { CreateClusterForm } from '@/components/clusters/create-cluster-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Create cluster' };

export default function CreateClusterPage() {
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ label: 'Clusters', href: paths.clusters() }, { label: 'Create cluster' }]} />
      <PageHeader
        title="Create cluster"
        description="A cluster is a logical grouping of tasks or services that run on infrastructure you choose."
      />
      <CreateClusterForm />
    </div>
  );
}
