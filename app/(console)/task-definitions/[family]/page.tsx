import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { RevisionsTable } from '@/components/task-definitions/revisions-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { listFamilyRevisions } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

type Params = Promise<{ family: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).family) };
}

export default async function TaskDefinitionFamilyPage({ params }: { params: Params }) {
  const family = decodeURIComponent((await params).family);
  const result = await attempt('task definition revisions', () => listFamilyRevisions(family));
  if (result.ok && result.data.length === 0) notFound();
  return (
    <>
      <Breadcrumbs items={[...taskDefinitionsTrail(), { label: family }]} />
      <PageHeader title={family} description="Every revision of this task definition family." />
      {result.ok ? (
        <RevisionsTable family={family} revisions={result.data} />
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.family(family)} />
      )}
    </>
  );
}
