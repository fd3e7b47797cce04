// Stopping a task's containers as the ECS agent does: dependents before their dependencies, each with SIGTERM
// and SIGKILL after its stopTimeout (ECS's 30 s by default), then the `stopped` report with every exit code.
import type { RuntimeEvent } from '../container-runtime';
import { DEFAULT_STOP_TIMEOUT_SECONDS } from './container-config';
import { stopOrder } from './dependencies';
import type { RunContainer, RunParts, TaskRun } from './task-run';

function statusCode(err: unknown): number | undefined {
  return (err as { statusCode?: number }).statusCode;
}

async function stopContainer(parts: RunParts, container: RunContainer): Promise<void> {
  if (!container.id || container.state.exitCode !== undefined) return;
  try {
    await parts.docker.getContainer(container.id).stop({ t: container.def.stopTimeout ?? DEFAULT_STOP_TIMEOUT_SECONDS });
  } catch (err) {
    // 304: already stopped; 404: already gone.
    if (statusCode(err) !== 304 && statusCode(err) !== 404) throw err;
  }
}

/** Exit codes of the containers that ran, as Docker has them now. */
async function exitCodes(parts: RunParts, run: TaskRun): Promise<Record<string, number>> {
  const codes: Record<string, number> = {};
  await Promise.all(
    [...run.containers.values()].map(async (c) => {
      if (!c.id) return;
      try {
        const info = await parts.docker.getContainer(c.id).inspect();
        if (info.State?.StartedAt && !info.State.StartedAt.startsWith('0001')) codes[c.name] = info.State.ExitCode ?? 0;
      } catch {
        if (c.state.exitCode !== undefined) codes[c.name] = c.state.exitCode;
      }
    }),
  );
  return codes;
}

/** Stops every container of the run and reports `stopped`. Returns the Docker ids it stopped. */
export async function halt(parts: RunParts, run: TaskRun): Promise<string[]> {
  run.stopping = true;
  run.notify();
  await run.launching?.catch(() => {});
  const ordered = stopOrder(run.defs).flatMap((name) => {
    const c = run.containers.get(name);
    return c ? [c] : [];
  });
  const layered = run.defs.some((d) => (d.dependsOn ?? []).length > 0);
  try {
    if (layered) for (const c of ordered) await stopContainer(parts, c);
    else await Promise.all(ordered.map((c) => stopContainer(parts, c)));
  } catch (err) {
    parts.error(`stopping ${run.task.taskArn}: ${(err as Error).message}`);
  }
  const codes = await exitCodes(parts, run);
  const ids = [...run.ids.values()];
  for (const id of ids) parts.events.off(id);
  // Docker may still be delivering the last lines: let the followers drain before they are cut.
  setTimeout(() => {
    for (const c of run.containers.values()) c.stopLogs?.();
  }, 1000).unref();
  parts.ports.release(run.task.taskArn);
  const stopped: RuntimeEvent = { type: 'stopped', at: Date.now(), exitCodes: codes };
  parts.report(run.task, [stopped]);
  return ids;
}
