'use client';
// The polling convention for live views: refetch every ~3 s while the tab is visible, pause when hidden,
// and back off (doubling, up to a minute) while the GET route answers 429 / throttled.
import { type QueryKey, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError, fetchJson } from './fetch-json';

export const POLL_INTERVAL_MS = 3_000;
const MAX_BACKOFF_MS = 60_000;

export function usePollingQuery<T>(queryKey: QueryKey, url: string, options: { intervalMs?: number; enabled?: boolean } = {}) {
  const interval = options.intervalMs ?? POLL_INTERVAL_MS;
  const throttledInARow = useRef(0);
  return useQuery<T, Error>({
    queryKey,
    queryFn: async ({ signal }) => {
      try {
        const data = await fetchJson<T>(url, signal);
        throttledInARow.current = 0;
        return data;
      } catch (err) {
        if (err instanceof ApiError && err.throttled) throttledInARow.current++;
        throw err;
      }
    },
    enabled: options.enabled ?? true,
    refetchInterval: () =>
      throttledInARow.current > 0 ? Math.min(interval * 2 ** throttledInARow.current, MAX_BACKOFF_MS) : interval,
    refetchIntervalInBackground: false,
  });
}
