// Which Host header values the console answers. Without this, any web page could reach the console through DNS
// rebinding (a name of the attacker's that resolves to 127.0.0.1), even on loopback. Pure; proxy.ts applies it
// to every request and next.config.js feeds the same list to serverActions.allowedOrigins.

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** `Example.com:443` → { name: 'example.com', port: '443' }; `[::1]:3000` → { name: '[::1]', port: '3000' }. */
export function splitHost(host: string): { name: string; port?: string } {
  const value = host.trim().toLowerCase();
  const bracket = /^(\[[0-9a-f:.]+\])(?::(\d+))?$/.exec(value);
  if (bracket) return { name: bracket[1], port: bracket[2] };
  const [name, port, extra] = value.split(':');
  return extra === undefined ? { name, port } : { name: value };
}

export function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** Whether `host` (a Host header) is loopback or one of `allowed` (names, or name:port for one port only). */
export function isAllowedHost(host: string | null | undefined, allowed: readonly string[]): boolean {
  if (!host) return false;
  const { name, port } = splitHost(host);
  if (isLoopbackName(name)) return true;
  return allowed.some((entry) => {
    const want = splitHost(entry);
    return want.name === name && (want.port === undefined || want.port === port);
  });
}

/**
 * The origin the browser used to reach the console, for absolute URLs it must come back to (the OIDC redirect
 * URI, redirects after sign-in): ECS_CONSOLE_PUBLIC_URL when set, else the request's Host header. Not
 * `request.url`: `next start` builds that from the address it listens on (`-H 127.0.0.1` gives
 * `http://localhost:PORT`), a different site for cookies than `127.0.0.1`, so a redirect there loses the
 * session and the provider refuses a redirect URI it never registered. The Host was already checked against the
 * allowlist by proxy.ts; it is checked again here so a refused name can never become a redirect target.
 */
export function browserOrigin(
  host: string | null | undefined,
  forwardedProto: string | null | undefined,
  publicUrl: string | undefined,
  allowed: readonly string[],
): string {
  if (publicUrl) return new URL(publicUrl).origin;
  if (!host || !isAllowedHost(host, allowed)) throw new Error(`The host ${JSON.stringify(host ?? '')} is not allowed.`);
  const protocol = forwardedProto?.split(',')[0].trim() === 'https' ? 'https' : 'http';
  return new URL(`${protocol}://${host.trim()}`).origin;
}
