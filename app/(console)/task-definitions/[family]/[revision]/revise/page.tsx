import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TaskDefinitionEditor } from '@/components/task-definitions/editor/task-definition-editor';
import { revisionParams, revisionPath } from '@/components/task-definitions/revision-param';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { selectedRegion } from '@/lib/ecs/client';
import { attempt } from '@/lib/ecs/errors';
import { getTaskDefinition } from '@/lib/ecs/task-definitions';

export const metadata: Metadata = { title: 'Create new revision' };

type Params = Promise<{ family: string; revision: string }>;

export default async function ReviseTaskDefinitionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ json?: string }>;
}) {
  const { family, revision } = await revisionParams(params);
  const [{ json }, region, result] = await Promise.all([
    searchParams,
    selectedRegion(),
    attempt('task definition', () => getTaskDefinition(family, revision)),
  ]);
  if (result.ok && !result.data) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Amazon Elastic Container Service', href: '/clusters' },
          { label: 'Task definitions', href: '/task-definitions' },
          { label: family, href: `/task-definitions/${encodeURIComponent(family)}` },
          { label: `Revision ${revision}`, href: revisionPath(family, revision) },
          { label: 'Create new revision' },
        ]}
      />
      <PageHeader
        title={json ? 'Create new revision with JSON' : 'Create new revision'}
        description={`Starts from ${family}:${revision}. Registering adds a new revision; services keep using theirs until you update them.`}
      />
      {!result.ok ? (
        <EcsErrorPanel error={result.error} retryHref={`${revisionPath(family, revision)}/revise`} />
      ) : (
        result.data && (
          <TaskDefinitionEditor
            region={region}
            initial={result.data.input}
            base={{ label: result.data.familyRevision, input: result.data.input }}
            cancelHref={revisionPath(family, revision)}
            jsonFirst={Boolean(json)}
          />
        )
      )}
    </>
  );
}
