// Checkbox and radio options with their label and an optional description (Cloudscape "tiles" read as plain lists here).
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/utils';

type OptionProps = Omit<ComponentProps<'input'>, 'type' | 'id'> & { id: string; label: ReactNode; description?: ReactNode };

function Option({ type, id, label, description, className, ...input }: OptionProps & { type: 'checkbox' | 'radio' }) {
  return (
    <div className={cn('flex items-start gap-2', className)}>
      <input
        type={type}
        id={id}
        aria-describedby={description ? `${id}-description` : undefined}
        className="mt-0.5 size-4 shrink-0 accent-sky-700 dark:accent-sky-400"
        {...input}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {description && (
          <p id={`${id}-description`} className="text-zinc-600 dark:text-zinc-400">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}

export function Checkbox(props: OptionProps) {
  return <Option type="checkbox" {...props} />;
}

export function Radio(props: OptionProps) {
  return <Option type="radio" {...props} />;
}

/** A fieldset with a legend, for radio groups and checkbox groups. */
export function ChoiceGroup({
  legend,
  description,
  error,
  children,
}: {
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-bold">{legend}</legend>
      {description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
      <div className="space-y-2">{children}</div>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
