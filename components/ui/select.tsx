// Native <select> styled like the other controls, and SelectField (label + error wiring from Field).
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/utils';
import { controlClasses, Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export function Select({ options, className, ...props }: ComponentProps<'select'> & { options: readonly SelectOption[] }) {
  return (
    <select className={cn(controlClasses, 'pr-8', className)} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

type SelectFieldProps = Omit<ComponentProps<'select'>, 'id'> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  description?: ReactNode;
  error?: string;
};

export function SelectField({ id, label, options, description, error, className, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} description={description} error={error} className={className}>
      {(a11y) => <Select options={options} {...select} {...a11y} />}
    </Field>
  );
}
