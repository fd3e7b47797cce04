// Service revisions (kind `revision`, id = its ARN, parent `<cluster>/<service>`): what a deployment runs, as
// DescribeServiceRevisions shows it. One is recorded when a deployment starts; a rollback goes back to the
// revision of the deployment it restores.
import crypto from 'node:crypto';
import type { ServiceRevision } from '@aws-sdk/client-ecs';
import { nowSeconds, type OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { clusterOf, type DeploymentState, type ServiceState } from './model';

export type ServiceRevisionDoc = Wire<ServiceRevision> & { serviceRevisionArn: string };

/** The digest a simulated image resolves to (the same one tasks report). */
function imageDigest(image: string | undefined): string {
  return `sha256:${crypto
    .createHash('sha256')
    .update(image ?? '')
    .digest('hex')}`;
}

export function recordRevision(
  ctx: OpContext,
  service: ServiceState,
  deployment: DeploymentState,
  td: TaskDefinitionDoc | undefined,
  revisionArn: string,
): void {
  const doc: ServiceRevisionDoc = {
    serviceRevisionArn: revisionArn,
    serviceArn: service.serviceArn,
    clusterArn: service.clusterArn,
    taskDefinition: deployment.taskDefinition,
    capacityProviderStrategy: deployment.capacityProviderStrategy,
    launchType: deployment.launchType,
    platformVersion: deployment.platformVersion,
    platformFamily: deployment.platformFamily,
    loadBalancers: service.loadBalancers ?? [],
    serviceRegistries: service.serviceRegistries ?? [],
    networkConfiguration: deployment.networkConfiguration,
    containerImages: (td?.containerDefinitions ?? []).map((c) => ({
      containerName: c.name,
      image: c.image,
      imageDigest: imageDigest(c.image),
    })),
    guardDutyEnabled: false,
    createdAt: nowSeconds(ctx),
  };
  ctx.store.put(ctx.region, 'revision', revisionArn, doc, { parent: `${clusterOf(service)}/${service.serviceName}` });
}
