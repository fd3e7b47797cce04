import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { PermittedButtonLink } from '@/components/shell/permitted';
import { JsonDocument } from '@/components/task-definitions/json-document';
import { RevisionActions } from '@/components/task-definitions/revision-actions';
import { RevisionContainers } from '@/components/task-definitions/revision-containers';
import { RevisionOverview } from '@/components/task-definitions/revision-overview';
import { revisionParams } from '@/components/task-definitions/revision-param';
import { RevisionStorage, RevisionTags } from '@/components/task-definitions/revision-storage';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/panel';
import { Tabs } from '@/components/ui/tabs';
import { attempt } from '@/lib/ecs/errors';
import { getTaskDefinition } from '@/lib/ecs/task-definitions';
import { paths } from '@/lib/paths';

type Params = Promise<{ family: string; revision: string }>;
const TABS = ['containers', 'json', 'storage', 'tags'] as const;
const LABELS = { containers: 'Containers', json: 'JSON', storage: 'Storage', tags: 'Tags' };

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { family, revision } = await params;
  return { title: `${decodeURIComponent(family)}:${revision}` };
}

export default async function TaskDefinitionRevisionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ tab?: string }>;
}) {
  const { family, revision } = await revisionParams(params);
  const tabParam = (await searchParams).tab;
  const tab = TABS.find((t) => t === tabParam) ?? 'containers';
  const result = await attempt('task definition', () => getTaskDefinition(family, revision));
  if (result.ok && !result.data) notFound();
  const crumbs = [...taskDefinitionsTrail(family), { label: `Revision ${revision}` }];
  if (!result.ok || !result.data)
    return (
      <>
        <Breadcrumbs items={crumbs} />
        {!result.ok && <EcsErrorPanel error={result.error} retryHref={paths.revision(family, revision)} />}
      </>
    );
  const td = result.data;
  const containers = td.input.containerDefinitions ?? [];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={td.familyRevision}
        actions={
          <>
            <RevisionActions selected={[{ familyRevision: td.familyRevision, status: td.status }]} />
            <PermittedButtonLink needs="operator" href={paths.deployRevision(family, revision)}>
              Deploy
            </PermittedButtonLink>
            <PermittedButtonLink needs="operator" href={paths.newRevision(family, revision, { json: true })}>
              Create new revision with JSON
            </PermittedButtonLink>
            <PermittedButtonLink needs="operator" href={paths.newRevision(family, revision)} variant="primary">
              Create new revision
            </PermittedButtonLink>
          </>
        }
      />
      <RevisionOverview td={td} />
      <Tabs
        label="Task definition details"
        current={tab}
        tabs={TABS.map((t) => ({ id: t, label: LABELS[t], href: paths.revision(family, revision, t) }))}
      />
      {tab === 'containers' && <RevisionContainers containers={containers} />}
      {tab === 'json' && (
        <JsonDocument
          title="JSON"
          description="The describe-task-definition output of this revision."
          text={JSON.stringify(td.described, null, 2)}
        />
      )}
      {tab === 'storage' && (
        <RevisionStorage ephemeralGiB={td.ephemeralStorageGiB} volumes={td.input.volumes ?? []} containers={containers} />
      )}
      {tab === 'tags' && <RevisionTags tags={td.tags} />}
    </>
  );
}
