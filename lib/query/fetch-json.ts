// Client fetch for our GET route handlers (see lib/ecs/route-handler.ts): JSON on success, a typed error otherwise.

export interface ApiErrorBody {
  error?: { kind?: string; title?: string; message?: string };
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
  get throttled(): boolean {
    return this.status === 429 || this.kind === 'throttled';
  }
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as ApiErrorBody;
  throw new ApiError(res.status, body.error?.kind ?? 'unknown', body.error?.message ?? `Request failed (${res.status}).`);
}
