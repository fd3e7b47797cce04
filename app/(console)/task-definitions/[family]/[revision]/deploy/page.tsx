import type { Metadata } from 'next';
import { DeployChooser } from '@/components/services/deploy-chooser';
import { UpdateFromRevision } from '@/components/services/update-from-revision';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader, Panel } from '@/components/ui/panel';
import { listClusters } from '@/lib/ecs/clusters';
import { attempt } from '@/lib/ecs/errors';
import { listServicesOfFamily } from '@/lib/ecs/services';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Deploy task definition' };

type Props = { params: Promise<{ family: string; revision: string }> };

// The task definition's "Deploy": update a service that runs this family to this revision, or choose a cluster and
// create a service or run a task with it.
export default async function DeployTaskDefinitionPage({ params }: Props) {
  const { family: f, revision } = await params;
  const family = decodeURIComponent(f);
  const familyRevision = `${family}:${revision}`;
  const result = await attempt('clusters and services for deploy', async () => {
    const clusters = (await listClusters()).map((c) => c.name);
    return { clusters, services: await listServicesOfFamily(family, clusters) };
  });
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Task definitions', href: paths.taskDefinitions() },
          { label: family, href: paths.family(family) },
          { label: revision, href: paths.revision(family, revision) },
          { label: 'Deploy' },
        ]}
      />
      <PageHeader
        title={`Deploy ${familyRevision}`}
        description="Roll this revision out to a service, or run it as a new service or one-off tasks."
      />
      {result.ok ? (
        <div className="space-y-5">
          <Panel title="Update service">
            <UpdateFromRevision services={result.data.services} familyRevision={familyRevision} />
          </Panel>
          <Panel title="Create service or run task">
            <DeployChooser clusters={result.data.clusters} familyRevision={familyRevision} />
          </Panel>
        </div>
      ) : (
        <EcsErrorPanel error={result.error} />
      )}
    </div>
  );
}
