// Attributes live on their target's document: for `container-instance`, the only target type ECS has, in
// the instance's `attributes` list (with ECS's own `ecs.*` ones). Changing them wakes the cluster's DAEMON
// services, since memberOf constraints may now match other instances.
import type { Attribute } from '@aws-sdk/client-ecs';
import { attributeError } from '../../../ecs-rules/attributes';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { EcsError, invalidParameter } from '../common/errors';
import { findInstance, type InstanceDoc, saveInstance } from '../container-instances/model';

export const TARGET_TYPE = 'container-instance';

export function targetNotFound(): EcsError {
  return new EcsError(
    'TargetNotFoundException',
    'The specified target wasn\u2019t found. You can view your available container instances with ListContainerInstances. Amazon ECS container instances are cluster-specific and Region-specific.',
  );
}

/** Checks an attribute of a Put/DeleteAttributes call: a container instance target and a valid name and value. */
export function checkAttribute(attribute: Wire<Attribute>): void {
  if (attribute.targetType !== undefined && attribute.targetType !== TARGET_TYPE)
    throw invalidParameter(`targetType must be ${TARGET_TYPE}.`);
  if (!attribute.targetId)
    throw invalidParameter(
      `The attribute ${attribute.name ?? ''} has no targetId. Name the container instance (its ID or ARN) each attribute applies to.`,
    );
  const problem = attributeError(attribute);
  if (problem) throw invalidParameter(problem);
}

/** The ACTIVE or DRAINING instance an attribute targets, or TargetNotFoundException. */
export function targetInstance(ctx: OpContext, cluster: string, targetId: string): InstanceDoc {
  const doc = findInstance(ctx, cluster, targetId);
  if (!doc || doc.status === 'INACTIVE') throw targetNotFound();
  return doc;
}

/** The attribute as the API answers it: its target's full ARN and type. */
export function attributeView(doc: InstanceDoc, attribute: Wire<Attribute>): Wire<Attribute> {
  return {
    name: attribute.name,
    value: attribute.value,
    targetType: TARGET_TYPE,
    targetId: doc.containerInstanceArn,
  };
}

/** Writes instances whose attributes changed (each once, whatever the number of its attributes). */
export function saveTargets(ctx: OpContext, docs: Iterable<InstanceDoc>): void {
  for (const doc of docs) {
    doc.version = (doc.version ?? 1) + 1;
    saveInstance(ctx, doc);
  }
}
