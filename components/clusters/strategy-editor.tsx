'use client';
// Default capacity provider strategy rows (provider, Base, Weight), posted as strategy.N.* for lib/schemas/cluster.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses, FieldError } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import type { StrategyItemView } from '@/lib/ecs/cluster-view';

export function StrategyEditor({
  providers,
  initial = [],
  error,
}: {
  providers: readonly string[];
  initial?: readonly StrategyItemView[];
  error?: string;
}) {
  const [rows, setRows] = useState<StrategyItemView[]>(() => initial.map((s) => ({ ...s })));
  const update = (i: number, patch: Partial<StrategyItemView>) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const unused = providers.filter((p) => !rows.some((r) => r.capacityProvider === p));
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No default capacity provider strategy.</p>}
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={`strategy-${i}-provider`} className="block text-sm font-bold">
              Capacity provider
            </label>
            <Select
              id={`strategy-${i}-provider`}
              name={`strategy.${i}.capacityProvider`}
              value={row.capacityProvider}
              onChange={(e) => update(i, { capacityProvider: e.target.value })}
              options={[row.capacityProvider, ...unused].filter(Boolean).map((p) => ({ value: p, label: p }))}
            />
          </div>
          <div className="w-28 space-y-1">
            <label htmlFor={`strategy-${i}-base`} className="block text-sm font-bold">
              Base
            </label>
            <input
              id={`strategy-${i}-base`}
              name={`strategy.${i}.base`}
              type="number"
              min={0}
              max={100000}
              value={row.base}
              onChange={(e) => update(i, { base: Number(e.target.value) })}
              className={controlClasses}
            />
          </div>
          <div className="w-28 space-y-1">
            <label htmlFor={`strategy-${i}-weight`} className="block text-sm font-bold">
              Weight
            </label>
            <input
              id={`strategy-${i}-weight`}
              name={`strategy.${i}.weight`}
              type="number"
              min={0}
              max={1000}
              value={row.weight}
              onChange={(e) => update(i, { weight: Number(e.target.value) })}
              className={controlClasses}
            />
          </div>
          <Button aria-label={`Remove ${row.capacityProvider}`} onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </div>
      ))}
      <FieldError id="strategy-error" message={error} />
      <Button
        disabled={unused.length === 0}
        onClick={() => setRows((r) => [...r, { capacityProvider: unused[0], base: 0, weight: 1 }])}
      >
        Add capacity provider
      </Button>
    </div>
  );
}
