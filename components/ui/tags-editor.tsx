'use client';
// Key/value rows for resource tags ("Add tag", "Remove"), posted as tags.N.key / tags.N.value for lib/schemas.
// Controlled, so rows survive a failed submit; `error` shows the schema's message for the whole set; `max` is the
// resource's tag limit (TAGS_MAX in lib/ecs-rules).
import { useState } from 'react';
import { Button } from './button';
import { controlClasses, FieldError } from './field';

export interface TagRow {
  key: string;
  value: string;
}

export function TagsEditor({
  initial = [],
  error,
  name = 'tags',
  max,
}: {
  max: number;
  initial?: readonly TagRow[];
  error?: string;
  name?: string;
}) {
  const [rows, setRows] = useState<TagRow[]>(() => initial.map((t) => ({ ...t })));
  const update = (i: number, patch: Partial<TagRow>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No tags associated with the resource.</p>}
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={`${name}-${i}-key`} className="block text-sm font-bold">
              Key
            </label>
            <input
              id={`${name}-${i}-key`}
              name={`${name}.${i}.key`}
              value={row.key}
              maxLength={128}
              onChange={(e) => update(i, { key: e.target.value })}
              aria-invalid={error ? true : undefined}
              className={controlClasses}
            />
          </div>
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={`${name}-${i}-value`} className="block text-sm font-bold">
              Value - optional
            </label>
            <input
              id={`${name}-${i}-value`}
              name={`${name}.${i}.value`}
              value={row.value}
              maxLength={256}
              onChange={(e) => update(i, { value: e.target.value })}
              className={controlClasses}
            />
          </div>
          <Button aria-label={`Remove tag ${row.key || i + 1}`} onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </div>
      ))}
      <FieldError id={`${name}-error`} message={error} />
      <div className="flex items-center gap-3">
        <Button disabled={rows.length >= max} onClick={() => setRows((r) => [...r, { key: '', value: '' }])}>
          Add tag
        </Button>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">You can add {max - rows.length} more tags.</span>
      </div>
    </div>
  );
}
