import type { Metadata } from 'next';
import { consoleCrumb } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { FamiliesTable } from '@/components/task-definitions/families-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { type FamilyStatusFilter, listTaskDefinitionFamilies } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Task definitions' };

function statusFilter(value: string | string[] | undefined): FamilyStatusFilter {
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return upper === 'INACTIVE' || upper === 'ALL' ? upper : 'ACTIVE';
}

export default async function TaskDefinitionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const filter = statusFilter((await searchParams).status);
  const result = await attempt('task definition families', () => listTaskDefinitionFamilies(filter));
  return (
    <>
      <Breadcrumbs items={[consoleCrumb, { label: 'Task definitions' }]} />
      <PageHeader
        title="Task definitions"
        description="A task definition is the blueprint of a task: its containers, their images, resources, ports and logs."
      />
      {result.ok ? (
        <FamiliesTable families={result.data} filter={filter} />
      ) : (
        <EcsErrorPanel error={result.error} retryHref={paths.taskDefinitions()} />
      )}
    </>
  );
}
