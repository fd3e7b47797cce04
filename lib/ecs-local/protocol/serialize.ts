// Responses as the AWS JSON 1.1 protocol wants them: absent members omitted (never null), timestamps in
// epoch seconds, and the engine's private bookkeeping (keys starting with `_`) never on the wire.

export function serialize(body: unknown): string {
  return JSON.stringify(body ?? {}, (key, value) => {
    if (key.startsWith('_')) return undefined;
    if (value === null) return undefined;
    if (value instanceof Date) return value.getTime() / 1000;
    return value;
  });
}

/** Epoch ms to the epoch-seconds number the wire carries. */
export function epochSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}

/** An SDK type with every Date as the epoch-seconds number stored and sent on the wire. */
export type Wire<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
