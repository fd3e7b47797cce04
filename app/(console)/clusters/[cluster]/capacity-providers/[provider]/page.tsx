import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  CapacityProviderSettings,
  DeleteCapacityProviderDialog,
} from '@/components/capacity-providers/capacity-provider-settings';
import { clusterTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { getCapacityProvider } from '@/lib/ecs/capacity-providers';
import { attempt } from '@/lib/ecs/errors';

type Props = { params: Promise<{ cluster: string; provider: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).provider) };
}

// One Auto Scaling group capacity provider of the cluster: its group, its scaling settings, Delete.
export default async function CapacityProviderPage({ params }: Props) {
  const { cluster: c, provider: p } = await params;
  const [cluster, name] = [decodeURIComponent(c), decodeURIComponent(p)];
  const crumbs = [...clusterTrail(cluster, 'infrastructure'), { label: name }];
  const result = await attempt(`capacity provider ${name}`, () => getCapacityProvider(name));
  if (!result.ok)
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} />
      </>
    );
  if (result.data?.type !== 'EC2_AUTOSCALING') notFound();
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={crumbs} />
      <PageHeader title={name} actions={<DeleteCapacityProviderDialog cluster={cluster} name={name} />} />
      <CapacityProviderSettings cluster={cluster} provider={result.data} />
    </div>
  );
}
