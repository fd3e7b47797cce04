// ListTaskDefinitions: status ACTIVE by default; ASC is family by family (lexicographic), revisions ascending;
// DESC the reverse.
import type { ListTaskDefinitionsRequest, ListTaskDefinitionsResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import { pageAfter, paginate } from '../../common/pagination';
import { taskDefinitionArnOfId } from '../model';

const LIMITS = { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS };

/**
 * Document ids are `family:0000042`; ':' sorts after '-' and digits, so id order would put `web2` before
 * `web`. A space sorts before every family character, so `family 0000042` orders families lexicographically.
 */
const sortKey = (id: string) => id.replace(/:(\d+)$/, ' $1');
const idOfSortKey = (key: string) => key.replace(/ (\d+)$/, ':$1');

export const listTaskDefinitions = operation<ListTaskDefinitionsRequest, ListTaskDefinitionsResponse>((ctx, input) => {
  const order = input.sort === 'DESC' ? 'desc' : 'asc';
  const status = input.status ?? 'ACTIVE';
  // Despite its name, familyPrefix is a whole family name for this operation.
  if (input.familyPrefix) {
    // Within one family, id order is revision order, so the store pages directly.
    const { page, nextToken } = pageAfter(
      input,
      LIMITS,
      (after, limit) => ctx.store.ids(ctx.region, 'taskdef', { parent: input.familyPrefix, status, after, limit, order }),
      (id) => id,
    );
    return { taskDefinitionArns: page.map((id) => taskDefinitionArnOfId(ctx, id)), nextToken };
  }
  const keys = ctx.store.ids(ctx.region, 'taskdef', { status }).map(sortKey).sort();
  if (order === 'desc') keys.reverse();
  const { page, nextToken } = paginate(keys, input, LIMITS, String, order);
  return { taskDefinitionArns: page.map((key) => taskDefinitionArnOfId(ctx, idOfSortKey(key))), nextToken };
});
