// DeleteAttributes: removes attributes (by name) from container instances and answers with what was asked.
// Differs from ECS: every attribute must name its target, and deleting a name the instance does not have is
// not an error (ECS's answers for both are not documented).
import type { DeleteAttributesRequest, DeleteAttributesResponse } from '@aws-sdk/client-ecs';
import { ATTRIBUTES_PER_CALL_MAX } from '../../../../ecs-rules/attributes';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices } from '../../common/documents';
import { invalidParameter } from '../../common/errors';
import type { InstanceDoc } from '../../container-instances/model';
import { attributeView, checkAttribute, saveTargets, targetInstance } from '../targets';

export const deleteAttributes = operation<DeleteAttributesRequest, DeleteAttributesResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const attributes = input.attributes ?? [];
  if (attributes.length === 0) throw invalidParameter('attributes must contain at least one attribute.');
  if (attributes.length > ATTRIBUTES_PER_CALL_MAX)
    throw invalidParameter(`At most ${ATTRIBUTES_PER_CALL_MAX} attributes can be deleted in one call; got ${attributes.length}.`);
  const changed = new Map<string, InstanceDoc>();
  const answer = attributes.map((attribute) => {
    checkAttribute({ ...attribute, value: undefined });
    const target = targetInstance(ctx, cluster, attribute.targetId ?? '');
    const doc = changed.get(target.containerInstanceArn) ?? target;
    changed.set(doc.containerInstanceArn, doc);
    doc.attributes = (doc.attributes ?? []).filter((a) => a.name !== attribute.name);
    return attributeView(doc, attribute);
  });
  saveTargets(ctx, changed.values());
  wakeDaemonServices(ctx, cluster);
  return { attributes: answer };
});
