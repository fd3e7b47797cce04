// DeleteDaemon: the daemon turns DELETE_IN_PROGRESS, its tasks stop, and it is gone once they have stopped
// (DescribeDaemon then answers DaemonNotFoundException).
import type { DeleteDaemonRequest, DeleteDaemonResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { EcsError } from '../../common/errors';
import { findDaemon, saveDaemon } from '../model';
import { daemonChange } from '../view';

export const deleteDaemon = operation<DeleteDaemonRequest, Wire<DeleteDaemonResponse>>((ctx, input) => {
  const daemon = findDaemon(ctx, input.daemonArn ?? '');
  if (daemon.status !== 'ACTIVE')
    throw new EcsError('DaemonNotActiveException', `The daemon ${daemon.daemonName} is already being deleted.`);
  daemon.status = 'DELETE_IN_PROGRESS';
  daemon.updatedAt = nowSeconds(ctx);
  saveDaemon(ctx, daemon, ctx.now);
  return daemonChange(daemon);
});
