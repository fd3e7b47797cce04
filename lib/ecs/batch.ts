// Pagination and batching helpers for lib/ecs reads: follow nextToken to the end; describe in API-sized batches in parallel.
import { chunk } from '../ecs-rules';

/** Calls `page(token)` until no nextToken is returned and concatenates the items. */
export async function listAll<T>(
  page: (nextToken: string | undefined) => Promise<{ items?: T[]; nextToken?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const { items = [], nextToken } = await page(token);
    all.push(...items);
    token = nextToken;
  } while (token);
  return all;
}

/** Splits ids into batches of `size` and describes them all in parallel, keeping order. */
export async function describeInBatches<Id, T>(
  ids: readonly Id[],
  size: number,
  describeBatch: (batch: Id[]) => Promise<T[]>,
): Promise<T[]> {
  const results = await Promise.all(chunk(ids, size).map(describeBatch));
  return results.flat();
}

/**
 * Lists every page and describes the ids in batches of `size` while the listing goes on (a batch is sent as soon
 * as `size` ids are waiting), so describing overlaps with paginating. Exactly ceil(n/size) describe calls.
 */
export async function listAndDescribe<Id, T>(
  page: (nextToken: string | undefined) => Promise<{ items?: Id[]; nextToken?: string }>,
  size: number,
  describeBatch: (batch: Id[]) => Promise<T[]>,
): Promise<T[]> {
  const pending: Promise<T[]>[] = [];
  const send = (batch: Id[]) => {
    const request = describeBatch(batch);
    request.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    pending.push(request);
  };
  let waiting: Id[] = [];
  let token: string | undefined;
  do {
    const { items = [], nextToken } = await page(token);
    waiting.push(...items);
    while (waiting.length >= size) {
      send(waiting.slice(0, size));
      waiting = waiting.slice(size);
    }
    token = nextToken;
  } while (token);
  if (waiting.length) send(waiting);
  return (await Promise.all(pending)).flat();
}
