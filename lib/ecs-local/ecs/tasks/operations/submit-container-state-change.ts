// SubmitContainerStateChange, as the container agent calls it: a container STOPPED on its own (with its exit code
// and reason; an essential one stops the task). Differs from ECS: the status may also be HEALTHY, UNHEALTHY or
// UNKNOWN, the container's health check result, which ECS's agent sends over its telemetry connection instead.
import type { SubmitContainerStateChangeRequest, SubmitContainerStateChangeResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { invalidParameter } from '../../common/errors';
import { agentTask, containerOf, reportFromAgent } from '../agent-reports';

export const submitContainerStateChange = operation<SubmitContainerStateChangeRequest, SubmitContainerStateChangeResponse>(
  (ctx, input) => {
    const task = agentTask(ctx, input.cluster, input.task);
    const container = containerOf(task, input.containerName);
    const at = ctx.now;
    switch (input.status) {
      case 'PENDING':
      case 'RUNNING':
        return reportFromAgent(ctx, task, []);
      case 'STOPPED':
        return reportFromAgent(ctx, task, [{ type: 'exit', at, container, exitCode: input.exitCode, reason: input.reason }]);
      case 'HEALTHY':
      case 'UNHEALTHY':
      case 'UNKNOWN':
        return reportFromAgent(ctx, task, [{ type: 'health', at, container, health: input.status }]);
      default:
        throw invalidParameter(
          `A container's status can be reported as PENDING, RUNNING, STOPPED, HEALTHY, UNHEALTHY or UNKNOWN, not ${input.status ?? '(none)'}.`,
        );
    }
  },
);
