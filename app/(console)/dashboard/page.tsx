import type { Metadata } from 'next';
import { DashboardLive } from '@/components/dashboard/dashboard-live';
import { consoleCrumb } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { selectedRegion } from '@/lib/ecs/client';
import { dashboardSnapshot } from '@/lib/ecs/dashboard/snapshot';
import { attempt } from '@/lib/ecs/errors';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { Prefetched } from '@/lib/query/prefetched';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const region = await selectedRegion();
  const result = await attempt('dashboard', () => dashboardSnapshot(region));
  return (
    <>
      <Breadcrumbs items={[consoleCrumb, { label: 'Dashboard' }]} />
      <PageHeader
        title="Dashboard"
        description="Every service in every cluster of this Region, live, and why tasks have been stopping."
      />
      {result.ok ? (
        <Prefetched entries={[[queryKeys.dashboard(), result.data]]}>
          <DashboardLive />
        </Prefetched>
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.dashboard()} />
      )}
    </>
  );
}
