// Shared machinery for console benchmarks: an in-process engine behind a call-counting proxy, a `next start` of an
// existing build pointed at it, timed page fetches, and the gzipped first-load JavaScript of a page.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { Engine } from '../lib/ecs-local/engine';
import { serve } from '../lib/ecs-local/server';

export interface CountingTarget {
  engine: Engine;
  url: string;
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** The engine on a free port and a proxy in front of it that counts calls by X-Amz-Target operation. */
export async function countingEngine(): Promise<CountingTarget> {
  const engine = new Engine({ memory: true });
  const upstream = await serve(engine, 0);
  const target = new URL(upstream.url);
  const counts = new Map<string, number>();
  const proxy = http.createServer((req, res) => {
    const op =
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ||
      req.url ||
      '?';
    counts.set(op, (counts.get(op) ?? 0) + 1);
    const forward = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  proxy.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as { port: number }).port;
  return {
    engine,
    url: `http://127.0.0.1:${port}`,
    counts,
    close: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await upstream.close();
      engine.close();
    },
  };
}

export interface RunningConsole {
  url: string;
  stop(): void;
}

/** `next start` of the build in NEXT_DIST_DIR (default .next), with the local target at `engineUrl`. */
export async function startConsole(engineUrl: string, port: number, distDir: string): Promise<RunningConsole> {
  const engine = new URL(engineUrl);
  const root = path.resolve(__dirname, '..');
  const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      ECS_CONSOLE_TARGET: 'local',
      ECS_LOCAL_HOST: engine.hostname,
      ECS_LOCAL_PORT: engine.port,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; is there a build in ${distDir}?`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error('next start did not answer within 60 s');
}

export interface TimedFetch {
  status: number;
  ttfbMs: number;
  totalMs: number;
  html: string;
}

/** Time to first byte and to the last byte of the HTML, over loopback (≈ the server's time). */
export function timedGet(url: string): Promise<TimedFetch> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent: false }, (res) => {
        let ttfb = 0;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          if (!ttfb) ttfb = performance.now() - started;
          chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ttfbMs: ttfb,
            totalMs: performance.now() - started,
            html: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      })
      .on('error', reject);
  });
}

/**
 * Sum of the gzipped sizes of the page's <script src> files: the JavaScript a first visit downloads. `noModule`
 * scripts (legacy polyfills) are left out: browsers that run modules never download them.
 */
export async function firstLoadJs(
  baseUrl: string,
  html: string,
): Promise<{ files: number; gzipBytes: number; rawBytes: number }> {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]))];
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, '&'), baseUrl))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { files: sources.length, gzipBytes, rawBytes };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Replaces (or appends) the `## <title>` section of docs/benchmarks.md, leaving other sections alone. */
export function writeSection(file: string, title: string, body: string, fs: typeof import('node:fs')): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = `## ${title}`;
  const start = current.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  fs.writeFileSync(file, `${current.slice(0, start)}${section}${next === -1 ? '' : current.slice(next)}`);
}
