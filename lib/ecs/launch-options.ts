// What the create-service and run-task forms may offer: the ACTIVE task definition revisions (every page of
// ListTaskDefinitions), the facts of the chosen revision (launch types, network mode, containers and ports)
// and the cluster's capacity providers. The forms use these to offer only what the revision allows.
import 'server-only';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { parseFamilyRevision } from '../arn';
import { ecsClient } from './client';
import type { StrategyItemView } from './cluster-view';
import { getCluster } from './clusters';
import { listArns } from './task-definitions';

export interface FamilyRevisions {
  family: string;
  /** ACTIVE revisions, newest first. */
  revisions: number[];
}

export interface TaskDefinitionFacts {
  family: string;
  revision: number;
  familyRevision: string;
  networkMode: string;
  /** Launch types the revision can run on (ECS's `compatibilities`, else `requiresCompatibilities`). */
  compatibilities: string[];
  cpu?: string;
  memory?: string;
  containers: { name: string; ports: number[]; essential: boolean }[];
}

export interface ClusterFacts {
  name: string;
  capacityProviders: string[];
  defaultStrategy: StrategyItemView[];
}

export interface LaunchOptions {
  families: FamilyRevisions[];
  selected?: TaskDefinitionFacts;
  cluster?: ClusterFacts;
}

export async function listActiveRevisions(): Promise<FamilyRevisions[]> {
  const ecs = await ecsClient();
  const arns = await listArns(ecs, 'ACTIVE');
  const byFamily = new Map<string, number[]>();
  for (const arn of arns) {
    const { family, revision } = parseFamilyRevision(arn);
    byFamily.set(family, [...(byFamily.get(family) ?? []), revision]);
  }
  return [...byFamily.entries()]
    .map(([family, revisions]) => ({ family, revisions: revisions.sort((a, b) => b - a) }))
    .sort((a, b) => a.family.localeCompare(b.family));
}

/** `family` alone means its latest ACTIVE revision (as ECS resolves it). */
export async function describeTaskDefinitionFacts(taskDefinition: string): Promise<TaskDefinitionFacts | undefined> {
  const ecs = await ecsClient();
  try {
    const { taskDefinition: td } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
    if (!td) return undefined;
    return {
      family: td.family ?? '',
      revision: td.revision ?? 0,
      familyRevision: `${td.family}:${td.revision}`,
      networkMode: td.networkMode ?? 'bridge',
      compatibilities: td.compatibilities?.length ? td.compatibilities : (td.requiresCompatibilities ?? ['EC2']),
      cpu: td.cpu,
      memory: td.memory,
      containers: (td.containerDefinitions ?? []).map((c) => ({
        name: c.name ?? '',
        ports: (c.portMappings ?? []).map((p) => p.containerPort ?? 0).filter((p) => p > 0),
        essential: c.essential ?? true,
      })),
    };
  } catch (err) {
    // ECS answers an unknown family or revision with ClientException "Unable to describe task definition."
    if (err instanceof Error && err.name === 'ClientException') return undefined;
    throw err;
  }
}

/**
 * Everything a launch form needs. `wanted` is `family` or `family:revision` from the URL; without it the first
 * family's latest ACTIVE revision is chosen. Reads run in parallel.
 */
export async function getLaunchOptions(cluster: string | undefined, wanted: string | undefined): Promise<LaunchOptions> {
  const [families, detail] = await Promise.all([listActiveRevisions(), cluster ? getCluster(cluster) : undefined]);
  const pick = wanted || (families[0] ? `${families[0].family}:${families[0].revisions[0]}` : undefined);
  const selected = pick ? await describeTaskDefinitionFacts(pick) : undefined;
  return {
    families,
    selected,
    cluster: detail
      ? { name: detail.name, capacityProviders: detail.capacityProviders, defaultStrategy: detail.defaultStrategy }
      : undefined,
  };
}
