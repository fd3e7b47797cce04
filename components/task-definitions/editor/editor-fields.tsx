'use client';
// Inputs bound to a form path: the id, the error and the `data-path` (for "touched" tracking) come from the path;
// the path, value and onChange usually come spread from bind(...) (field-binding.ts).
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select';
import type { KeyValueRow } from '@/lib/task-definition-form/form-model';
import type { FormPathTo } from '@/lib/task-definition-form/form-path';
import { fieldId, useEditor } from './editor-context';

interface Bound {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
}

/** The field props every bound input passes on: its id and data-path from the path, label, description, class, error. */
function useFieldProps({ path, label, description, className }: Bound) {
  const { errorAt } = useEditor();
  return { id: fieldId(path), 'data-path': path, label, description, className, error: errorAt(path) };
}

export function FormText({
  value,
  onChange,
  placeholder,
  numeric,
  ...bound
}: Bound & { value: string; onChange: (value: string) => void; placeholder?: string; numeric?: boolean }) {
  const field = useFieldProps(bound);
  return (
    <TextField
      {...field}
      value={value}
      placeholder={placeholder}
      inputMode={numeric ? 'numeric' : undefined}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function FormSelect<V extends string>({
  value,
  options,
  onChange,
  ...bound
}: Bound & { value: V; options: readonly SelectOption[]; onChange: (value: V) => void }) {
  const field = useFieldProps(bound);
  // A value the options do not offer (typed in the JSON editor) is shown as it is, so nothing changes silently.
  const all = options.some((o) => o.value === value) ? options : [...options, { value, label: `${value} (not a listed option)` }];
  return (
    <SelectField
      {...field}
      value={value}
      options={all}
      // The options are the values the bound member takes (or the value it already holds).
      onChange={(e) => onChange(e.target.value as V)}
    />
  );
}

export function FormCheckbox({
  path,
  label,
  description,
  checked,
  onChange,
}: Bound & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { errorAt } = useEditor();
  const error = errorAt(path);
  return (
    <div>
      <Checkbox
        id={fieldId(path)}
        data-path={path}
        label={label}
        description={description}
        checked={checked}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      {error && <p className="text-sm font-medium text-red-700 dark:text-red-400">⚠ {error}</p>}
    </div>
  );
}

/** Problems reported for a whole section or row (a path with no input of its own). */
export function PathError({ path }: { path: string }) {
  const { errorAt } = useEditor();
  const error = errorAt(path);
  if (!error) return null;
  return (
    <p id={fieldId(path)} className="text-sm font-medium text-red-700 dark:text-red-400">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

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
