// PutAttributes: creates or replaces custom attributes on container instances (up to 10 per call, 10 custom
// attributes per instance). Differs from ECS: every attribute must name its target (ECS's answer for an
// attribute without targetId is not documented).
import type { PutAttributesRequest, PutAttributesResponse } from '@aws-sdk/client-ecs';
import { ATTRIBUTES_PER_CALL_MAX, CUSTOM_ATTRIBUTES_MAX, isBuiltInAttribute } from '../../../../ecs-rules/attributes';
import { operation } from '../../../core/aws-service';
import { activeCluster } from '../../clusters/model';
import { wakeDaemonServices } from '../../common/documents';
import { EcsError, invalidParameter } from '../../common/errors';
import type { InstanceDoc } from '../../container-instances/model';
import { attributeView, checkAttribute, saveTargets, targetInstance } from '../targets';

export const putAttributes = operation<PutAttributesRequest, PutAttributesResponse>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  const attributes = input.attributes ?? [];
  if (attributes.length === 0) throw invalidParameter('attributes must contain at least one attribute.');
  if (attributes.length > ATTRIBUTES_PER_CALL_MAX)
    throw invalidParameter(`At most ${ATTRIBUTES_PER_CALL_MAX} attributes can be put in one call; got ${attributes.length}.`);
  const changed = new Map<string, InstanceDoc>();
  const answer = attributes.map((attribute) => {
    checkAttribute(attribute);
    const target = targetInstance(ctx, cluster, attribute.targetId ?? '');
    const doc = changed.get(target.containerInstanceArn) ?? target;
    changed.set(doc.containerInstanceArn, doc);
    const others = (doc.attributes ?? []).filter((a) => a.name !== attribute.name);
    doc.attributes = [...others, { name: attribute.name, value: attribute.value }];
    return attributeView(doc, attribute);
  });
  for (const doc of changed.values()) {
    const custom = (doc.attributes ?? []).filter((a) => !isBuiltInAttribute(a.name)).length;
    if (custom > CUSTOM_ATTRIBUTES_MAX)
      throw new EcsError(
        'AttributeLimitExceededException',
        `You can apply up to ${CUSTOM_ATTRIBUTES_MAX} custom attributes to a resource; ${doc.containerInstanceArn} would have ${custom}. Delete some with DeleteAttributes first.`,
      );
  }
  saveTargets(ctx, changed.values());
  wakeDaemonServices(ctx, cluster);
  return { attributes: answer };
});
