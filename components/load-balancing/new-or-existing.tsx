'use client';
// "Create a new …" / "Use an existing …" radios with the fields of the chosen one; "existing" is offered only when
// there is something to choose, and says why not otherwise.
import type { ReactNode } from 'react';
import { ChoiceGroup, Radio } from '@/components/ui/checkbox';

export function NewOrExisting({
  legend,
  name,
  choice,
  onChoice,
  existingCount,
  what,
  error,
  children,
}: {
  legend: string;
  name: string;
  choice: string;
  onChoice: (choice: string) => void;
  existingCount: number;
  what: string;
  error?: string;
  children: ReactNode;
}) {
  const id = name.replace(/Choice$/, '');
  return (
    <div className="space-y-3">
      <ChoiceGroup legend={legend} error={error}>
        <Radio
          id={`${id}-new`}
          name={name}
          value="new"
          checked={choice === 'new'}
          onChange={() => onChoice('new')}
          label={`Create a new ${legend.toLowerCase()}`}
        />
        <Radio
          id={`${id}-existing`}
          name={name}
          value="existing"
          checked={choice === 'existing'}
          disabled={existingCount === 0}
          onChange={() => onChoice('existing')}
          label={`Use an existing ${legend.toLowerCase()}`}
          description={existingCount === 0 ? `Unavailable: there is no ${what} to use.` : undefined}
        />
      </ChoiceGroup>
      {children}
    </div>
  );
}
