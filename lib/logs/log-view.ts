// What the console shows of CloudWatch Logs: log lines marked with their task and container, where each container's
// output goes (awslogs or elsewhere), and the time ranges of the Logs tabs. Pure and client-safe.
import type { MissingPermission } from '../aws/permission';

export type LogRange = '5m' | '1h' | '12h' | 'custom';

export const LOG_RANGES: readonly { id: LogRange; label: string; ms?: number }[] = [
  { id: '5m', label: 'Last 5 minutes', ms: 5 * 60_000 },
  { id: '1h', label: 'Last hour', ms: 60 * 60_000 },
  { id: '12h', label: 'Last 12 hours', ms: 12 * 60 * 60_000 },
  { id: 'custom', label: 'Custom range' },
];

export interface LogQuery {
  range: LogRange;
  /** Custom range, epoch ms. */
  start?: number;
  end?: number;
  /** A CloudWatch Logs filter pattern. */
  filter?: string;
}

export interface LogLineView {
  /** The event id: unique, used to drop lines seen twice while tailing. */
  id: string;
  timestamp: number;
  message: string;
  taskId: string;
  container: string;
}

/** Where one container's output goes, in words for containers that do not use awslogs. */
export interface ContainerLogs {
  container: string;
  driver?: string;
  awslogs?: { group: string; region: string; prefix?: string };
  /** For containers whose logs the console cannot show: where they go instead. */
  elsewhere?: string;
}

/** One stream to read: a container of a task. */
export interface LogStreamRef {
  group: string;
  region: string;
  stream: string;
  taskId: string;
  container: string;
}

export type LogsResult =
  | {
      lines: LogLineView[];
      /** More lines matched than were read (the oldest were left out). */
      truncated: boolean;
      streams: number;
      containers: ContainerLogs[];
      /** Epoch ms the window ended at: where live tail starts. */
      until: number;
    }
  | { denied: MissingPermission; containers: ContainerLogs[] };

const num = (v: string | undefined) => (v !== undefined && /^\d{1,15}$/.test(v) ? Number(v) : undefined);

/** A `datetime-local` value (no zone), read as UTC as the form labels say. */
const utc = (v: string | undefined) => {
  if (!v || !/^\d{4}-\d\d-\d\dT\d\d(:\d\d){1,2}$/.test(v)) return undefined;
  const ms = Date.parse(`${v}Z`);
  return Number.isNaN(ms) ? undefined : ms;
};

/**
 * The Logs tab's state from the URL (`range`, `filter`, and for a custom range `start`/`end` in epoch ms or the
 * form's `from`/`to`); anything unknown means the last hour.
 */
export function parseLogQuery(params: Record<string, string | string[] | undefined>): LogQuery {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const range = LOG_RANGES.find((r) => r.id === one('range'))?.id ?? '1h';
  const filter = one('filter')?.slice(0, 1024) || undefined;
  if (range !== 'custom') return { range, filter };
  const start = num(one('start')) ?? utc(one('from'));
  const end = num(one('end')) ?? utc(one('to'));
  return start !== undefined && end !== undefined && start < end ? { range, start, end, filter } : { range: '1h', filter };
}

/** The query's window at `now`, epoch ms, end exclusive. */
export function logWindow(q: LogQuery, now: number): { start: number; end: number } {
  if (q.range === 'custom' && q.start !== undefined && q.end !== undefined) return { start: q.start, end: q.end };
  const ms = LOG_RANGES.find((r) => r.id === q.range)?.ms ?? 3_600_000;
  return { start: now - ms, end: now + 1 };
}

interface ContainerDefinitionLike {
  name?: string;
  logConfiguration?: { logDriver?: string; options?: Record<string, string> };
}

/** Where a container's logs go, from its task definition. */
export function containerLogs(def: ContainerDefinitionLike, defaultRegion: string): ContainerLogs {
  const container = def.name ?? '';
  const log = def.logConfiguration;
  const options = log?.options ?? {};
  if (!log?.logDriver)
    return {
      container,
      elsewhere: `${container} has no log configuration: its output stays with the container runtime on the host (Fargate discards it). Add the awslogs log driver to collect it in CloudWatch Logs.`,
    };
  if (log.logDriver === 'awslogs' && options['awslogs-group'])
    return {
      container,
      driver: 'awslogs',
      awslogs: {
        group: options['awslogs-group'],
        region: options['awslogs-region'] || defaultRegion,
        prefix: options['awslogs-stream-prefix'] || undefined,
      },
    };
  const where: Record<string, string> = {
    awsfirelens: 'through FireLens (a Fluent Bit or Fluentd sidecar) to wherever its router sends them',
    splunk: `to Splunk${options['splunk-url'] ? ` at ${options['splunk-url']}` : ''}`,
    'json-file': 'to JSON files on the container instance (docker logs)',
    syslog: `to syslog${options['syslog-address'] ? ` at ${options['syslog-address']}` : ''}`,
    journald: 'to the host’s journald',
    gelf: `to a GELF endpoint${options['gelf-address'] ? ` at ${options['gelf-address']}` : ''}`,
    fluentd: `to Fluentd${options['fluentd-address'] ? ` at ${options['fluentd-address']}` : ''}`,
  };
  return {
    container,
    driver: log.logDriver,
    elsewhere: `${container} uses the ${log.logDriver} log driver: its logs go ${where[log.logDriver] ?? 'where that driver sends them'}, not to CloudWatch Logs.`,
  };
}

/** The stream ECS writes a task's container to: `prefix/container/taskId` (without a prefix, the runtime id). */
export function streamOf(logs: ContainerLogs, taskId: string, runtimeId?: string): string | undefined {
  if (!logs.awslogs) return undefined;
  if (logs.awslogs.prefix) return `${logs.awslogs.prefix}/${logs.container}/${taskId}`;
  return runtimeId;
}

/** The lines as a downloadable text file: ISO time, task, container, message. */
export function linesAsText(lines: readonly LogLineView[]): string {
  return lines.map((l) => `${new Date(l.timestamp).toISOString()}\t${l.taskId}\t${l.container}\t${l.message}`).join('\n');
}
