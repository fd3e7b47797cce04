// The Logs tab's query: time range (last 5 minutes, hour, 12 hours, or custom) and filter pattern. A GET form, so
// the query lives in the URL and the server renders its lines.
import { Button } from '@/components/ui/button';
import { LOG_RANGES, type LogQuery } from '@/lib/logs/log-view';

const local = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 16));

function TimeInput({ name, label, value }: { name: string; label: string; value?: number }) {
  return (
    <label className="text-sm">
      <span className="block font-semibold">{label}</span>
      <input
        type="datetime-local"
        name={name}
        defaultValue={local(value)}
        className="mt-1 rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900"
      />
    </label>
  );
}

export function LogControls({ query, hidden }: { query: LogQuery; hidden: Record<string, string> }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Log query">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm">
        <span className="block font-semibold">Time range</span>
        <select
          name="range"
          defaultValue={query.range}
          className="mt-1 rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900"
        >
          {LOG_RANGES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <TimeInput name="from" label="Start (UTC, custom range)" value={query.start} />
      <TimeInput name="to" label="End (UTC, custom range)" value={query.end} />
      <label className="min-w-64 flex-1 text-sm">
        <span className="block font-semibold">Filter pattern</span>
        <input
          type="search"
          name="filter"
          defaultValue={query.filter}
          maxLength={1024}
          placeholder='ERROR, "exact phrase", -exclude, { $.level = "error" }'
          className="mt-1 w-full rounded border border-zinc-400 bg-white px-2 py-1 font-mono dark:border-zinc-600 dark:bg-zinc-900"
        />
      </label>
      <Button type="submit">Apply</Button>
    </form>
  );
}
