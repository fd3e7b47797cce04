// Listener protocols per load balancer type, and the change that tells a real network to serve what is stored.
import type { OpContext } from '../../core/context';
import { ElbError, validationError } from '../common/errors';
import type { LoadBalancerDoc } from '../load-balancers/model';
import { networkOf } from '../network/registry';
import type { ListenerDoc } from './model';

const LISTENER_PROTOCOLS = { application: ['HTTP', 'HTTPS'], network: ['TCP', 'UDP', 'TLS', 'TCP_UDP'] };

/** The listener's protocol (default HTTP for an ALB, TCP for an NLB), checked against the load balancer's type. */
export function listenerProtocol(
  lb: LoadBalancerDoc,
  protocol: string | undefined,
  certificates: number,
): ListenerDoc['Protocol'] {
  const allowed = LISTENER_PROTOCOLS[lb.Type];
  const chosen = protocol ?? allowed[0];
  if (!allowed.includes(chosen))
    throw new ElbError(
      'IncompatibleProtocols',
      `Listener protocol '${chosen}' is not supported with a load balancer of type '${lb.Type}'. Use ${allowed.join(', ')}.`,
    );
  if ((chosen === 'HTTPS' || chosen === 'TLS') && certificates !== 1)
    throw new ElbError('ValidationError', `A certificate must be specified for ${chosen} listeners`);
  return chosen as ListenerDoc['Protocol'];
}

export function checkPort(port: number | undefined): number {
  if (port === undefined) throw validationError('A listener port must be specified.');
  return port;
}

/** After the transaction commits, a real network serves the region's listeners as stored. */
export function listenersChanged(ctx: OpContext): void {
  const network = networkOf(ctx.store);
  const region = ctx.region;
  if (network) ctx.afterCommit(() => network.listenersChanged(region));
}
