// Defaults for every QueryClient (browser and server prefetch). ECS state is live: short staleTime, no cache across users.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './fetch-json';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Long enough that hydrated server data is not refetched on mount, short enough to stay live.
        staleTime: 2_000,
        refetchOnWindowFocus: true,
        // Throttling and "not found" are answers, not glitches: do not hammer the target.
        retry: (count, error) => !(error instanceof ApiError && (error.throttled || error.status === 404)) && count < 2,
      },
    },
  });
}
