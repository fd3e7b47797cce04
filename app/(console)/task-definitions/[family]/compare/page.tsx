import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { JsonDiff } from '@/components/task-definitions/json-diff';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { PageHeader, Panel } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { getTaskDefinition } from '@/lib/ecs/task-definitions';

export const metadata: Metadata = { title: 'Compare revisions' };

function revisionNumber(value: string | undefined): number | undefined {
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}

/** Two revisions of a family as RegisterTaskDefinition documents, diffed line by line. */
export default async function CompareRevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ family: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const family = decodeURIComponent((await params).family);
  const { a, b } = await searchParams;
  const [ra, rb] = [revisionNumber(a), revisionNumber(b)];
  const both =
    ra && rb
      ? await attempt('compare revisions', () => Promise.all([getTaskDefinition(family, ra), getTaskDefinition(family, rb)]))
      : undefined;
  if (both?.ok && (!both.data[0] || !both.data[1])) notFound();
  return (
    <>
      <Breadcrumbs items={[...taskDefinitionsTrail(family), { label: 'Compare revisions' }]} />
      <PageHeader title="Compare revisions" description={`Two revisions of ${family}, as register-task-definition documents.`} />
      <form method="get" className="mb-5 flex flex-wrap items-end gap-3">
        <label className="text-sm font-bold">
          Revision
          <input
            name="a"
            defaultValue={a}
            inputMode="numeric"
            className="ml-2 w-20 rounded-lg border-2 border-zinc-400 px-2 py-1 dark:border-zinc-600 dark:bg-zinc-950"
          />
        </label>
        <label className="text-sm font-bold">
          with revision
          <input
            name="b"
            defaultValue={b}
            inputMode="numeric"
            className="ml-2 w-20 rounded-lg border-2 border-zinc-400 px-2 py-1 dark:border-zinc-600 dark:bg-zinc-950"
          />
        </label>
        <Button type="submit">Compare</Button>
      </form>
      {both && !both.ok && <EcsErrorPanel error={both.error} />}
      {both?.ok && both.data[0] && both.data[1] && (
        <Panel title={`${family}:${ra} → ${family}:${rb}`}>
          <JsonDiff
            before={JSON.stringify(both.data[0].input, null, 2)}
            after={JSON.stringify(both.data[1].input, null, 2)}
            beforeLabel={`${family}:${ra}`}
            afterLabel={`${family}:${rb}`}
          />
        </Panel>
      )}
      {!both && <p className="text-sm">Choose two revision numbers to compare.</p>}
    </>
  );
}
