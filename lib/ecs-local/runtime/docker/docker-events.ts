// One stream of Docker's events for every container this runtime owns (`die`, `health_status`, `oom`), handed
// to the listener registered for each container id. One connection for all tasks instead of a `wait` per
// container; when the stream ends it reconnects from the last event's time, so nothing is missed.
import type Docker from 'dockerode';
import { LABEL } from './container-config';

export interface ContainerEvent {
  /** Epoch ms. */
  at: number;
  type: 'die' | 'health' | 'oom';
  exitCode?: number;
  health?: 'healthy' | 'unhealthy' | 'starting';
}

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  time?: number;
  timeNano?: number;
}

function parse(raw: RawEvent): { id: string; event: ContainerEvent } | undefined {
  const id = raw.Actor?.ID;
  const action = raw.Action ?? '';
  if (!id) return undefined;
  const at = raw.timeNano ? Math.floor(raw.timeNano / 1e6) : (raw.time ?? 0) * 1000;
  if (action === 'die') {
    const code = Number(raw.Actor?.Attributes?.exitCode);
    return { id, event: { at, type: 'die', exitCode: Number.isFinite(code) ? code : undefined } };
  }
  if (action === 'oom') return { id, event: { at, type: 'oom' } };
  if (action.startsWith('health_status:')) {
    const health = action.slice('health_status:'.length).trim() as ContainerEvent['health'];
    return { id, event: { at, type: 'health', health } };
  }
  return undefined;
}

export class DockerEvents {
  private readonly listeners = new Map<string, (event: ContainerEvent) => void>();
  private stream?: NodeJS.ReadableStream & { destroy?: () => void };
  private since = Math.floor(Date.now() / 1000);
  private closed = false;
  private connecting?: Promise<void>;

  constructor(
    private readonly docker: Docker,
    private readonly owner: string,
    private readonly onError: (message: string) => void,
  ) {}

  /** Connects once (later calls wait for the same connection). */
  ready(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  on(containerId: string, listener: (event: ContainerEvent) => void): void {
    this.listeners.set(containerId, listener);
  }

  off(containerId: string): void {
    this.listeners.delete(containerId);
  }

  private async connect(): Promise<void> {
    const stream = (await this.docker.getEvents({
      since: this.since,
      filters: JSON.stringify({
        type: ['container'],
        event: ['die', 'health_status', 'oom'],
        label: [`${LABEL.owner}=${this.owner}`],
      }),
    } as Docker.GetEventsOptions)) as NodeJS.ReadableStream & { destroy?: () => void };
    this.stream = stream;
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (!line) continue;
        try {
          const raw = JSON.parse(line) as RawEvent;
          if (raw.time) this.since = raw.time;
          const parsed = parse(raw);
          if (parsed) this.listeners.get(parsed.id)?.(parsed.event);
        } catch (err) {
          this.onError(`docker events: unreadable event ${line.slice(0, 200)}: ${(err as Error).message}`);
        }
      }
    });
    const reconnect = () => {
      if (this.closed) return;
      this.connecting = undefined;
      setTimeout(() => {
        this.ready().catch((err) => this.onError(`docker events: reconnect failed: ${(err as Error).message}`));
      }, 500).unref();
    };
    stream.on('end', reconnect);
    stream.on('error', reconnect);
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.stream?.destroy?.();
  }
}
