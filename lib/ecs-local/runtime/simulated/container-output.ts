// What a simulated container prints, as a function of time: start-up lines that fit its image, the lines of its
// `ecs-local.log` label, periodic activity (access-log lines for web servers), its health check turning, and before
// an injected exit an error line and the exit, or on SIGTERM a graceful shutdown. The same container and window
// always give the same lines, so whoever writes them out can do it in any number of steps.
import { parseLogLines } from '../../../ecs-rules/telemetry-labels';
import type { HealthState, LogLine } from '../container-runtime';

export interface ContainerTimeline {
  name: string;
  image: string;
  taskId: string;
  port?: number;
  labels?: Readonly<Record<string, string | undefined>>;
  /** When the container started (epoch ms). */
  startedAt: number;
  /** An exit the fault-injection labels planned. */
  exit?: { at: number; code: number };
  health?: { at: number; status: HealthState };
  /** When the task was asked to stop (SIGTERM), if it was. */
  stopAt?: number;
}

/** A line every this many ms while the container runs (times the engine's time scale). */
export const ACTIVITY_EVERY_MS = 10_000;
/** However long the window, at most this many activity lines (an engine down for hours does not backfill them all). */
const MAX_ACTIVITY_LINES = 200;

function kind(image: string): 'nginx' | 'httpd' | 'node' | 'python' | 'redis' | 'postgres' | 'other' {
  const name = image.split('/').pop()?.split(/[:@]/)[0] ?? '';
  if (name.includes('nginx')) return 'nginx';
  if (name.includes('httpd') || name.includes('apache')) return 'httpd';
  if (name.includes('node')) return 'node';
  if (name.includes('python') || name.includes('flask') || name.includes('django')) return 'python';
  if (name.includes('redis')) return 'redis';
  if (name.includes('postgres')) return 'postgres';
  return 'other';
}

function nginxTime(at: number): string {
  const d = new Date(at);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${month}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function startupLines(c: ContainerTimeline): string[] {
  const port = c.port ?? 80;
  switch (kind(c.image)) {
    case 'nginx':
      return [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        `${new Date(c.startedAt).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/')} [notice] 1#1: start worker processes`,
      ];
    case 'httpd':
      return [
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 169.254.172.2. Set the 'ServerName' directive globally to suppress this message",
        'Apache/2.4.62 (Unix) configured -- resuming normal operations',
      ];
    case 'node':
      return [`> ${c.name}@1.0.0 start`, '> node server.js', `Server listening on port ${port}`];
    case 'python':
      return [
        '[INFO] Starting gunicorn 22.0.0',
        `[INFO] Listening at: http://0.0.0.0:${port} (1)`,
        '[INFO] Booting worker with pid: 7',
      ];
    case 'redis':
      return [
        '1:C Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
        '1:M Ready to accept connections tcp',
      ];
    case 'postgres':
      return ['LOG:  starting PostgreSQL 16.4', 'LOG:  database system is ready to accept connections'];
    default:
      return [`Starting ${c.name} (${c.image})`, `${c.name} is ready`];
  }
}

const PATHS = ['/', '/health', '/api/orders', '/api/items?page=2', '/static/app.js', '/api/cart'];

/** A deterministic pseudo-random number for the k-th line of a task, so every write of a window agrees. */
function pick(taskId: string, k: number, n: number): number {
  let h = k * 2654435761;
  for (let i = 0; i < 8; i++) h = (h ^ taskId.charCodeAt(i)) * 16777619;
  return Math.abs(h) % n;
}

function activityLine(c: ContainerTimeline, at: number, k: number): string {
  const path = PATHS[pick(c.taskId, k, PATHS.length)];
  const ms = 2 + pick(c.taskId, k + 7, 60);
  const status = path === '/api/cart' && pick(c.taskId, k, 5) === 0 ? 404 : 200;
  switch (kind(c.image)) {
    case 'nginx':
    case 'httpd':
      return `10.0.${pick(c.taskId, k, 4)}.${10 + pick(c.taskId, k + 3, 200)} - - [${nginxTime(at)}] "GET ${path} HTTP/1.1" ${status} ${200 + pick(c.taskId, k, 4000)} "-" "Mozilla/5.0"`;
    case 'redis':
      return `1:M ${new Date(at).toUTCString()} * ${1 + pick(c.taskId, k, 100)} changes in 60 seconds. Saving...`;
    case 'postgres':
      return `LOG:  checkpoint complete: wrote ${pick(c.taskId, k, 90)} buffers`;
    default:
      return `INFO GET ${path} ${status} ${ms}ms`;
  }
}

function exitLines(c: ContainerTimeline, exit: { at: number; code: number }): LogLine[] {
  const line = (at: number, stream: LogLine['stream'], message: string): LogLine => ({ at, stream, message });
  if (exit.code === 0) return [line(exit.at, 'stdout', `${c.name} finished its work; exiting with code 0`)];
  const error =
    exit.code === 137
      ? 'Out of memory: the process was killed (exit code 137)'
      : `ERROR Unhandled exception: connection to database at 10.0.2.15:5432 refused (ECONNREFUSED)`;
  return [
    line(exit.at - 100, 'stderr', error),
    line(exit.at, 'stderr', `${c.name} exited with code ${exit.code} (injected by the ecs-local.exit-code label)`),
  ];
}

/** The lines the container printed with times in (from, to], oldest first. */
export function simulatedOutput(c: ContainerTimeline, from: number, to: number, activityEveryMs: number): LogLine[] {
  const lines: LogLine[] = [];
  const add = (at: number, message: string, stream: LogLine['stream'] = 'stdout') => {
    if (at > from && at <= to) lines.push({ at, stream, message });
  };
  const boot = [...startupLines(c), ...parseLogLines(c.labels)];
  boot.forEach((message, i) => {
    add(c.startedAt + i, message);
  });
  const end = Math.min(c.exit?.at ?? Number.POSITIVE_INFINITY, c.stopAt ?? Number.POSITIVE_INFINITY);
  const last = Math.floor((Math.min(to, end - 1) - c.startedAt) / activityEveryMs);
  const firstK = Math.max(1, Math.floor((from - c.startedAt) / activityEveryMs), last - MAX_ACTIVITY_LINES + 1);
  for (let k = firstK; k <= last; k++)
    add(c.startedAt + k * activityEveryMs, activityLine(c, c.startedAt + k * activityEveryMs, k));
  if (c.health && c.health.at < end)
    add(
      c.health.at,
      c.health.status === 'HEALTHY'
        ? 'Health check passed: the container answered its health check command'
        : 'Health check failed: the container did not answer its health check command (retries exhausted)',
      c.health.status === 'HEALTHY' ? 'stdout' : 'stderr',
    );
  if (c.exit && (c.stopAt === undefined || c.exit.at <= c.stopAt))
    for (const l of exitLines(c, c.exit)) add(l.at, l.message, l.stream);
  else if (c.stopAt !== undefined) {
    add(c.stopAt, 'Received SIGTERM, shutting down gracefully');
    add(c.stopAt + 50, `${c.name} stopped`);
  }
  return lines.sort((a, b) => a.at - b.at);
}
