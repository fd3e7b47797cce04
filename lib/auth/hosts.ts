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
