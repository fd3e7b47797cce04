// Stopped-task view models: one record per stopped task the console has seen, and the "why is it failing" groups
// (same stopped reason and exit codes), with the services and revisions each group came from.
import type { Task } from '@aws-sdk/client-ecs';
import { familyRevision, resourceName } from '../../arn';

export interface StoppedContainerView {
  name: string;
  exitCode?: number;
  reason?: string;
}

export interface StoppedTaskRecord {
  taskArn: string;
  taskId: string;
  cluster: string;
  /** From the task's group `service:<name>`; undefined for standalone tasks. */
  service?: string;
  group: string;
  taskDefinition: string;
  stopCode: string;
  stoppedReason: string;
  containers: StoppedContainerView[];
  /** Epoch milliseconds. */
  stoppedAt: number;
}

export interface StoppedGroupSource {
  cluster: string;
  /** The service name, or the task group (e.g. `family:web`) for standalone tasks. */
  service?: string;
  taskDefinition: string;
  count: number;
}

export interface StoppedGroup {
  key: string;
  stoppedReason: string;
  stopCode: string;
  /** Distinct container exit codes, e.g. "1" or "1, 137"; "-" when no container reported one. */
  exitCodes: string;
  /** The first container reason seen, e.g. "CannotPullContainerError: ...". */
  containerReason?: string;
  count: number;
  lastStoppedAt: string;
  sources: StoppedGroupSource[];
  /** A few tasks to open, newest first; with their revision and stop time, so their logs stay reachable. */
  sampleTasks: { cluster: string; taskId: string; taskDefinition: string; stoppedAt: number }[];
}

/** The record to keep, or undefined while the task is still on its way to STOPPED. */
export function toStoppedTaskRecord(cluster: string, task: Task): StoppedTaskRecord | undefined {
  if (task.lastStatus !== 'STOPPED' || !task.taskArn) return undefined;
  const group = task.group ?? '';
  return {
    taskArn: task.taskArn,
    taskId: resourceName(task.taskArn),
    cluster,
    service: group.startsWith('service:') ? group.slice('service:'.length) : undefined,
    group,
    taskDefinition: familyRevision(task.taskDefinitionArn),
    stopCode: task.stopCode ?? '-',
    stoppedReason: task.stoppedReason ?? '-',
    containers: (task.containers ?? []).map((c) => ({ name: c.name ?? '', exitCode: c.exitCode, reason: c.reason })),
    stoppedAt: new Date(task.stoppedAt ?? task.executionStoppedAt ?? task.stoppingAt ?? Date.now()).getTime(),
  };
}

export function exitCodesOf(record: StoppedTaskRecord): string {
  const codes = [...new Set(record.containers.flatMap((c) => (c.exitCode === undefined ? [] : [c.exitCode])))];
  return codes.length ? codes.sort((a, b) => a - b).join(', ') : '-';
}

/**
 * Whether a stop is a failure worth explaining. Not failures: a task whose containers all exited 0 (a batch job that
 * finished) and a task the service scheduler replaced or scaled in ("Scaling activity initiated by deployment …").
 */
export function isFailedStop(record: StoppedTaskRecord): boolean {
  if (record.stopCode === 'ServiceSchedulerInitiated' && record.stoppedReason.startsWith('Scaling activity initiated by'))
    return false;
  const codes = record.containers.flatMap((c) => (c.exitCode === undefined ? [] : [c.exitCode]));
  if (record.stopCode === 'EssentialContainerExited' && codes.length > 0 && codes.every((code) => code === 0)) return false;
  return true;
}

/**
 * Groups by stopped reason + exit codes, newest group first; within a group the sources that failed most recently
 * come first (the table shows five): a service failing now is not hidden behind one that crash-looped for an hour.
 */
export function groupStoppedTasks(records: readonly StoppedTaskRecord[], samples = 3): StoppedGroup[] {
  const groups = new Map<string, StoppedGroup & { lastMs: number }>();
  const sourceLastMs = new Map<StoppedGroupSource, number>();
  for (const r of records) {
    const exitCodes = exitCodesOf(r);
    const key = `${r.stoppedReason}\u0000${exitCodes}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        stoppedReason: r.stoppedReason,
        stopCode: r.stopCode,
        exitCodes,
        containerReason: r.containers.find((c) => c.reason)?.reason,
        count: 0,
        lastStoppedAt: '',
        lastMs: 0,
        sources: [],
        sampleTasks: [],
      };
      groups.set(key, g);
    }
    g.count++;
    if (r.stoppedAt > g.lastMs) g.lastMs = r.stoppedAt;
    const service = r.service ?? (r.group || undefined);
    const source = g.sources.find(
      (s) => s.cluster === r.cluster && s.service === service && s.taskDefinition === r.taskDefinition,
    );
    const counted = source ?? { cluster: r.cluster, service, taskDefinition: r.taskDefinition, count: 0 };
    if (!source) g.sources.push(counted);
    counted.count++;
    sourceLastMs.set(counted, Math.max(sourceLastMs.get(counted) ?? 0, r.stoppedAt));
    if (g.sampleTasks.length < samples)
      g.sampleTasks.push({ cluster: r.cluster, taskId: r.taskId, taskDefinition: r.taskDefinition, stoppedAt: r.stoppedAt });
  }
  return [...groups.values()]
    .sort((a, b) => b.lastMs - a.lastMs)
    .map(({ lastMs, ...g }) => ({
      ...g,
      lastStoppedAt: new Date(lastMs).toISOString(),
      sources: g.sources.sort((a, b) => (sourceLastMs.get(b) ?? 0) - (sourceLastMs.get(a) ?? 0) || b.count - a.count),
    }));
}
