// The one kind of scalable target the engine serves: an ECS service's desired count (`ecs` /
// `ecs:service:DesiredCount`, resource ID `service/<cluster>/<service>`), and the ECS service document behind it.
// Auto scaling reads and writes ECS's service model (never its operations), as UpdateService would.
import { ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE } from '../../../ecs-rules/auto-scaling';
import type { OpContext } from '../../core/context';
import { serviceId } from '../../ecs/common/documents';
import { applyDesiredCount, loadService, type ServiceState, saveService } from '../../ecs/services/model';
import { applyIndexedCounts } from '../../ecs/services/service-tasks';
import { type TargetKey, validation } from './errors';

export const ECS_NAMESPACE = ECS_SERVICE_NAMESPACE;
export const ECS_DESIRED_COUNT = ECS_SCALABLE_DIMENSION;

export interface EcsResource {
  cluster: string;
  service: string;
}

/** The ECS service a resource ID names, after checking the namespace and dimension go with it. */
export function ecsResource(key: TargetKey): EcsResource {
  if (key.ServiceNamespace !== ECS_NAMESPACE)
    throw validation(
      `The local engine scales ECS services only: use ServiceNamespace ecs and ScalableDimension ${ECS_DESIRED_COUNT} (got ${key.ServiceNamespace}).`,
    );
  if (key.ScalableDimension !== ECS_DESIRED_COUNT)
    throw validation('Unsupported service namespace, resource type or scalable dimension');
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(key.ResourceId);
  if (!m)
    throw validation(
      `Unsupported service namespace, resource type or scalable dimension: an ECS resource ID is service/<cluster-name>/<service-name>, not ${key.ResourceId}.`,
    );
  return { cluster: m[1], service: m[2] };
}

export function resourceIdOf(cluster: string, service: string): string {
  return `service/${cluster}/${service}`;
}

/** The ACTIVE service the resource names, or undefined (deleted, draining or never created). */
export function activeService(ctx: OpContext, resource: EcsResource): ServiceState | undefined {
  const service = loadService(ctx, resource.cluster, resource.service);
  return service?.status === 'ACTIVE' ? service : undefined;
}

/** Sets the service's desired count as UpdateService does; the reconciler starts or stops tasks right after. */
export function setDesiredCount(ctx: OpContext, service: ServiceState, desiredCount: number): void {
  applyDesiredCount(service, desiredCount);
  saveService(ctx, service, ctx.now);
}

/** Scale-in waits while a deployment is rolling out (AWS: scale-in is disabled during an ECS deployment). */
export function deploying(service: ServiceState): boolean {
  return service.deployments.length > 1 || service.deployments.some((d) => d.rolloutState === 'IN_PROGRESS');
}

/** The service's RUNNING task count, counted from the task index as DescribeServices counts it. */
export function runningCount(ctx: OpContext, resource: EcsResource, service: ServiceState): number {
  const copy = { ...service, deployments: service.deployments.map((d) => ({ ...d })) };
  applyIndexedCounts(ctx, resource.cluster, [copy]);
  return copy.runningCount ?? 0;
}

/**
 * Names (or, with undefined, forgets) the scalable target watching the service, in the service's `_notify`: ECS's
 * DeleteService makes that document due, so the target deregisters itself without ECS importing auto scaling.
 */
export function watchService(ctx: OpContext, resource: EcsResource, targetDocId: string | undefined): void {
  const service = loadService(ctx, resource.cluster, resource.service);
  if (!service) return;
  const watcher = targetDocId === undefined ? undefined : { kind: 'scalable-target' as const, id: targetDocId };
  if (JSON.stringify(service._notify) === JSON.stringify(watcher)) return;
  service._notify = watcher;
  ctx.store.replaceBody(ctx.region, 'service', serviceId(resource.cluster, resource.service), service);
}
