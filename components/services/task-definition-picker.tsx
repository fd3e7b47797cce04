'use client';
// Task definition family + revision (latest ACTIVE by default). Choosing another one reloads the page with
// ?taskDefinition=family:revision so the server can describe it and the form offers only what it allows.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select';
import type { FamilyRevisions, TaskDefinitionFacts } from '@/lib/ecs/launch-options';

export function TaskDefinitionPicker({
  families,
  selected,
  error,
}: {
  families: readonly FamilyRevisions[];
  selected?: TaskDefinitionFacts;
  error?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [loading, startTransition] = useTransition();
  const choose = (familyRevision: string) => {
    const params = new URLSearchParams(search);
    params.set('taskDefinition', familyRevision);
    startTransition(() => router.replace(`${pathname}?${params}`, { scroll: false }));
  };
  if (families.length === 0)
    return (
      <Alert type="warning" title="No task definitions">
        Register a task definition first: a service or task runs the containers a task definition describes.
      </Alert>
    );
  const family = families.find((f) => f.family === selected?.family) ?? families[0];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id="td-family"
        label="Task definition family"
        value={family.family}
        onChange={(e) => {
          const next = families.find((f) => f.family === e.target.value);
          if (next) choose(`${next.family}:${next.revisions[0]}`);
        }}
        options={families.map((f) => ({ value: f.family, label: f.family }))}
        error={error}
      />
      <SelectField
        id="td-revision"
        label="Task definition revision"
        description={loading ? 'Loading the task definition…' : undefined}
        value={String(selected?.revision ?? family.revisions[0])}
        onChange={(e) => choose(`${family.family}:${e.target.value}`)}
        options={family.revisions.map((r, i) => ({ value: String(r), label: i === 0 ? `${r} (LATEST)` : String(r) }))}
      />
      <input type="hidden" name="taskDefinition" value={selected?.familyRevision ?? ''} />
      <input type="hidden" name="networkMode" value={selected?.networkMode ?? ''} />
      {selected && (
        <p className="text-sm text-zinc-600 sm:col-span-2 dark:text-zinc-400">
          {selected.familyRevision}: network mode {selected.networkMode}, compatible with {selected.compatibilities.join(', ')}
          {selected.cpu ? `, ${selected.cpu} CPU units / ${selected.memory ?? '-'} MiB` : ''}; containers{' '}
          {selected.containers.map((c) => c.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
