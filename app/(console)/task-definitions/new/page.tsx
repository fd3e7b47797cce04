import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TaskDefinitionEditor } from '@/components/task-definitions/editor/task-definition-editor';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { selectedRegion } from '@/lib/ecs/client';
import { attempt } from '@/lib/ecs/errors';
import { getTaskDefinition } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Create new task definition' };

type Search = Promise<{ from?: string; json?: string }>;

/** `?from=family:revision` starts the form from an existing revision (a copy, in a family of your choice). */
export default async function NewTaskDefinitionPage({ searchParams }: { searchParams: Search }) {
  const { from, json } = await searchParams;
  const region = await selectedRegion();
  const match = from ? /^([A-Za-z0-9_-]+):([1-9]\d*)$/.exec(from) : null;
  if (from && !match) notFound();
  const source = match ? await attempt('task definition', () => getTaskDefinition(match[1], Number(match[2]))) : undefined;
  if (source?.ok && !source.data) notFound();
  return (
    <>
      <Breadcrumbs items={[...taskDefinitionsTrail(), { label: 'Create new task definition' }]} />
      <PageHeader
        title={json ? 'Create new task definition with JSON' : 'Create new task definition'}
        description="Fill in the form or edit the JSON; each follows the other."
      />
      {source && !source.ok ? (
        <EcsErrorPanel error={source.error} />
      ) : (
        <TaskDefinitionEditor
          region={region}
          initial={source?.data?.input}
          base={source?.data ? { label: source.data.familyRevision, input: source.data.input } : undefined}
          cancelHref={paths.taskDefinitions()}
          jsonFirst={Boolean(json)}
        />
      )}
    </>
  );
}
