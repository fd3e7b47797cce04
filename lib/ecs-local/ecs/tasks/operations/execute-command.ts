// ExecuteCommand: checks what ECS checks before it opens an ECS Exec session (interactive mode, execute
// command enabled on the task, the task and its container RUNNING) and answers with a session. Differs from
// ECS: no Session Manager session is opened: the stream URL and token are well-formed but nothing listens on
// them (a runtime that runs real containers could attach one here later).
import crypto from 'node:crypto';
import type { ExecuteCommandRequest, ExecuteCommandResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { EcsError, invalidParameter } from '../../common/errors';
import { findTask } from '../view';

export const EXEC_NOT_ENABLED =
  "The execute command failed because execute command was not enabled when the task was run or the execute command agent isn't running. Wait and try again or run a new task with execute command enabled and try again.";

export const executeCommand = operation<ExecuteCommandRequest, ExecuteCommandResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster);
  if (!input.interactive) throw invalidParameter('Interactive is the only mode supported currently.');
  if (!input.command?.trim()) throw invalidParameter('command must not be empty: give the command to run, e.g. /bin/sh.');
  const task = findTask(ctx, cluster.clusterName, input.task ?? '');
  if (!task) throw invalidParameter('The referenced task was not found.');
  if (!task.enableExecuteCommand) throw invalidParameter(EXEC_NOT_ENABLED);
  const containers = task.containers ?? [];
  if (!input.container && containers.length > 1)
    throw invalidParameter(
      `The task has ${containers.length} containers (${containers.map((c) => c.name).join(', ')}). Name the container to run the command in.`,
    );
  const container = input.container ? containers.find((c) => c.name === input.container) : containers[0];
  if (!container) throw invalidParameter(`The task has no container named ${input.container}.`);
  if (task.lastStatus !== 'RUNNING' || container.lastStatus !== 'RUNNING')
    throw new EcsError(
      'TargetNotConnectedException',
      `The execute command failed because the task is ${task.lastStatus} and its container ${container.name} is ${container.lastStatus}; commands run only in RUNNING containers.`,
    );
  const sessionId = `ecs-execute-command-${crypto.randomBytes(9).toString('hex')}`;
  return {
    clusterArn: cluster.clusterArn,
    containerArn: container.containerArn,
    containerName: container.name,
    interactive: true,
    taskArn: task.taskArn,
    session: {
      sessionId,
      streamUrl: `wss://ssmmessages.${ctx.region}.amazonaws.com/v1/data-channel/${sessionId}?role=publish_subscribe&cell-number=local`,
      tokenValue: crypto.randomBytes(48).toString('base64'),
    },
  };
});
