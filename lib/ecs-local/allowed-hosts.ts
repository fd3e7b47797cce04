// Which Host names the engine answers: loopback names and addresses, the address it listens on, and the hosts the
// user names in ECS_LOCAL_ALLOWED_HOSTS. Any web page can make a browser send requests to 127.0.0.1 through a DNS
// name it controls (DNS rebinding); those requests carry that name in Host, so refusing unknown names stops them.
import net from 'node:net';

/** The name in a Host header, lowercased, without port or IPv6 brackets; undefined when there is none. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end > 0 ? value.slice(1, end) : undefined;
  }
  const colon = value.indexOf(':');
  return colon >= 0 && colon === value.lastIndexOf(':') ? value.slice(0, colon) : value;
}

/** localhost and its subdomains (browsers resolve them to loopback themselves), 127.0.0.0/8 and ::1. */
export function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) return name === '::1' || name === '0:0:0:0:0:0:0:1';
  return false;
}

export class AllowedHosts {
  private readonly named: ReadonlySet<string>;

  /** `listenHost` (the address the server listens on) and `allowed` (from the setting) are allowed besides loopback. */
  constructor(listenHost: string, allowed: readonly string[] = []) {
    this.named = new Set([listenHost, ...allowed].map((h) => hostName(h) ?? '').filter((h) => h !== ''));
  }

  /** Undefined when the Host header may call the engine; else the name it carries, for the refusal. */
  refused(header: string | undefined): string | undefined {
    const name = hostName(header) ?? '';
    return isLoopbackName(name) || this.named.has(name) ? undefined : name;
  }
}

export function hostRefusalMessage(name: string): string {
  return `Host '${name}' is not allowed. The engine answers loopback names (localhost, 127.0.0.1, [::1]) and the hosts in ECS_LOCAL_ALLOWED_HOSTS; add it there to call the engine by that name.`;
}
