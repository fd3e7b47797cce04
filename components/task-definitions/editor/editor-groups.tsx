'use client';
// Groups of editor inputs: repeated rows with Add and Remove (RowList, and KeyValueRows for key/value lists) and
// the collapsible sub-sections of a container.
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { KeyValueRow } from '@/lib/task-definition-form/form-model';
import type { FormPathTo } from '@/lib/task-definition-form/form-path';
import { useEditor } from './editor-context';
import { FormText } from './editor-fields';

/** A repeated group of inputs (port mappings, environment variables...) with Add and Remove. */
export function RowList<T>({
  title,
  itemLabel,
  rows,
  onAdd,
  onRemove,
  render,
  max,
  description,
}: {
  title: string;
  itemLabel: string;
  rows: readonly T[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  render: (row: T, index: number) => ReactNode;
  max?: number;
  description?: ReactNode;
}) {
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-bold">{title}</h4>
      {description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
      {rows.map((row, i) => (
        <fieldset key={i} className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
          <legend className="sr-only">
            {itemLabel} {i + 1}
          </legend>
          {render(row, i)}
          <Button variant="link" aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`} onClick={() => onRemove(i)}>
            Remove
          </Button>
        </fieldset>
      ))}
      <Button onClick={onAdd} disabled={max !== undefined && rows.length >= max}>
        Add {itemLabel.toLowerCase()}
      </Button>
    </div>
  );
}

/** Key and value rows (Docker labels, log options, tags) over a list of them in the form. */
export function KeyValueRows({
  path,
  title,
  itemLabel,
  max,
}: {
  path: FormPathTo<KeyValueRow[]>;
  title: string;
  itemLabel: string;
  max?: number;
}) {
  const { bind, bindRows } = useEditor();
  // A row member's own path: the type checker cannot follow a path built onto a path, so it is asserted here, once.
  const member = (row: number, key: keyof KeyValueRow) => [...path, row, key] as unknown as FormPathTo<string>;
  return (
    <RowList
      title={title}
      itemLabel={itemLabel}
      max={max}
      {...bindRows(path, () => ({ key: '', value: '' }))}
      render={(_, j) => (
        <>
          <FormText label="Key" className="w-52" {...bind(...member(j, 'key'))} />
          <FormText label="Value" className="min-w-48 flex-1" {...bind(...member(j, 'value'))} />
        </>
      )}
    />
  );
}

/** A collapsible sub-section of a container, open when it has content. */
export function SubSection({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details open={open} className="group rounded-lg border border-zinc-200 dark:border-zinc-700">
      <summary className="cursor-pointer px-3 py-2 text-sm font-bold select-none">{title}</summary>
      <div className="space-y-3 border-t border-zinc-200 px-3 py-3 dark:border-zinc-700">{children}</div>
    </details>
  );
}
