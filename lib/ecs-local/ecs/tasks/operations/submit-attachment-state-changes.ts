// SubmitAttachmentStateChanges: an agent tells the state of a task's attachment (the awsvpc ENI), named by its
// ARN `arn:aws:ecs:<region>:<account>:attachment/<attachment id>` or by its id. Differs from ECS: the engine
// keeps its own ENI states (PRECREATED → ATTACHED → DELETED) along the task's lifecycle; a reported ATTACHED or
// DETACHED is recorded on the attachment and acknowledged.
import type { SubmitAttachmentStateChangesRequest, SubmitAttachmentStateChangesResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { saveTask, type TaskRecord } from '../model';

const STATES = new Set(['PRECREATED', 'ATTACHED', 'DETACHED', 'DELETED']);

export const submitAttachmentStateChanges = operation<SubmitAttachmentStateChangesRequest, SubmitAttachmentStateChangesResponse>(
  (ctx, input) => {
    const cluster = activeCluster(ctx, input.cluster).clusterName;
    const changes = input.attachments ?? [];
    if (changes.length === 0) throw invalidParameter('attachments must name at least one attachment.');
    const tasks = ctx.store.list<TaskRecord>(ctx.region, 'task', { parent: cluster });
    const touched = new Set<TaskRecord>();
    for (const change of changes) {
      const id = (change.attachmentArn ?? '').slice((change.attachmentArn ?? '').lastIndexOf('/') + 1);
      if (!STATES.has(change.status ?? ''))
        throw invalidParameter(`An attachment's status can be ${[...STATES].join(', ')}, not ${change.status}.`);
      const task = tasks.find((t) => t.attachments?.some((a) => a.id === id));
      const attachment = task?.attachments?.find((a) => a.id === id);
      if (!task || !attachment)
        throw invalidParameter(
          `The attachment ${change.attachmentArn} was not found in cluster ${cluster}. Check the attachment ARN.`,
        );
      attachment.status = change.status;
      touched.add(task);
    }
    for (const task of touched) saveTask(ctx, task, task);
    return { acknowledgment: 'ACK' };
  },
);
