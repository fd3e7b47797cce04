// Serialized answers of read-only operations, reused until the next write to the store: a console polling
// DescribeServices answers from here instead of reading, counting and serializing every service again.
// Keyed on the parsed input in a canonical form (key order and whitespace do not matter, so padded or reordered
// bodies share an entry), and bounded by the bytes of keys and answers together, least recently used out first.
import type { AwsService } from './core/aws-service';
import type { Store } from './store/store';

/** JSON with object keys sorted at every level: one text per input, however its body was written. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What an entry holds in memory at most: V8 keeps strings in one or two bytes per UTF-16 unit. */
function cost(key: string, json: string): number {
  return 2 * (key.length + json.length);
}

export class ResponseCache {
  /** Off for measuring the uncached path (bench) or debugging. */
  enabled = true;
  private readonly answers = new Map<string, string>();
  private used = 0;
  private version = '';

  /** At most `maxBytes` of keys and answers are kept; one entry may take a quarter of it. */
  constructor(
    private readonly store: Store,
    readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  /** Bytes the entries take (see cost()). */
  get bytes(): number {
    return this.used;
  }

  get entries(): number {
    return this.answers.size;
  }

  /** The answer to a request: cached if the store has not changed since it was computed, else `compute()`. */
  answer(service: AwsService, operation: string, region: string, input: unknown, compute: () => string): string {
    if (!this.enabled || !service.cacheable?.has(operation)) return compute();
    const before = this.store.version();
    if (before !== this.version) {
      this.clear();
      this.version = before;
    }
    const key = `${region}\n${service.name}\n${operation}\n${canonicalJson(input)}`;
    const hit = this.answers.get(key);
    if (hit !== undefined) {
      this.answers.delete(key); // re-insert: the map's order is least recently used first
      this.answers.set(key, hit);
      return hit;
    }
    const json = compute(); // throws for bad input: errors are never cached
    const size = cost(key, json);
    if (this.store.version() === before && size <= this.maxBytes / 4) {
      for (const [oldest, answer] of this.answers) {
        if (this.used + size <= this.maxBytes) break;
        this.answers.delete(oldest);
        this.used -= cost(oldest, answer);
      }
      this.answers.set(key, json);
      this.used += size;
    }
    return json;
  }

  private clear(): void {
    this.answers.clear();
    this.used = 0;
  }
}
