// A small closed-loop HTTP load generator (no autocannon here): N keep-alive connections, each sending its next
// request as soon as the previous answer is read. Plain JS source, run with `new Worker(src, { eval: true })`.

export interface LoadRequest {
  url: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
  headers: Record<string, string>;
  body: string;
}

import { Worker } from 'node:worker_threads';

/** Runs one load in a worker thread, so the server under test keeps the main event loop to itself. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER_SOURCE, { eval: true, workerData: request });
    worker.once('message', (result: LoadResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

export const LOAD_WORKER_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, connections, warmupMs, durationMs, headers, body } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const payload = Buffer.from(body);
const requestHeaders = { ...headers, 'content-length': payload.length };

function once() {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      { host: target.hostname, port: target.port, path: '/', method: 'POST', agent, headers: requestHeaders },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(payload);
  });
}

async function phase(ms, record) {
  const end = performance.now() + ms;
  const latencies = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const r = await once();
        if (record) {
          latencies.push(r.ms);
          if (!r.ok) errors++;
        }
      }
    }),
  );
  return { latencies, errors };
}

(async () => {
  await phase(warmupMs, false);
  const started = performance.now();
  const { latencies, errors } = await phase(durationMs, true);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  parentPort.postMessage({
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? 0,
    errors,
  });
  agent.destroy();
})();
`;
