'use client';
// Inputs bound to a form path: the id, the error and the `data-path` (for "touched" tracking) come from the path;
// the path, value and onChange usually come spread from bind(...) (field-binding.ts).
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select';
import { fieldId, useEditor } from './editor-context';

interface Bound {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
}

export function FormText({
  path,
  label,
  description,
  className,
  value,
  onChange,
  placeholder,
  numeric,
}: Bound & { value: string; onChange: (value: string) => void; placeholder?: string; numeric?: boolean }) {
  const { errorAt } = useEditor();
  return (
    <TextField
      id={fieldId(path)}
      data-path={path}
      label={label}
      description={description}
      className={className}
      error={errorAt(path)}
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
  path,
  label,
  description,
  className,
  value,
  options,
  onChange,
}: Bound & { value: V; options: readonly SelectOption[]; onChange: (value: V) => void }) {
  const { errorAt } = useEditor();
  // A value the options do not offer (typed in the JSON editor) is shown as it is, so nothing changes silently.
  const all = options.some((o) => o.value === value) ? options : [...options, { value, label: `${value} (not a listed option)` }];
  return (
    <SelectField
      id={fieldId(path)}
      data-path={path}
      label={label}
      description={description}
      className={className}
      error={errorAt(path)}
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

/** A collapsible sub-section of a container, open when it has content. */
export function SubSection({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details open={open} className="group rounded-lg border border-zinc-200 dark:border-zinc-700">
      <summary className="cursor-pointer px-3 py-2 text-sm font-bold select-none">{title}</summary>
      <div className="space-y-3 border-t border-zinc-200 px-3 py-3 dark:border-zinc-700">{children}</div>
    </details>
  );
}
