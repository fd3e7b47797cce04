// DiscoverPollEndpoint: where an agent polls for its work. Here that is the engine itself: the endpoint, the
// telemetry endpoint and the Service Connect endpoint all name the engine's own URL. A call that names a
// container instance is that instance's agent heartbeat: it keeps (or brings back) `agentConnected`.
// Differs from ECS: ECS's agent heartbeats over its ACS WebSocket, which the engine does not speak; the
// ecs-local agent calls DiscoverPollEndpoint for it every few seconds instead.
import type { DiscoverPollEndpointRequest, DiscoverPollEndpointResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import { findInstance, saveInstance, unknownInstance } from '../model';

/** What the engine answers when it does not know its own URL (not served over HTTP, e.g. in tests). */
export const UNSERVED_ENDPOINT = 'http://127.0.0.1:4599';

export const discoverPollEndpoint = operation<DiscoverPollEndpointRequest, Wire<DiscoverPollEndpointResponse>>((ctx, input) => {
  const endpoint = ctx.settings.endpoint ?? UNSERVED_ENDPOINT;
  if (input.containerInstance) {
    const cluster = activeCluster(ctx, input.cluster).clusterName;
    const doc = findInstance(ctx, cluster, input.containerInstance);
    if (!doc) throw unknownInstance(input.containerInstance);
    if (doc.status === 'INACTIVE')
      throw invalidParameter(
        `The container instance ${input.containerInstance} was deregistered (INACTIVE). Register the instance again to run tasks on it.`,
      );
    doc._heartbeatAt = ctx.now;
    if (doc.agentConnected === false) {
      doc.agentConnected = true;
      doc.version = (doc.version ?? 1) + 1;
      wakeDaemonServices(ctx, cluster);
    }
    saveInstance(ctx, doc);
  }
  return { endpoint, telemetryEndpoint: endpoint, serviceConnectEndpoint: endpoint };
});
