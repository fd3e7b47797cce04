// DescribeCapacityProviders. Differs from ECS: only the built-in FARGATE and FARGATE_SPOT providers exist
// (Auto Scaling group providers cannot be created), and they carry no tags.
import type {
  CapacityProvider,
  DescribeCapacityProvidersRequest,
  DescribeCapacityProvidersResponse,
  Failure,
} from '@aws-sdk/client-ecs';
import { DESCRIBE_CAPACITY_PROVIDERS_MAX, FARGATE_CAPACITY_PROVIDERS } from '../../../../ecs-rules';
import { operation } from '../../../core/aws-service';
import type { OpContext } from '../../../core/context';
import { arn, nameFromIdentifier } from '../../common/arns';
import { invalidParameter } from '../../common/errors';
import { paginate } from '../../common/pagination';

export function builtInCapacityProvider(ctx: OpContext, name: string, withTags: boolean): CapacityProvider {
  return {
    capacityProviderArn: arn(ctx, `capacity-provider/${name}`),
    name,
    status: 'ACTIVE',
    type: name === 'FARGATE_SPOT' ? 'FARGATE_SPOT' : 'FARGATE',
    tags: withTags ? [] : undefined,
  };
}

export const describeCapacityProviders = operation<DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse>(
  (ctx, input) => {
    const requested = input.capacityProviders;
    if (requested && requested.length > DESCRIBE_CAPACITY_PROVIDERS_MAX)
      throw invalidParameter(
        `At most ${DESCRIBE_CAPACITY_PROVIDERS_MAX} capacity providers can be described at once; got ${requested.length}.`,
      );
    const withTags = input.include?.includes('TAGS') ?? false;
    const failures: Failure[] = [];
    let names: string[] = [...FARGATE_CAPACITY_PROVIDERS];
    if (requested?.length) {
      names = [];
      for (const identifier of requested) {
        const name = nameFromIdentifier(ctx, identifier, 'capacity-provider');
        if ((FARGATE_CAPACITY_PROVIDERS as readonly string[]).includes(name)) names.push(name);
        else failures.push({ arn: arn(ctx, `capacity-provider/${name}`), reason: 'MISSING' });
      }
    }
    const { page, nextToken } = paginate(names, input, {
      defaultPage: DESCRIBE_CAPACITY_PROVIDERS_MAX,
      maxPage: DESCRIBE_CAPACITY_PROVIDERS_MAX,
    });
    return { capacityProviders: page.map((name) => builtInCapacityProvider(ctx, name, withTags)), failures, nextToken };
  },
);
