import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ClusterOverview } from '@/components/clusters/cluster-overview';
import { ClusterTabs } from '@/components/clusters/cluster-tabs';
import { DeleteClusterDialog } from '@/components/clusters/delete-cluster-dialog';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { getCluster } from '@/lib/ecs/clusters';
import { attempt } from '@/lib/ecs/errors';
import { paths } from '@/lib/paths';

type Props = { params: Promise<{ cluster: string }>; children: ReactNode };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  return { title: decodeURIComponent((await params).cluster) };
}

// The cluster page frame shared by its tabs: breadcrumbs, header with actions, overview, tab bar.
export default async function ClusterTabsLayout({ params, children }: Props) {
  const name = decodeURIComponent((await params).cluster);
  const crumbs = [{ label: 'Clusters', href: paths.clusters() }, { label: name }];
  const result = await attempt(`cluster ${name}`, () => getCluster(name));
  if (!result.ok && result.error.kind !== 'not-found')
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <EcsErrorPanel error={result.error} retryHref={paths.cluster(name)} />
      </>
    );
  const cluster = result.ok ? result.data : undefined;
  if (!cluster) notFound();
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={cluster.name}
        actions={
          <>
            <PermittedButtonLink needs="admin" href={paths.clusterTab(name, 'configuration')}>
              Update cluster
            </PermittedButtonLink>
            <DeleteClusterDialog
              cluster={cluster.name}
              blockers={{
                services: cluster.activeServices + cluster.drainingServices,
                tasks: cluster.runningTasks + cluster.pendingTasks,
                containerInstances: cluster.containerInstances,
              }}
            />
          </>
        }
      />
      <ClusterOverview cluster={cluster} />
      <ClusterTabs cluster={cluster.name} />
      {children}
    </>
  );
}
