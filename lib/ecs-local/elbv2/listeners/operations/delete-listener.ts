// DeleteListener: its rules go with it; target groups it forwarded to no longer serve the load balancer.
import type { DeleteListenerInput, DeleteListenerOutput } from '@aws-sdk/client-elastic-load-balancing-v2';
import { operation } from '../../../core/aws-service';
import { deleteRules, refreshGroupLinks, requireListener } from '../model';
import { listenersChanged } from '../protocols';

export const deleteListener = operation<DeleteListenerInput, DeleteListenerOutput>((ctx, input) => {
  const listener = requireListener(ctx, input.ListenerArn ?? '');
  const groups = deleteRules(ctx, listener.ListenerArn);
  ctx.store.delete(ctx.region, 'listener', listener.ListenerArn);
  refreshGroupLinks(ctx, groups);
  listenersChanged(ctx);
  return {};
});
