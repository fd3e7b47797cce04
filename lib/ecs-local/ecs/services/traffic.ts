// The traffic-shift seam of blue/green deployments. With load balancers, ECS moves the test and production
// listener rules to the green revision's target group here; the engine does not wire load balancers to
// services yet, so this only records the requested weights on the service deployment (what
// DescribeServiceDeployments shows). When ELBv2 registration arrives, the listener changes go in this function.
import type { OpContext } from '../../core/context';
import { updateServiceDeployment } from './deployments';
import type { DeploymentState } from './model';

export type TrafficKind = 'TEST' | 'PRODUCTION';

/** Sends `percent` % of test or production traffic to `green` (the rest stays on the source revisions). */
export function shiftTraffic(ctx: OpContext, green: DeploymentState, kind: TrafficKind, percent: number): void {
  updateServiceDeployment(ctx, green._sdArn, (doc) => {
    const member = kind === 'TEST' ? 'requestedTestTrafficWeight' : 'requestedProductionTrafficWeight';
    if (doc.targetServiceRevision) doc.targetServiceRevision[member] = percent;
    const sources = doc.sourceServiceRevisions ?? [];
    for (const source of sources) source[member] = sources.length > 0 ? (100 - percent) / sources.length : 0;
  });
}
