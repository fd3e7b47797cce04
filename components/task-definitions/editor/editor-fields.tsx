'use client';
// Inputs bound to a form path: the id, the error and the `data-path` (for "touched" tracking) come from the path;
// the path, value and onChange usually come spread from bind(...) (field-binding.ts).
import type { ReactNode } from 'react';
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
