import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { taskDefinitionsTrail } from '@/components/shell/breadcrumb-trails';
import { EcsErrorPanel } from '@/components/shell/ecs-error-panel';
import { JsonDiff } from '@/components/task-definitions/json-diff';
import { Alert } from '@/components/ui/alert';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { PageHeader, Panel } from '@/components/ui/panel';
import { attempt } from '@/lib/ecs/errors';
import { revisionRanges } from '@/lib/ecs/task-definition-view';
import { getTaskDefinition, listRevisionNumbers } from '@/lib/ecs/task-definitions';

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
  // A wrong revision is a problem with the form, not a missing page: say what to change and keep the form.
  const problems = [...new Set([a, b])]
    .filter((raw) => raw !== undefined && raw !== '' && revisionNumber(raw) === undefined)
    .map((raw) => `“${raw}” is not a revision number. Enter a whole number such as 1.`);
  const both =
    ra && rb
      ? await attempt('compare revisions', () => Promise.all([getTaskDefinition(family, ra), getTaskDefinition(family, rb)]))
      : undefined;
  if (both?.ok && (!both.data[0] || !both.data[1])) {
    const existing = await listRevisionNumbers(family);
    if (existing.length === 0) notFound();
    const missing = [...new Set([ra, rb].filter((_, i) => !both.data[i]))];
    problems.push(`${family} has no revision ${missing.join(' or ')}. Its revisions are ${revisionRanges(existing)}.`);
  }
  const diffed = both?.ok && both.data[0] && both.data[1] ? ([both.data[0], both.data[1]] as const) : undefined;
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
      {problems.length > 0 && (
        <Alert type="error" title="These revisions cannot be compared" className="mb-5">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Alert>
      )}
      {both && !both.ok && <EcsErrorPanel error={both.error} />}
      {diffed && (
        <Panel title={`${family}:${ra} → ${family}:${rb}`}>
          <JsonDiff
            before={JSON.stringify(diffed[0].input, null, 2)}
            after={JSON.stringify(diffed[1].input, null, 2)}
            beforeLabel={`${family}:${ra}`}
            afterLabel={`${family}:${rb}`}
          />
        </Panel>
      )}
      {!both && problems.length === 0 && <p className="text-sm">Choose two revision numbers to compare.</p>}
    </>
  );
}
