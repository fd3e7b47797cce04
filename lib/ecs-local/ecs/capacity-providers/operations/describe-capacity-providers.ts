// DescribeCapacityProviders: the built-in FARGATE and FARGATE_SPOT providers and the Auto Scaling group
// providers of the region, by name; named INACTIVE (deleted) providers are still described, unnamed ones are
// not listed. Unknown names come back as MISSING failures; only the full list is paginated.
import type { DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse, Failure } from '@aws-sdk/client-ecs';
import { DESCRIBE_CAPACITY_PROVIDERS_MAX, FARGATE_CAPACITY_PROVIDERS } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { nameFromIdentifier } from '../../common/arns';
import { invalidParameter } from '../../common/errors';
import { paginate } from '../../common/pagination';
import {
  builtInCapacityProvider,
  type CapacityProviderDoc,
  capacityProviderArn,
  capacityProviderView,
  findCapacityProvider,
} from '../model';

export const describeCapacityProviders = operation<DescribeCapacityProvidersRequest, Wire<DescribeCapacityProvidersResponse>>(
  (ctx, input) => {
    const requested = input.capacityProviders;
    if (requested && requested.length > DESCRIBE_CAPACITY_PROVIDERS_MAX)
      throw invalidParameter(
        `At most ${DESCRIBE_CAPACITY_PROVIDERS_MAX} capacity providers can be described at once; got ${requested.length}.`,
      );
    const withTags = input.include?.includes('TAGS') ?? false;
    const failures: Wire<Failure>[] = [];
    if (requested?.length) {
      const docs: CapacityProviderDoc[] = [];
      for (const identifier of requested) {
        const doc = findCapacityProvider(ctx, identifier);
        if (doc) docs.push(doc);
        else
          failures.push({
            arn: capacityProviderArn(ctx, nameFromIdentifier(ctx, identifier, 'capacity-provider')),
            reason: 'MISSING',
          });
      }
      return { capacityProviders: docs.map((doc) => capacityProviderView(doc, withTags)), failures };
    }
    const own = ctx.store.list<CapacityProviderDoc>(ctx.region, 'capacityprovider', { status: 'ACTIVE' });
    const docs = [...FARGATE_CAPACITY_PROVIDERS.map((name) => builtInCapacityProvider(ctx, name)), ...own];
    docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { page, nextToken } = paginate(
      docs,
      input,
      { defaultPage: DESCRIBE_CAPACITY_PROVIDERS_MAX, maxPage: DESCRIBE_CAPACITY_PROVIDERS_MAX },
      (doc) => doc.name,
    );
    return { capacityProviders: page.map((doc) => capacityProviderView(doc, withTags)), failures, nextToken };
  },
);
