// ListAttributes: the attributes of the cluster's container instances (ECS's own and custom ones), filtered
// by name and value, in pages of up to 100 ordered by instance then name. Differs from ECS: the order of a
// page is the engine's own (ECS does not document one).
import type { Attribute, ListAttributesRequest, ListAttributesResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { paginate } from '../../common/pagination';
import type { InstanceDoc } from '../../container-instances/model';
import { attributeView } from '../targets';

export const listAttributes = operation<ListAttributesRequest, Wire<ListAttributesResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.cluster).clusterName;
  if (input.attributeValue !== undefined && input.attributeName === undefined)
    throw invalidParameter('attributeValue needs attributeName: pass the name of the attribute whose value to match.');
  const instances = ctx.store.list<InstanceDoc>(ctx.region, 'instance', { parent: cluster, status: ['ACTIVE', 'DRAINING'] });
  const all: Wire<Attribute>[] = [];
  for (const doc of instances)
    for (const attribute of doc.attributes ?? []) {
      if (input.attributeName !== undefined && attribute.name !== input.attributeName) continue;
      if (input.attributeValue !== undefined && attribute.value !== input.attributeValue) continue;
      all.push(attributeView(doc, attribute));
    }
  const key = (a: Wire<Attribute>) => `${a.targetId}\u0000${a.name}`;
  all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const { page, nextToken } = paginate(all, input, { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS }, key);
  return { attributes: page, nextToken };
});
