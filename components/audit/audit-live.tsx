'use client';
// The audit trail table: filter (text, outcome) in the URL, a live tail that polls while on, JSON Lines export.
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Panel } from '@/components/ui/panel';
import type { AuditEntry } from '@/lib/audit/store';
import { apiPaths, paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query/keys';
import { usePollingQuery } from '@/lib/query/use-polling-query';
import { AuditFilterForm } from './audit-filter-form';

const TONES = { success: 'success', error: 'error', invalid: 'pending', refused: 'error' } as const;

export function AuditLive({ filter }: { filter: { text?: string; outcome?: string } }) {
  const [live, setLive] = useState(true);
  const query = usePollingQuery<AuditEntry[]>(queryKeys.audit(filter), apiPaths.audit(filter), { enabled: live });
  const entries = query.data ?? [];
  return (
    <Panel
      title={`Entries (${entries.length}${entries.length >= 100 ? '+' : ''})`}
      actions={
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
            Live tail
          </label>
          <a className={buttonClasses('normal')} href={apiPaths.audit({ ...filter, format: 'jsonl' })} download>
            Export JSON Lines
          </a>
        </>
      }
    >
      <AuditFilterForm action={paths.audit()} filter={filter} />
      {entries.length === 0 ? (
        <p className="py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">No entries match.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              {['Time', 'User', 'Role', 'Action', 'Resource', 'Region', 'Outcome'].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3 font-bold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <AuditRow key={e.id} entry={e} />
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function AuditRow({ entry: e }: { entry: AuditEntry }) {
  return (
    <>
      <tr className="border-t border-zinc-200 align-top dark:border-zinc-800" data-testid="audit-row">
        <td className="py-2 pr-3 whitespace-nowrap">
          <DateTime iso={e.at} />
        </td>
        <td className="py-2 pr-3">{e.user}</td>
        <td className="py-2 pr-3">{e.role || '—'}</td>
        <td className="py-2 pr-3 font-mono">{e.action}</td>
        <td className="py-2 pr-3">{e.resource || '—'}</td>
        <td className="py-2 pr-3">{e.region}</td>
        <td className="py-2 pr-3">
          <Badge tone={TONES[e.outcome]}>{e.outcome}</Badge>
        </td>
      </tr>
      <tr className="text-xs text-zinc-600 dark:text-zinc-400">
        <td colSpan={7} className="pb-2">
          {e.request && <pre className="whitespace-pre-wrap break-all font-mono">{e.request}</pre>}
          {(e.errorCode || e.errorMessage) && (
            <p>
              {e.errorCode && <strong>{e.errorCode}: </strong>}
              {e.errorMessage}
            </p>
          )}
        </td>
      </tr>
    </>
  );
}
