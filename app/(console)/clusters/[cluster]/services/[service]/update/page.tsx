import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UpdateServiceForm } from '@/components/services/update-service-form';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { getServiceAutoScaling } from '@/lib/autoscaling/auto-scaling';
import { formDefaults } from '@/lib/autoscaling/auto-scaling-view';
import { attempt } from '@/lib/ecs/errors';
import { listActiveRevisions } from '@/lib/ecs/launch-options';
import { getService } from '@/lib/ecs/services';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Update service' };

type Props = {
  params: Promise<{ cluster: string; service: string }>;
  searchParams: Promise<{ taskDefinition?: string | string[] }>;
};

// Update service: desired tasks, task definition revision, force new deployment, deployment options, auto scaling.
export default async function UpdateServicePage({ params, searchParams }: Props) {
  const { cluster: c, service: s } = await params;
  const { taskDefinition } = await searchParams;
  const [cluster, service] = [decodeURIComponent(c), decodeURIComponent(s)];
  // Auto scaling that cannot be read (an endpoint without Application Auto Scaling) leaves the section off, and
  // then an update never deregisters anything.
  const result = await attempt(`update ${service}`, () =>
    Promise.all([
      getService(cluster, service),
      listActiveRevisions(),
      getServiceAutoScaling(cluster, service).catch(() => undefined),
    ]),
  );
  if (!result.ok && result.error.kind !== 'not-found') return <EcsErrorPanel error={result.error} />;
  const [detail, families, scaling] = result.ok ? result.data : [undefined, [], undefined];
  if (detail?.status !== 'ACTIVE') notFound();
  return (
    <div className="max-w-4xl">
      <Breadcrumbs
        items={[
          ...clusterTrail(cluster, 'services'),
          { label: service, href: paths.service(cluster, service) },
          { label: 'Update service' },
        ]}
      />
      <PageHeader title={`Update ${service}`} />
      <UpdateServiceForm
        cluster={cluster}
        service={detail}
        families={families}
        autoScaling={formDefaults(scaling)}
        initialTaskDefinition={typeof taskDefinition === 'string' ? taskDefinition : undefined}
      />
    </div>
  );
}
