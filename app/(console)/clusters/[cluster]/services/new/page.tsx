import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CreateServiceForm } from '@/components/services/create-service-form';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getLaunchOptions } from '@/lib/ecs/launch-options';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Create service' };

type Props = { params: Promise<{ cluster: string }>; searchParams: Promise<{ taskDefinition?: string }> };

// Create service in a cluster; ?taskDefinition=family:revision preselects one (the task definition's "Deploy").
export default async function CreateServicePage({ params, searchParams }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const wanted = (await searchParams).taskDefinition;
  const result = await attempt('create service options', () => getLaunchOptions(cluster, wanted));
  if (result.ok && !result.data.cluster) notFound();
  return (
    <div className="max-w-4xl">
      <Breadcrumbs
        items={[
          { label: 'Clusters', href: paths.clusters() },
          { label: cluster, href: paths.clusterTab(cluster, 'services') },
          { label: 'Create service' },
        ]}
      />
      <PageHeader title="Create service" description="A service runs and maintains a number of tasks from one task definition." />
      {result.ok ? (
        <CreateServiceForm cluster={cluster} options={result.data} />
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.newService(cluster)} />
      )}
    </div>
  );
}
