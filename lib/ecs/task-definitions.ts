// Task definition reads for the console. The families list takes every page of ListTaskDefinitionFamilies plus
// one sweep of ListTaskDefinitions per status (ACTIVE, INACTIVE) for the latest revision's status, so it costs
// ceil(n/100) calls per list, never one call per family.
import 'server-only';
import {
  DescribeTaskDefinitionCommand,
  type ECSClient,
  ListTaskDefinitionFamiliesCommand,
  ListTaskDefinitionsCommand,
  type TaskDefinitionStatus,
} from '@aws-sdk/client-ecs';
import { cache } from 'react';
import { parseFamilyRevision } from '../arn';
import { chunk, LIST_MAX_RESULTS } from '../ecs-rules';
import { listAll } from './batch';
import { ecsClient } from './client';
import {
  type TaskDefinitionDetail,
  type TaskDefinitionRevisionRow,
  toRevisionRow,
  toTaskDefinitionDetail,
} from './task-definition-view';

export type { TaskDefinitionDetail, TaskDefinitionRevisionRow } from './task-definition-view';

const DESCRIBE_REVISIONS_CONCURRENCY = 20;

export type FamilyStatusFilter = 'ACTIVE' | 'INACTIVE' | 'ALL';

export interface TaskDefinitionFamilyRow {
  family: string;
  /** Status of the family's newest revision that is not being deleted. */
  status: 'ACTIVE' | 'INACTIVE';
  latestRevision?: number;
  /** The newest ACTIVE revision, the one a service updated to the family would run. */
  latestActiveRevision?: number;
  activeRevisions: number;
}

/** Every page of ListTaskDefinitions for one status (and optionally one family). */
export async function listArns(ecs: ECSClient, status: TaskDefinitionStatus, familyPrefix?: string): Promise<string[]> {
  return listAll(async (nextToken) => {
    const page = await ecs.send(
      new ListTaskDefinitionsCommand({ status, familyPrefix, nextToken, maxResults: LIST_MAX_RESULTS }),
    );
    return { items: page.taskDefinitionArns, nextToken: page.nextToken };
  });
}

function newestByFamily(arns: readonly string[]): Map<string, { revision: number; count: number }> {
  const out = new Map<string, { revision: number; count: number }>();
  for (const arn of arns) {
    const { family, revision } = parseFamilyRevision(arn);
    const seen = out.get(family);
    out.set(family, { revision: Math.max(seen?.revision ?? 0, revision), count: (seen?.count ?? 0) + 1 });
  }
  return out;
}

export async function listTaskDefinitionFamilies(filter: FamilyStatusFilter): Promise<TaskDefinitionFamilyRow[]> {
  const ecs = await ecsClient();
  const [families, active, inactive] = await Promise.all([
    listAll(async (nextToken) => {
      const page = await ecs.send(
        new ListTaskDefinitionFamiliesCommand({ status: filter, nextToken, maxResults: LIST_MAX_RESULTS }),
      );
      return { items: page.families, nextToken: page.nextToken };
    }),
    listArns(ecs, 'ACTIVE'),
    listArns(ecs, 'INACTIVE'),
  ]);
  const newestActive = newestByFamily(active);
  const newestInactive = newestByFamily(inactive);
  return families
    .map((family) => {
      const a = newestActive.get(family);
      const i = newestInactive.get(family);
      const latest = Math.max(a?.revision ?? 0, i?.revision ?? 0);
      return {
        family,
        status: a && a.revision === latest ? ('ACTIVE' as const) : ('INACTIVE' as const),
        latestRevision: latest || undefined,
        latestActiveRevision: a?.revision,
        activeRevisions: a?.count ?? 0,
      };
    })
    .sort((x, y) => x.family.localeCompare(y.family));
}

/** Every revision of a family (ACTIVE, INACTIVE and DELETE_IN_PROGRESS), newest first, each described in parallel. */
export async function listFamilyRevisions(family: string): Promise<TaskDefinitionRevisionRow[]> {
  const ecs = await ecsClient();
  const lists = await Promise.all(
    (['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'] as const).map((status) => listArns(ecs, status, family)),
  );
  const arns = lists.flat().filter((arn) => parseFamilyRevision(arn).family === family);
  // DescribeTaskDefinition takes one revision per call: describe them 20 at a time so a long history does not
  // trip ECS's throttling (the client retries with backoff if it does).
  const described = [];
  for (const batch of chunk(arns, DESCRIBE_REVISIONS_CONCURRENCY))
    described.push(
      ...(await Promise.all(
        batch.map(async (arn) => (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition),
      )),
    );
  return described
    .filter((td) => td !== undefined)
    .map((td) => toRevisionRow(td, family))
    .sort((a, b) => b.revision - a.revision);
}

/** The revision numbers of a family that ECS still lists (ACTIVE and INACTIVE), lowest first: two list sweeps. */
export async function listRevisionNumbers(family: string): Promise<number[]> {
  const ecs = await ecsClient();
  const lists = await Promise.all((['ACTIVE', 'INACTIVE'] as const).map((status) => listArns(ecs, status, family)));
  return lists
    .flat()
    .map(parseFamilyRevision)
    .filter((r) => r.family === family)
    .map((r) => r.revision)
    .sort((a, b) => a - b);
}

/** One revision with its tags; undefined when ECS does not know it. Cached per request. */
export const getTaskDefinition = cache(async (family: string, revision: number): Promise<TaskDefinitionDetail | undefined> => {
  const ecs = await ecsClient();
  try {
    const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:${revision}`, include: ['TAGS'] }));
    return out.taskDefinition ? toTaskDefinitionDetail(out.taskDefinition, out.tags ?? []) : undefined;
  } catch (err) {
    // ECS answers an unknown revision with ClientException "Unable to describe task definition."
    if (err instanceof Error && err.name === 'ClientException' && /Unable to describe/i.test(err.message)) return undefined;
    throw err;
  }
});
