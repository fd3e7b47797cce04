// Waiting for something real (a container, a process, an engine on the system clock) in tests: poll, bounded in time.

/** Polls `read` until `ok` (every 200 ms), or fails with what it saw last. */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value).slice(0, 3000)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}
