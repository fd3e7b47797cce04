// `npm run bench:docker`: the Docker runtime against Docker itself. RunTask → RUNNING for 1 and for 50 busybox
// tasks next to the time Docker takes to create and start the same containers (through the same client, with
// the same port published on 127.0.0.1), and the ECS API's p99 while the 50 tasks start next to idle.
// Writes docs/benchmarks.md "## Docker runtime". Needs Docker (scripts/docker-test-env.sh, run first).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { Engine } from '../lib/ecs-local/engine';
import { DockerRuntime } from '../lib/ecs-local/runtime/docker/docker-runtime';
import { serve } from '../lib/ecs-local/server';
import { benchEnv } from '../lib/env';
import { writeSection } from './console-support';
import { loadAverage } from './engine-report';
import { type LoadRequest, type LoadResult, load } from './load-worker';

const ROOT = path.resolve(__dirname, '..');
const DOC = path.resolve(ROOT, benchEnv().BENCH_DOCS_FILE);
const IMAGE = 'local/busybox:latest';
const MANY = 50;
const RUNS_OF_ONE = 5;
const LOAD_CONNECTIONS = 4;
const TARGET = 'AmazonEC2ContainerServiceV20141113';
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'] } };
const CONTAINER = {
  name: 'app',
  image: IMAGE,
  command: ['sleep', '600'],
  portMappings: [{ containerPort: 80 }],
  linuxParameters: { initProcessEnabled: true },
};

const docker = new Docker();
const LOAD_AT_START = loadAverage();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Docker's own time: create and start `n` containers at once (the same image, command, init and port), then remove them. */
async function dockerStart(n: number): Promise<number> {
  const label = `ecs-local-bench=${crypto.randomBytes(4).toString('hex')}`;
  const started = performance.now();
  const ids = await Promise.all(
    Array.from({ length: n }, async () => {
      const container = await docker.createContainer({
        Image: IMAGE,
        Cmd: ['sleep', '600'],
        Labels: { [label.split('=')[0]]: label.split('=')[1] },
        ExposedPorts: { '80/tcp': {} },
        HostConfig: { Init: true, PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }] } },
      });
      await container.start();
      return container.id;
    }),
  );
  const ms = performance.now() - started;
  await Promise.all(ids.map((id) => docker.getContainer(id).remove({ force: true })));
  return ms;
}

