import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { TaskDefinitionEditor } from '@/components/task-definitions/editor/task-definition-editor';
import { revisionParams } from '@/components/task-definitions/revision-param';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { selectedRegion } from '@/lib/ecs/client';
import { attempt } from '@/lib/ecs/errors';
import { getTaskDefinition } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

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
          ...taskDefinitionsTrail(family),
          { label: `Revision ${revision}`, href: paths.revision(family, revision) },
          { label: 'Create new revision' },
        ]}
      />
      <PageHeader
        title={json ? 'Create new revision with JSON' : 'Create new revision'}
        description={`Starts from ${family}:${revision}. Registering adds a new revision; services keep using theirs until you update them.`}
      />
      {!result.ok ? (
        <EcsErrorPanel error={result.error} retryHref={paths.newRevision(family, revision)} />
      ) : (
        result.data && (
          <TaskDefinitionEditor
            region={region}
            initial={result.data.input}
            base={{ label: result.data.familyRevision, input: result.data.input }}
            cancelHref={paths.revision(family, revision)}
            jsonFirst={Boolean(json)}
          />
        )
      )}
    </>
  );
}
