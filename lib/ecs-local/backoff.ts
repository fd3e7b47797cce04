// Retry times for scheduler steps and runtime reports that failed: 0.25 s after the first failure, doubling up
// to a minute, forgotten on success. The engine also writes a failed step's retry time to the document's `due`,
// so a restart keeps it; this memory is what holds the step back when that write failed too.

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 60_000;
/** Documents failing at once that are remembered; past this the oldest is forgotten (it is retried sooner). */
const MAX_ENTRIES = 10_000;

interface Failing {
  attempts: number;
  retryAt: number;
}

export class Backoff {
  private readonly failing = new Map<string, Failing>();

  /** Records a failure at `now`; returns the attempt number and when to try again. */
  failed(key: string, now: number): Failing {
    const attempts = (this.failing.get(key)?.attempts ?? 0) + 1;
    const entry = { attempts, retryAt: now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1)) };
    this.failing.delete(key); // re-insert: the map's order is the order of the last failure
    this.failing.set(key, entry);
    if (this.failing.size > MAX_ENTRIES) this.failing.delete(this.failing.keys().next().value as string);
    return entry;
  }

  succeeded(key: string): void {
    this.failing.delete(key);
  }

  /** Whether `key` failed and its retry time has not come yet. */
  waiting(key: string, now: number): boolean {
    const entry = this.failing.get(key);
    return entry !== undefined && entry.retryAt > now;
  }
}

/** "0.25 s", "60 s": a retry delay for the log. */
export function delayText(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
