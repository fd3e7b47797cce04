// ListTaskDefinitionFamilies: familyPrefix is a real prefix; status ACTIVE, INACTIVE, or ALL (the default)
// for both. A family whose revisions are all deleted is not listed.
import type { ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse } from '@aws-sdk/client-ecs';
import { DEFAULT_PAGE_SIZE, LIST_MAX_RESULTS } from '../../../../ecs-rules/limits';
import { operation } from '../../../core/aws-service';
import { paginate } from '../../common/pagination';

export const listTaskDefinitionFamilies = operation<ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse>(
  (ctx, input) => {
    const status = input.status === 'ACTIVE' || input.status === 'INACTIVE' ? input.status : ['ACTIVE', 'INACTIVE'];
    const prefix = input.familyPrefix ?? '';
    // Family names are short and few next to revisions, so filtering the sorted names in memory is cheap.
    const families = ctx.store.ids(ctx.region, 'family', { status }).filter((family) => family.startsWith(prefix));
    const { page, nextToken } = paginate(families, input, { defaultPage: DEFAULT_PAGE_SIZE, maxPage: LIST_MAX_RESULTS });
    return { families: page, nextToken };
  },
);
