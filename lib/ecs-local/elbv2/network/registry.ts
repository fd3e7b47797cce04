// Which engines run real load balancers: the network (network/load-balancer-network.ts) an engine attached to its
// store. Operations and scheduler steps only ask it to act after their transaction commits; without one, listeners
// are records and target health is simulated.
import type { Store } from '../../store/store';

export interface RealNetwork {
  /** Listeners of the region were created, changed or deleted: serve what is stored now. */
  listenersChanged(region: string): void;
  /** Runs one health check of a target and writes its result back in a transaction of its own. */
  probe(region: string, targetKey: string): void;
}

const networks = new WeakMap<Store, RealNetwork>();

export function attachNetwork(store: Store, network: RealNetwork): void {
  networks.set(store, network);
}

export function detachNetwork(store: Store): void {
  networks.delete(store);
}

export function networkOf(store: Store): RealNetwork | undefined {
  return networks.get(store);
}
