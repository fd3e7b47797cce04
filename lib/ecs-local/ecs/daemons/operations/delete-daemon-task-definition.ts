// DeleteDaemonTaskDefinition: an ACTIVE revision (family:revision or ARN) can no longer be used for new
// daemons. Differs from ECS: it is DELETE_IN_PROGRESS while a daemon still runs it and DELETED at once
// otherwise (the daemon scheduler finishes the deletion when the last daemon moves off it).
import type { DeleteDaemonTaskDefinitionRequest, DeleteDaemonTaskDefinitionResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import { clientError } from '../../common/errors';
import { daemonsUsing } from '../model';
import { findDaemonTaskDefinition, saveDaemonTaskDefinition } from '../task-definitions';

export const deleteDaemonTaskDefinition = operation<DeleteDaemonTaskDefinitionRequest, DeleteDaemonTaskDefinitionResponse>(
  (ctx, input) => {
    const identifier = input.daemonTaskDefinition ?? '';
    if (!/:\d+$/.test(identifier))
      throw clientError('Give the daemon task definition with its revision (family:revision) or its full ARN.');
    const doc = findDaemonTaskDefinition(ctx, identifier);
    if (doc.status !== 'ACTIVE')
      throw clientError(
        `The daemon task definition ${doc.family}:${doc.revision} is ${doc.status}; only an ACTIVE one can be deleted.`,
      );
    doc.status = daemonsUsing(ctx, doc.daemonTaskDefinitionArn) > 0 ? 'DELETE_IN_PROGRESS' : 'DELETED';
    doc.deleteRequestedAt = nowSeconds(ctx);
    saveDaemonTaskDefinition(ctx, doc);
    return { daemonTaskDefinitionArn: doc.daemonTaskDefinitionArn };
  },
);
