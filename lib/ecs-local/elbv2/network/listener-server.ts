// One listener served on 127.0.0.1: HTTP listeners of an Application Load Balancer proxy requests by their rules,
// TCP listeners of a Network Load Balancer pass connections through. The route table is rebuilt when the store
// changes (its version), so a request costs one lookup while nothing changes.
import http from 'node:http';
import net from 'node:net';
import { decide, type RequestFacts, RoundRobin, type RouteTable } from './router';

export interface ListenerSource {
  /** The route table of the listener as stored now (cached by the caller per store version). */
  table(): RouteTable | undefined;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function facts(req: http.IncomingMessage): RequestFacts {
  const url = new URL(req.url ?? '/', 'http://local');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    host: req.headers.host ?? '',
    headers: req.headers,
    query: url.searchParams,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
  };
}

function plain(res: http.ServerResponse, status: number, body: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function httpListener(source: ListenerSource, port: () => number): http.Server {
  const rr = new RoundRobin();
  const server = http.createServer((req, res) => {
    const table = source.table();
    const decision = table ? decide(table, () => facts(req), rr, port()) : undefined;
    if (!decision) return plain(res, 503, 'This listener no longer exists.');
    if (decision.type === 'unavailable') return plain(res, decision.status, decision.body);
    if (decision.type === 'fixed-response') {
      const body = decision.body ?? '';
      res.writeHead(decision.status, {
        'content-type': decision.contentType ?? 'text/plain',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    if (decision.type === 'redirect') {
      res.writeHead(decision.status, { location: decision.location, 'content-length': 0 });
      res.end();
      return;
    }
    const [host, targetPort] = decision.address.split(':');
    const forwarded = req.headers['x-forwarded-for'];
    const upstream = http.request(
      {
        host,
        port: Number(targetPort),
        method: req.method,
        path: req.url,
        agent,
        headers: {
          ...req.headers,
          'x-forwarded-for': forwarded ? `${forwarded}, ${req.socket.remoteAddress}` : req.socket.remoteAddress,
          'x-forwarded-proto': 'http',
          'x-forwarded-port': String(port()),
        },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', () => plain(res, 502, 'The target did not answer.'));
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

export function tcpListener(source: ListenerSource): net.Server {
  const rr = new RoundRobin();
  return net.createServer((client) => {
    const table = source.table();
    const group = table?.rules[table.rules.length - 1]?.action.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn;
    const address = group ? rr.pick(group, table?.targets.get(group) ?? []) : undefined;
    if (!address) {
      client.destroy();
      return;
    }
    const [host, port] = address.split(':');
    const upstream = net.connect({ host, port: Number(port) });
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
}
