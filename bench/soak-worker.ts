// The soak bench's clients: N keep-alive connections in a closed loop, each sending a mix of ECS reads and writes
// (about 70% reads) and recording every answer's latency and status per minute. Plain JS source, run with
// `new Worker(src, { eval: true })` so the load does not share the bench's event loop. Posts one `minute` message
// per finished minute and a `done` message at the end.

export interface SoakLoad {
  url: string;
  connections: number;
  durationMs: number;
  /** Services of the churning cluster (DescribeServices reads them). */
  churnServices: string[];
  /** Stable services whose desired count the load flips between 1 and 2. */
  apiServices: string[];
}

export interface SoakMinute {
  minute: number;
  requests: number;
  errors: number;
  /** Error answers by operation and status or network error, e.g. "RunTask 500". */
  errorKinds: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
}

export const SOAK_WORKER_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, connections, durationMs, churnServices, apiServices } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const AUTH = 'AWS4-HMAC-SHA256 Credential=soak/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0';
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

function call(operation, input) {
  const body = Buffer.from(JSON.stringify(input));
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      {
        host: target.hostname, port: target.port, path: '/', method: 'POST', agent,
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AmazonEC2ContainerServiceV20141113.' + operation,
          authorization: AUTH,
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let json;
          try { json = JSON.parse(Buffer.concat(chunks).toString()); } catch { json = undefined; }
          resolve({ ms: performance.now() - started, status: res.statusCode, json });
        });
      },
    );
    req.on('error', (err) => resolve({ ms: performance.now() - started, status: 'network ' + err.code, json: undefined }));
    req.end(body);
  });
}

const pick = (items) => items[Math.floor(Math.random() * items.length)];
const knownTasks = [];
const myTasks = [];
let flip = 0;

// Each step: [weight, operation, input builder (undefined: not possible yet, the first step goes instead), what to
// do with the answer].
const MIX = [
  [4, 'DescribeServices', () => ({ cluster: 'soak', services: Array.from({ length: 10 }, () => pick(churnServices)) })],
  [2, 'ListTasks', () => ({ cluster: 'soak', maxResults: 100 }), (json) => {
    if (json && json.taskArns && json.taskArns.length) knownTasks.splice(0, knownTasks.length, ...json.taskArns);
  }],
  [2, 'DescribeTasks', () => (knownTasks.length ? { cluster: 'soak', tasks: Array.from({ length: 20 }, () => pick(knownTasks)) } : undefined)],
  [1, 'ListServices', () => ({ cluster: 'soak', maxResults: 100 })],
  [0.5, 'DescribeClusters', () => ({ clusters: ['soak', 'work'], include: ['STATISTICS'] })],
  [1, 'DescribeTaskDefinition', () => ({ taskDefinition: 'soak-crash' })],
  [1, 'UpdateService', () => ({ cluster: 'soak', service: pick(apiServices), desiredCount: 1 + (flip++ % 2) })],
  [1, 'RunTask', () => ({ cluster: 'work', taskDefinition: 'soak-stable', launchType: 'FARGATE', networkConfiguration: NETWORK }), (json) => {
    for (const t of (json && json.tasks) || []) myTasks.push(t.taskArn);
  }],
  [1.2, 'StopTask', () => (myTasks.length ? { cluster: 'work', task: myTasks.shift(), reason: 'soak' } : undefined)],
  [0.5, 'RegisterTaskDefinition', () => ({
    family: 'soak-writes', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:' + Math.floor(Math.random() * 1000) }],
  })],
  [0.05, 'UpdateService', () => ({ cluster: 'soak', service: pick(churnServices), forceNewDeployment: true })],
];
const TOTAL = MIX.reduce((n, m) => n + m[0], 0);

function next() {
  let r = Math.random() * TOTAL;
  for (const m of MIX) { r -= m[0]; if (r <= 0) return m; }
  return MIX[0];
}

const started = performance.now();
const minutes = new Map();
function bucket(minute) {
  let b = minutes.get(minute);
  if (!b) { b = { latencies: [], errors: 0, errorKinds: {} }; minutes.set(minute, b); }
  return b;
}
function summary(minute) {
  const b = minutes.get(minute) || { latencies: [], errors: 0, errorKinds: {} };
  const l = b.latencies.sort((x, y) => x - y);
  const at = (q) => l[Math.min(l.length - 1, Math.floor(q * l.length))] || 0;
  minutes.delete(minute);
  return { minute, requests: l.length, errors: b.errors, errorKinds: b.errorKinds, p50: at(0.5), p99: at(0.99), max: l[l.length - 1] || 0 };
}

let reported = 0;
const ticker = setInterval(() => {
  const current = Math.floor((performance.now() - started) / 60000);
  while (reported < current) parentPort.postMessage({ type: 'minute', data: summary(reported++) });
}, 1000);

(async () => {
  const end = started + durationMs;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      let step = next();
      let body = step[2]();
      if (body === undefined) {
        step = MIX[0];
        body = step[2]();
      }
      const [, operation, , after] = step;
      const res = await call(operation, body);
      const b = bucket(Math.floor((performance.now() - started) / 60000));
      b.latencies.push(res.ms);
      if (res.status !== 200) {
        b.errors++;
        const kind = operation + ' ' + res.status + (res.json && res.json.__type ? ' ' + res.json.__type : '');
        b.errorKinds[kind] = (b.errorKinds[kind] || 0) + 1;
      } else if (after) after(res.json);
    }
  }));
  clearInterval(ticker);
  const last = Math.ceil(durationMs / 60000);
  while (reported < last) parentPort.postMessage({ type: 'minute', data: summary(reported++) });
  agent.destroy();
  parentPort.postMessage({ type: 'done' });
})();
`;
