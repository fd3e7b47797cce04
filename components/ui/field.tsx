// Form fields with the accessibility wiring done once: every control has a <label>, errors set aria-invalid and
// are referenced by aria-describedby. Use TextField / SelectField, or Field with a render function for custom controls.
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/utils';

export interface ControlA11y {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

export const controlClasses =
  'block w-full rounded-lg border-2 border-zinc-400 bg-white px-3 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-400 focus:border-sky-600 focus:outline-none dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100 aria-invalid:border-red-600 dark:aria-invalid:border-red-500 disabled:bg-zinc-100 dark:disabled:bg-zinc-800';

export function Field({
  id,
  label,
  description,
  constraint,
  error,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Help under the control, like Cloudscape's constraint text ("Up to 255 letters..."). */
  constraint?: ReactNode;
  error?: string;
  children: (a11y: ControlA11y) => ReactNode;
  className?: string;
}) {
  const describedBy = [description && `${id}-description`, constraint && `${id}-constraint`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-bold">
        {label}
      </label>
      {description && (
        <p id={`${id}-description`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {description}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {constraint && !error && (
        <p id={`${id}-constraint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {constraint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-400">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  constraint?: ReactNode;
  error?: string;
};

export function TextField({ id, label, description, constraint, error, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} description={description} constraint={constraint} error={error} className={className}>
      {(a11y) => <input {...input} {...a11y} className={controlClasses} />}
    </Field>
  );
}
