// The audit trail's filter: a GET form, so the filter lives in the URL (shareable, survives reload).

import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { Select } from '@/components/ui/select';

const OUTCOMES = [
  { value: '', label: 'Any outcome' },
  { value: 'success', label: 'Success' },
  { value: 'error', label: 'Error' },
  { value: 'invalid', label: 'Invalid input' },
  { value: 'refused', label: 'Refused' },
];

export function AuditFilterForm({ action, filter }: { action: string; filter: { text?: string; outcome?: string } }) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <label className="min-w-64 flex-1 text-sm">
        <span className="sr-only">Filter entries</span>
        <input
          type="search"
          name="text"
          defaultValue={filter.text ?? ''}
          placeholder="Filter by user, action, resource, command or error"
          className={controlClasses}
        />
      </label>
      <Select name="outcome" defaultValue={filter.outcome ?? ''} options={OUTCOMES} aria-label="Outcome" />
      <Button type="submit">Filter</Button>
    </form>
  );
}
