import type { Metadata } from 'next';
import { DeployChooser } from '@/components/services/deploy-chooser';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader, Panel } from '@/components/ui/panel';
import { listClusters } from '@/lib/ecs/clusters';
import { attempt } from '@/lib/ecs/errors';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Deploy task definition' };

type Props = { params: Promise<{ family: string; revision: string }> };

// The task definition's "Deploy": choose a cluster, then create a service or run a task with this revision.
export default async function DeployTaskDefinitionPage({ params }: Props) {
  const { family: f, revision } = await params;
  const family = decodeURIComponent(f);
  const familyRevision = `${family}:${revision}`;
  const result = await attempt('clusters for deploy', () => listClusters());
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
      <PageHeader title={`Deploy ${familyRevision}`} description="Run this revision as a service or as one-off tasks." />
      {result.ok ? (
        <Panel title="Environment">
          <DeployChooser clusters={result.data.map((c) => c.name)} familyRevision={familyRevision} />
        </Panel>
      ) : (
        <EcsErrorPanel error={result.error} />
      )}
    </div>
  );
}
