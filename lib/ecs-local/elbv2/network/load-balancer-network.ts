// Real load balancers on 127.0.0.1 (under the Docker runtime, or with the engine's `loadBalancers: 'real'` option):
// every HTTP and TCP listener in the store is served, at its port or, when that is taken, a free one that
// DescribeListeners then shows; health checks are real. Nothing here runs inside a store transaction: operations
// and scheduler steps hand work over after they commit, and results go back in transactions of their own.
import type http from 'node:http';
import type net from 'node:net';
import type { OpContext } from '../../core/context';
import { log } from '../../core/log';
import type { Store } from '../../store/store';
import { regionsWith } from '../common/documents';
import { getListener, type ListenerDoc, saveListener } from '../listeners/model';
import { getTargetGroup } from '../target-groups/model';
import { applyProbeResult } from '../targets/health';
import type { TargetDoc } from '../targets/model';
import { httpListener, tcpListener } from './listener-server';
import { runCheck } from './probe';
import { attachNetwork, detachNetwork, type RealNetwork } from './registry';
import { buildRouteTable, type RouteTable } from './router';

export interface NetworkParts {
  store: Store;
  /** A context to read a region's documents outside any call. */
  read(region: string): OpContext;
  /** Runs fn in a transaction of its own. */
  write(region: string, fn: (ctx: OpContext) => void): void;
}

interface Served {
  region: string;
  port: number;
  protocol: string;
  server: http.Server | net.Server;
}

const SERVED_PROTOCOLS = new Set(['HTTP', 'TCP']);
const TABLE_RECHECK_MS = 50;

export class LoadBalancerNetwork implements RealNetwork {
  private readonly served = new Map<string, Served>();
  private readonly tables = new Map<string, { version: string; table: RouteTable | undefined; checkedAt: number }>();
  private readonly pending = new Set<string>();
  private closed = false;

  constructor(private readonly parts: NetworkParts) {}

  start(): void {
    attachNetwork(this.parts.store, this);
    for (const region of regionsWith(this.parts.store, 'listener')) void this.sync(region);
  }

  listenersChanged(region: string): void {
    if (this.pending.has(region)) return;
    this.pending.add(region);
    setImmediate(() => {
      this.pending.delete(region);
      void this.sync(region);
    });
  }

  /** The port a listener serves on now (undefined when it is not served). */
  servedPort(listenerArn: string): number | undefined {
    return this.served.get(listenerArn)?.port;
  }

  /**
   * The listener's route table, rebuilt when the store changed. The store's version is looked at most every
   * TABLE_RECHECK_MS, so a target's new health reaches traffic that much later (ELB takes seconds) and a request
   * under load costs no SQLite call.
   */
  private table(region: string, listenerArn: string): RouteTable | undefined {
    const cached = this.tables.get(listenerArn);
    const now = performance.now();
    if (cached && now - cached.checkedAt < TABLE_RECHECK_MS) return cached.table;
    const version = this.parts.store.version();
    if (cached?.version === version) {
      cached.checkedAt = now;
      return cached.table;
    }
    const ctx = this.parts.read(region);
    const table = getListener(ctx, listenerArn) ? buildRouteTable(ctx, listenerArn) : undefined;
    this.tables.set(listenerArn, { version, table, checkedAt: now });
    return table;
  }

  /** Serves the region's listeners as stored: opens new ones, closes deleted or changed ones. */
  private async sync(region: string): Promise<void> {
    if (this.closed) return;
    const listeners = this.parts.read(region).store.list<ListenerDoc>(region, 'listener');
    const wanted = new Map(listeners.filter((l) => SERVED_PROTOCOLS.has(l.Protocol)).map((l) => [l.ListenerArn, l]));
    for (const [arn, s] of this.served) {
      const l = wanted.get(arn);
      if (s.region === region && (!l || l.Protocol !== s.protocol || (l.Port !== s.port && l._servedPort !== s.port))) {
        s.server.close();
        this.served.delete(arn);
        this.tables.delete(arn);
      }
    }
    for (const listener of wanted.values()) if (!this.served.has(listener.ListenerArn)) await this.open(region, listener);
  }

  private async open(region: string, listener: ListenerDoc): Promise<void> {
    const source = { table: () => this.table(region, listener.ListenerArn) };
    const entry: Served = { region, port: 0, protocol: listener.Protocol, server: undefined as unknown as http.Server };
    entry.server = listener.Protocol === 'HTTP' ? httpListener(source, () => entry.port) : tcpListener(source);
    this.served.set(listener.ListenerArn, entry);
    entry.port = (await listen(entry.server, listener.Port)) ?? (await listen(entry.server, 0)) ?? 0;
    if (this.closed || this.served.get(listener.ListenerArn) !== entry) {
      entry.server.close();
      return;
    }
    const shown = entry.port === listener.Port ? undefined : entry.port;
    if (shown !== undefined)
      log.warn(`listener port ${listener.Port} is taken on 127.0.0.1; ${listener.ListenerArn} serves on ${shown}`);
    if (shown !== listener._servedPort)
      this.parts.write(region, (ctx) => {
        const current = getListener(ctx, listener.ListenerArn);
        if (current && current.Port === listener.Port) saveListener(ctx, { ...current, _servedPort: shown });
      });
  }

  probe(region: string, key: string): void {
    if (this.closed) return;
    const ctx = this.parts.read(region);
    const target = ctx.store.get<TargetDoc>(region, 'target', key);
    const tg = target && getTargetGroup(ctx, target._targetGroupArn);
    if (!target || !tg) return;
    void runCheck(tg, target, tg.HealthCheckTimeoutSeconds * 1000).then((failure) => {
      if (!this.closed) this.parts.write(region, (c) => applyProbeResult(c, key, failure));
    });
  }

  close(): void {
    this.closed = true;
    for (const s of this.served.values()) {
      s.server.close();
      if ('closeAllConnections' in s.server) s.server.closeAllConnections();
    }
    this.served.clear();
    detachNetwork(this.parts.store);
  }
}

/** Listens on 127.0.0.1:port; the port bound, or undefined when that port cannot be had. */
function listen(server: http.Server | net.Server, port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const onError = () => resolve(undefined);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : undefined);
    });
  });
}
