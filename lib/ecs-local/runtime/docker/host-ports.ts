// Host ports on 127.0.0.1: the one a task definition asks for when nothing holds it, else 0 (Docker then picks
// an ephemeral one). Ports this runtime handed out are remembered until their task stops, so two tasks starting
// together never both get the same one.
import dgram from 'node:dgram';
import net from 'node:net';

/** Whether nothing listens on 127.0.0.1:port (tcp) or holds it (udp). */
export function isFree(port: number, protocol: 'tcp' | 'udp'): Promise<boolean> {
  return new Promise((resolve) => {
    if (protocol === 'udp') {
      const socket = dgram.createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
      return;
    }
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export class HostPorts {
  private readonly claimed = new Map<string, string>();

  /** The host port to ask Docker for: `wanted` when it is set and free, else 0 (ephemeral). */
  async pick(owner: string, wanted: number, protocol: 'tcp' | 'udp'): Promise<number> {
    if (!wanted) return 0;
    const key = `${wanted}/${protocol}`;
    if (this.claimed.has(key)) return 0;
    this.claimed.set(key, owner);
    if (await isFree(wanted, protocol)) return wanted;
    this.claimed.delete(key);
    return 0;
  }

  /** Gives back every port claimed for `owner` (a task ARN). */
  release(owner: string): void {
    for (const [key, holder] of this.claimed) if (holder === owner) this.claimed.delete(key);
  }
}
