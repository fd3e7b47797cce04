// UpdateContainerAgent. The ecs-local agent comes with the engine and cannot update itself, so an agent's
// instance answers NoUpdateAvailableException; an instance no agent runs has no agent version to update
// (MissingVersionException), as with ECS for instances whose agent version is unknown.
import type { UpdateContainerAgentRequest } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { EcsError } from '../../common/errors';
import { findInstance, isAgentInstance, unknownInstance } from '../model';

export const updateContainerAgent = operation<UpdateContainerAgentRequest, never>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const doc = findInstance(ctx, cluster, input.containerInstance ?? '');
  if (!doc || doc.status === 'INACTIVE') throw unknownInstance(input.containerInstance ?? '');
  if (!isAgentInstance(doc))
    throw new EcsError(
      'MissingVersionException',
      'No container agent runs on this container instance, so there is no agent version to update. Start one with `npm run ecs-local -- agent`.',
    );
  throw new EcsError(
    'NoUpdateAvailableException',
    'There is no update available for this container agent: the ecs-local agent is the one that comes with this engine.',
  );
});
