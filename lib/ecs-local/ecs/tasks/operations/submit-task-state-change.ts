// SubmitTaskStateChange, as the container agent calls it: RUNNING with the containers' runtime ids and network
// bindings once they all started; STOPPED with their exit codes once they all stopped (or with the reason the
// task could not start). Only tasks on an agent's instance can be reported on.
// Differs from ECS: pullStartedAt / pullStoppedAt / executionStoppedAt are taken from the engine's own clock.
import type { SubmitTaskStateChangeRequest, SubmitTaskStateChangeResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { RuntimeEvent } from '../../../runtime/container-runtime';
import { invalidParameter } from '../../common/errors';
import { agentTask, bindings, containerOf, reportFromAgent } from '../agent-reports';

const NOT_STARTED = new Set(['PROVISIONING', 'PENDING']);

export const submitTaskStateChange = operation<SubmitTaskStateChangeRequest, SubmitTaskStateChangeResponse>((ctx, input) => {
  const task = agentTask(ctx, input.cluster, input.task);
  const containers = input.containers ?? [];
  for (const c of containers) containerOf(task, c.containerName);
  const at = ctx.now;
  const exits: RuntimeEvent[] = containers
    .filter((c) => c.status === 'STOPPED' && c.exitCode !== undefined)
    .map((c) => ({ type: 'exit', at, container: c.containerName ?? '', exitCode: c.exitCode, reason: c.reason }));
  switch (input.status) {
    case 'PENDING':
      return reportFromAgent(ctx, task, []);
    case 'RUNNING':
      return reportFromAgent(ctx, task, [
        {
          type: 'started',
          at,
          containers: containers
            .filter((c) => c.runtimeId)
            .map((c) => ({
              name: c.containerName ?? '',
              runtimeId: c.runtimeId ?? '',
              networkBindings: bindings(c.networkBindings),
            })),
        },
        ...exits,
      ]);
    case 'STOPPED': {
      if (NOT_STARTED.has(task.lastStatus)) {
        const reason =
          input.reason ??
          containers.find((c) => c.reason)?.reason ??
          'CannotStartContainerError: the agent could not start the task';
        return reportFromAgent(ctx, task, [{ type: 'start-failed', at, reason }]);
      }
      const exitCodes = Object.fromEntries(
        containers.filter((c) => c.exitCode !== undefined).map((c) => [c.containerName ?? '', c.exitCode ?? 0]),
      );
      return reportFromAgent(ctx, task, [...exits, { type: 'stopped', at, exitCodes }]);
    }
    default:
      throw invalidParameter(`A task's status can be reported as PENDING, RUNNING or STOPPED, not ${input.status ?? '(none)'}.`);
  }
});
