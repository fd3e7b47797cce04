// A container's output and resource use, as the runtime hands them to its sink: stdout/stderr lines with
// Docker's own timestamps (batched, about once a second), and CPU / memory as percentages of what the task was
// given (ECS's CPUUtilization / MemoryUtilization basis), sampled from `docker stats`.
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import type { LogLine } from '../container-runtime';

const FLUSH_MS = 1000;
const MAX_BATCH = 1000;

/** `2026-01-01T00:00:00.123456789Z message` → its time (epoch ms) and message. */
export function parseLogLine(line: string, stream: LogLine['stream']): LogLine {
  const space = line.indexOf(' ');
  const at = space > 0 ? Date.parse(line.slice(0, space)) : Number.NaN;
  if (Number.isNaN(at)) return { at: Date.now(), stream, message: line };
  return { at, stream, message: line.slice(space + 1) };
}

/** Follows a container's output until it ends (or stop() is called); `onLines` gets batches in order. */
export async function followLogs(
  docker: Docker,
  id: string,
  tty: boolean,
  onLines: (lines: LogLine[]) => void,
  sinceSeconds = 0,
): Promise<() => void> {
  const raw = (await docker.getContainer(id).logs({
    follow: true,
    stdout: true,
    stderr: true,
    timestamps: true,
    since: sinceSeconds,
  })) as unknown as NodeJS.ReadableStream & { destroy?: () => void };
  let batch: LogLine[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    // stdout and stderr arrive on separate streams: put each batch back in Docker's time order.
    const lines = batch.sort((a, b) => a.at - b.at);
    batch = [];
    onLines(lines);
  };
  const timer = setInterval(flush, FLUSH_MS);
  timer.unref();
  const reader = (stream: LogLine['stream']) => {
    let partial = '';
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        batch.push(parseLogLine(line.replace(/\r$/, ''), stream));
        if (batch.length >= MAX_BATCH) flush();
      }
    });
    out.on('end', () => {
      if (partial) batch.push(parseLogLine(partial, stream));
      partial = '';
    });
    return out;
  };
  const stdout = reader('stdout');
  if (tty) raw.pipe(stdout);
  else docker.modem.demuxStream(raw, stdout, reader('stderr'));
  const finish = () => {
    clearInterval(timer);
    flush();
  };
  raw.on('end', () => setImmediate(finish));
  raw.on('error', finish);
  return () => {
    raw.destroy?.();
    finish();
  };
}

interface DockerStats {
  cpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number; online_cpus?: number };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; limit?: number; stats?: { cache?: number; inactive_file?: number } };
}

/**
 * CPU as percent of the task's CPU units (1024 = one core; the whole machine when the task names none) and
 * memory as percent of the task's MiB (Docker's limit when it names none).
 */
export function usagePercents(
  stats: DockerStats,
  taskCpuUnits?: number,
  taskMemoryMiB?: number,
): { cpuPercent: number; memoryPercent: number } {
  const cpu = stats.cpu_stats;
  const pre = stats.precpu_stats;
  const cpuDelta = (cpu?.cpu_usage?.total_usage ?? 0) - (pre?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu?.system_cpu_usage ?? 0) - (pre?.system_cpu_usage ?? 0);
  const online = cpu?.online_cpus ?? 1;
  const cores = cpuDelta > 0 && systemDelta > 0 ? (cpuDelta / systemDelta) * online : 0;
  const givenCores = taskCpuUnits ? taskCpuUnits / 1024 : online;
  const memory = stats.memory_stats;
  const used = Math.max(0, (memory?.usage ?? 0) - (memory?.stats?.inactive_file ?? memory?.stats?.cache ?? 0));
  const limit = taskMemoryMiB ? taskMemoryMiB * 1024 * 1024 : (memory?.limit ?? 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { cpuPercent: round((cores / givenCores) * 100), memoryPercent: limit > 0 ? round((used / limit) * 100) : 0 };
}

/** One `docker stats` sample (Docker measures over about a second). */
export async function sampleStats(docker: Docker, id: string): Promise<DockerStats> {
  return (await docker.getContainer(id).stats({ stream: false })) as DockerStats;
}