function listTasksLoad(url: string, durationMs: number, warmupMs: number): Promise<LoadResult> {
  const request: LoadRequest = {
    url,
    connections: LOAD_CONNECTIONS,
    warmupMs,
    durationMs,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}.ListTasks`,
      authorization: 'AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0',
    },
    // A family that never starts here: the same answer throughout, read from SQLite every time (not cacheable).
    body: JSON.stringify({ cluster: 'bench', family: 'other' }),
  };
  return load(request);
}

interface TaskTimes {
  createdAt?: number;
  startedAt?: number;
  lastStatus: string;
}

async function main(): Promise<void> {
  execFileSync('bash', [path.join(ROOT, 'scripts/docker-test-env.sh')], { stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-bench-docker-'));
  const runtime = new DockerRuntime({
    owner: `bench-${crypto.randomBytes(4).toString('hex')}`,
    removeOnClose: true,
    cleanupAfterMs: 0,
  });
  const engine = new Engine({ dataDir, runtime });
  const server = await serve(engine, 0);
  const call = (operation: string, input: unknown) => engine.call(operation, input) as Record<string, unknown>;
  call('CreateCluster', { clusterName: 'bench' });
  call('RegisterTaskDefinition', {
    family: 'sleeper',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [CONTAINER],
  });
  const runTasks = (count: number) =>
    Array.from({ length: Math.ceil(count / 10) }, (_, i) =>
      (
        call('RunTask', {
          cluster: 'bench',
          taskDefinition: 'sleeper',
          launchType: 'FARGATE',
          count: Math.min(10, count - i * 10),
          networkConfiguration: NETWORK,
        }).tasks as { taskArn: string }[]
      ).map((t) => t.taskArn),
    ).flat();
  const times = (arns: string[]): TaskTimes[] =>
    (call('DescribeTasks', { cluster: 'bench', tasks: arns }).tasks as TaskTimes[]) ?? [];
  /** Waits on the task index alone (a count by status, no task bodies), so the wait itself hardly loads the engine. */
  const untilRunning = async (arns: string[]): Promise<TaskTimes[]> => {
    const deadline = Date.now() + 180_000;
    const count = () => engine.store.countByStatus('us-east-1', 'task', { parent: 'bench', key: 'family:sleeper' });
    const stoppedBefore = count().STOPPED ?? 0;
    for (;;) {
      const counts = count();
      if ((counts.STOPPED ?? 0) > stoppedBefore || Date.now() > deadline)
        throw new Error(`tasks did not all reach RUNNING: ${JSON.stringify(counts)}`);
      if ((counts.RUNNING ?? 0) >= arns.length && Object.keys(counts).every((s) => s === 'RUNNING' || s === 'STOPPED')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const out: TaskTimes[] = [];
    for (let i = 0; i < arns.length; i += 100) out.push(...times(arns.slice(i, i + 100)));
    return out;
  };
  const stopAll = async (arns: string[]) => {
    for (const task of arns) call('StopTask', { cluster: 'bench', task });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const counts = engine.store.countByStatus('us-east-1', 'task', { parent: 'bench', key: 'family:sleeper' });
      if (Object.keys(counts).every((s) => s === 'STOPPED')) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  // Warm up both paths once (image layers in the page cache, the runtime's event stream connected).
  await dockerStart(1);
  const warm = runTasks(1);
  await untilRunning(warm);
  await stopAll(warm);

  const dockerOne: number[] = [];
  const engineOne: number[] = [];
  for (let i = 0; i < RUNS_OF_ONE; i++) {
    dockerOne.push(await dockerStart(1));
    const sent = Date.now();
    const arns = runTasks(1);
    const [task] = await untilRunning(arns);
    engineOne.push((task.startedAt ?? 0) * 1000 - sent);
    await stopAll(arns);
  }

  const idle = await listTasksLoad(server.url, 5000, 1000);
  // Control: the same load while Docker alone starts the 50 containers (the engine idle), for what the machine
  // itself does to the API's latency when 50 containers start on 2 cores.
  const control = listTasksLoad(server.url, 5000, 0);
  const dockerMany = await dockerStart(MANY);
  const underDocker = await control;

  // The 50 start while the API is under load: the load runs 1 s of warm-up, then RunTask calls go out.
  const window = Math.max(5000, Math.ceil(dockerMany * 2));
  const loaded = listTasksLoad(server.url, window, 1000);
  await new Promise((r) => setTimeout(r, 1000));
  const sent = Date.now();
  const arns = runTasks(MANY);
  const many = await untilRunning(arns);
  const engineMany = Math.max(...many.map((t) => (t.startedAt ?? 0) * 1000)) - sent;
  const busy = await loaded;

  await server.close();
  await runtime.close();
  engine.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const one = { docker: median(dockerOne), engine: median(engineOne) };
  const ms = (n: number) => `${Math.round(n)} ms`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  const p99Ratio = busy.p99 / idle.p99;
  const body = `
Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, Docker ${execFileSync('docker', ['version', '--format', '{{.Server.Version}}']).toString().trim()}; load average ${loadAverage()} at the end (${LOAD_AT_START} at the start; the machine is shared, so treat the figures as a floor).

| tasks | Docker: create + start | engine: RunTask → RUNNING | difference | goal: within 1 s |
|---:|---:|---:|---:|---|
| 1 (median of ${RUNS_OF_ONE}) | ${ms(one.docker)} | ${ms(one.engine)} | ${ms(one.engine - one.docker)} | ${verdict(one.engine - one.docker <= 1000)} |
| ${MANY} at once | ${ms(dockerMany)} | ${ms(engineMany)} | ${ms(engineMany - dockerMany)} | ${verdict(engineMany - dockerMany <= 1000)} |

| ECS API while ${MANY} tasks start | req/s | p50 ms | p99 ms | errors |
|---|---:|---:|---:|---:|
| idle | ${Math.round(idle.rps)} | ${idle.p50.toFixed(2)} | ${idle.p99.toFixed(2)} | ${idle.errors} |
| Docker alone starting ${MANY} containers (control) | ${Math.round(underDocker.rps)} | ${underDocker.p50.toFixed(2)} | ${underDocker.p99.toFixed(2)} | ${underDocker.errors} |
| ${MANY} tasks starting | ${Math.round(busy.rps)} | ${busy.p50.toFixed(2)} | ${busy.p99.toFixed(2)} | ${busy.errors} |

p99 while the engine starts ${MANY} tasks is ${Math.round(p99Ratio * 100)}% of idle (goal: within 120%: ${verdict(p99Ratio <= 1.2)}); Docker starting the same containers without the engine's involvement already takes it to ${Math.round((underDocker.p99 / idle.p99) * 100)}%.

- Containers: \`${IMAGE}\` (busybox, built offline by scripts/docker-test-env.sh) running \`sleep 600\` under Docker's init,
  one port published on 127.0.0.1, in a Fargate (awsvpc) task definition of one container.
- Docker: the same containers created and started through the same client (dockerode), all at once; the clock stops
  when the last start call returns. Engine: from the RunTask call to the task's own \`startedAt\` (the engine's clock),
  RunTask in calls of 10; the engine is in-process, file-backed, with its 200 ms scheduler loop, so a task waits up
  to one tick in PROVISIONING before the runtime is asked to start it.
- API: ${LOAD_CONNECTIONS} keep-alive connections in a closed loop from a worker thread, each sending \`ListTasks\` (a cluster and a
  family that never starts: the same answer, read from SQLite every time); idle for 5 s, then for ${(window / 1000).toFixed(1)} s from 1 s before
  the ${MANY} RunTask calls. No Docker call runs inside a store transaction (the runtime's work runs after the commit).
- Run it again with \`npm run bench:docker\` (Docker must be reachable; the script installs and starts it as root).
`;
  writeSection(DOC, 'Docker runtime', body, fs);
  process.stdout.write(body);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
