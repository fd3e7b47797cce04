// Serialized answers of read-only operations, reused until the next write to the store: a console polling
// DescribeServices answers from here instead of reading, counting and serializing every service again.
import type { AwsService } from './core/aws-service';
import type { Store } from './store/store';

export class ResponseCache {
  /** Off for measuring the uncached path (bench) or debugging. */
  enabled = true;
  private entries = new Map<string, string>();
  private bytes = 0;
  private version = '';

  /** At most `maxBytes` of answers (UTF-16 length) are kept; when full, the cache starts over. */
  constructor(
    private readonly store: Store,
    private readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  /** The answer to a request: cached if the store has not changed since it was computed, else `compute()`. */
  answer(service: AwsService, operation: string, region: string, body: string, compute: () => string): string {
    if (!this.enabled || !service.cacheable?.has(operation)) return compute();
    const key = `${region}\n${service.name}\n${operation}\n${body}`;
    const before = this.store.version();
    if (before !== this.version) {
      this.clear();
      this.version = before;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const json = compute(); // throws for bad input: errors are never cached
    if (this.store.version() === before && json.length <= this.maxBytes / 8) {
      if (this.bytes + json.length > this.maxBytes) this.clear();
      this.entries.set(key, json);
      this.bytes += json.length;
    }
    return json;
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
