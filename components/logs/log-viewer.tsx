'use client';
// A Logs tab: the server's lines for the query, then (with Live tail on) new lines polled every second and added
// at the bottom. The view stays where the user scrolled; "Jump to latest" appears when new lines arrive below.
// Download saves exactly the lines shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MissingPermissionPanel } from '@/components/shell/missing-permission-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { type LogLineView, type LogQuery, type LogsResult, linesAsText } from '@/lib/logs/log-view';
import { apiPaths, type LogSubject } from '@/lib/paths';
import { fetchJson } from '@/lib/query/fetch-json';
import { LogControls } from './log-controls';
import { LogDestinations } from './log-destinations';
import { LogLines } from './log-lines';

export const TAIL_POLL_MS = 1_000;
const MAX_LINES = 5_000;

function merge(current: LogLineView[], fresh: readonly LogLineView[]): LogLineView[] {
  return [...current, ...fresh].sort((a, b) => a.timestamp - b.timestamp).slice(-MAX_LINES);
}

export function LogViewer({
  subject,
  query,
  initial,
  hidden,
  showTask,
}: {
  subject: LogSubject;
  query: LogQuery;
  initial: LogsResult;
  /** URL parameters the query form keeps (e.g. `tab=logs`). */
  hidden: Record<string, string>;
  showTask: boolean;
}) {
  const [lines, setLines] = useState<LogLineView[]>('lines' in initial ? initial.lines : []);
  const [tailing, setTailing] = useState(false);
  const [unseen, setUnseen] = useState(0);
  const [tailError, setTailError] = useState<string>();
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const known = useRef(new Set(lines.map((l) => l.id)));
  const since = useRef('lines' in initial ? Math.max(initial.until, initial.lines.at(-1)?.timestamp ?? 0) : Date.now());

  const onScroll = useCallback(() => {
    const el = box.current;
    if (!el) return;
    atBottom.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
    if (atBottom.current) setUnseen(0);
  }, []);

  const jumpToLatest = useCallback(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
    atBottom.current = true;
    setUnseen(0);
  }, []);

  // Start at the newest line, as a log view should.
  useEffect(() => {
    jumpToLatest();
  }, [jumpToLatest]);

  useEffect(() => {
    if (!tailing) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        if (document.visibilityState === 'visible') {
          const result = await fetchJson<LogsResult>(apiPaths.logs(subject, query, { since: since.current }));
          if (stopped) return;
          if ('lines' in result) {
            // Lines at the newest timestamp come again in the next poll (it asks from that time on): keep each once.
            const fresh = result.lines.filter((l) => !known.current.has(l.id));
            for (const l of fresh) known.current.add(l.id);
            since.current = Math.max(since.current, result.lines.at(-1)?.timestamp ?? since.current);
            if (fresh.length > 0) {
              setLines((current) => merge(current, fresh));
              if (!atBottom.current) setUnseen((n) => n + fresh.length);
            }
          }
          setTailError(undefined);
        }
      } catch (err) {
        setTailError(err instanceof Error ? err.message : String(err));
      }
      if (!stopped) timer = setTimeout(poll, TAIL_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tailing, subject, query]);

  // New lines keep the view at the bottom only if the user was there.
  useEffect(() => {
    if (atBottom.current && lines.length > 0) jumpToLatest();
  }, [lines, jumpToLatest]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([linesAsText(lines)], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `logs-${'task' in subject ? subject.task : subject.service}-${new Date().toISOString().slice(0, 19)}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="space-y-3">
      <LogControls query={query} hidden={hidden} />
      <LogDestinations containers={initial.containers} />
      {'denied' in initial ? (
        <MissingPermissionPanel denied={initial.denied} what="log events" />
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant={tailing ? 'primary' : 'normal'} aria-pressed={tailing} onClick={() => setTailing((t) => !t)}>
              {tailing ? 'Stop live tail' : 'Start live tail'}
            </Button>
            <Button onClick={download} disabled={lines.length === 0}>
              Download
            </Button>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {lines.length} {lines.length === 1 ? 'line' : 'lines'} from {initial.streams}{' '}
              {initial.streams === 1 ? 'stream' : 'streams'}
              {initial.truncated && ' (older lines left out: narrow the time range or the filter)'}
            </span>
            {unseen > 0 && (
              <Button variant="primary" onClick={jumpToLatest}>
                Jump to latest ({unseen} new)
              </Button>
            )}
          </div>
          {tailError && <Alert type="warning">Live tail could not refresh: {tailError}</Alert>}
          <LogLines ref={box} lines={lines} showTask={showTask} onScroll={onScroll} />
        </>
      )}
    </div>
  );
}
