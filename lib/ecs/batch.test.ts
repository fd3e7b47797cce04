import { describe, expect, it } from 'vitest';
import { listAll, listAndDescribe } from './batch';

/** Pages of `sizes[i]` ids each, as an API that may return short pages would. */
function pages(sizes: number[]) {
  let next = 0;
  const calls: Array<string | undefined> = [];
  const page = async (token: string | undefined) => {
    calls.push(token);
    const index = token === undefined ? 0 : Number(token);
    const items = Array.from({ length: sizes[index] }, () => `id-${next++}`);
    return { items, nextToken: index + 1 < sizes.length ? String(index + 1) : undefined };
  };
  return { page, calls };
}

describe('listAll', () => {
  it('follows nextToken to the last page', async () => {
    const { page, calls } = pages([100, 100, 3]);
    expect(await listAll(page)).toHaveLength(203);
    expect(calls).toEqual([undefined, '1', '2']);
  });
});

describe('listAndDescribe', () => {
  it('describes exactly ceil(n/size) batches, even when pages come back short', async () => {
    const { page } = pages([100, 37, 100, 100, 64]);
    const batches: number[] = [];
    const described = await listAndDescribe(page, 100, async (batch) => {
      batches.push(batch.length);
      return batch.map((id) => id.toUpperCase());
    });
    expect(described).toHaveLength(401);
    expect(batches).toEqual([100, 100, 100, 100, 1]);
    expect(new Set(described).size).toBe(401);
  });

  it('sends a batch before the listing has finished', async () => {
    const { page } = pages([100, 100]);
    const events: string[] = [];
    await listAndDescribe(
      async (token) => {
        events.push(`list ${token ?? 'first'}`);
        return page(token);
      },
      100,
      async (batch) => {
        events.push(`describe ${batch[0]}`);
        return batch;
      },
    );
    expect(events).toEqual(['list first', 'describe id-0', 'list 1', 'describe id-100']);
  });

  it('rejects when a describe fails', async () => {
    const { page } = pages([100, 100]);
    await expect(
      listAndDescribe(page, 100, async () => {
        throw new Error('Rate exceeded');
      }),
    ).rejects.toThrow('Rate exceeded');
  });

  it('describes nothing for an empty list', async () => {
    const { page } = pages([0]);
    let calls = 0;
    const described = await listAndDescribe(page, 100, async (batch) => {
      calls++;
      return batch;
    });
    expect(described).toEqual([]);
    expect(calls).toBe(0);
  });
});
