// Server side of the live-view pattern: put data the page already read into a fresh QueryClient under the
// same keys the client hooks use, and hand it over with HydrationBoundary. No HTTP hop for the first paint.
import { dehydrate, HydrationBoundary, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { makeQueryClient } from './query-client';

export function Prefetched({ entries, children }: { entries: ReadonlyArray<readonly [QueryKey, unknown]>; children: ReactNode }) {
  const client = makeQueryClient();
  for (const [key, data] of entries) client.setQueryData(key, data);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
