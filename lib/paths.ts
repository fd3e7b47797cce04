// Every console URL: the pages the console links and redirects to (`paths`) and the GET handlers its live views
// poll (`apiPaths`). Callers pass plain names, as the pages hold them after decoding their params; names are
// encoded here and only here. Client-safe.
import { parseFamilyRevision } from './arn';
import type { TaskFilter } from './ecs/task-view';

const seg = encodeURIComponent;

/** `?a=1&b=2` from the members that are set, or '' when none is. */
function query(params: Record<string, string | number | undefined>): string {
  const set = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)]))}` : '';
}

export type ClusterTab = 'services' | 'tasks' | 'infrastructure' | 'configuration' | 'tags';

export const paths = {
  clusters: () => '/clusters',
  newCluster: () => '/clusters/new',
  /** Redirects to the Services tab, as in the AWS console. */
  cluster: (cluster: string) => `/clusters/${seg(cluster)}`,
  clusterTab: (cluster: string, tab: ClusterTab) => `${paths.cluster(cluster)}/${tab}`,

  newCapacityProvider: (cluster: string) => `${paths.cluster(cluster)}/capacity-providers/new`,
  capacityProvider: (cluster: string, provider: string) => `${paths.cluster(cluster)}/capacity-providers/${seg(provider)}`,
  containerInstance: (cluster: string, id: string) => `${paths.cluster(cluster)}/container-instances/${seg(id)}`,

  /** `taskDefinition` (`family:revision`) preselects the revision. */
  newService: (cluster: string, taskDefinition?: string) => `${paths.cluster(cluster)}/services/new${query({ taskDefinition })}`,
  service: (cluster: string, service: string, tab?: string) =>
    `${paths.cluster(cluster)}/services/${seg(service)}${query({ tab })}`,
  updateService: (cluster: string, service: string) => `${paths.service(cluster, service)}/update`,

  /** `taskDefinition` (`family:revision`) preselects the revision. */
  runTask: (cluster: string, taskDefinition?: string) => `${paths.cluster(cluster)}/run-task${query({ taskDefinition })}`,
  task: (cluster: string, id: string) => `${paths.cluster(cluster)}/tasks/${seg(id)}`,

  taskDefinitions: () => '/task-definitions',
  /** `json`: open with the JSON editor first. */
  newTaskDefinition: (options: { json?: boolean } = {}) =>
    `/task-definitions/new${query({ json: options.json ? 1 : undefined })}`,
  family: (family: string) => `/task-definitions/${seg(family)}`,
  compareRevisions: (family: string, a: number, b: number) => `${paths.family(family)}/compare${query({ a, b })}`,
  revision: (family: string, revision: number | string, tab?: string) => `${paths.family(family)}/${revision}${query({ tab })}`,
  /** The revision page of `family:revision` (or of a task definition ARN). */
  revisionOf: (familyRevision: string) => {
    const { family, revision } = parseFamilyRevision(familyRevision);
    return paths.revision(family, revision);
  },
  /** "Create new revision" from this one; `json`: with the JSON editor first. */
  newRevision: (family: string, revision: number, options: { json?: boolean } = {}) =>
    `${paths.revision(family, revision)}/revise${query({ json: options.json ? 1 : undefined })}`,
  deployRevision: (family: string, revision: number | string) => `${paths.revision(family, revision)}/deploy`,

  dashboard: () => '/dashboard',
};

export const apiPaths = {
  clusters: () => '/api/clusters',
  services: (cluster: string) => `/api/clusters/${seg(cluster)}/services`,
  service: (cluster: string, service: string) => `${apiPaths.services(cluster)}/${seg(service)}`,
  serviceDeployment: (cluster: string, service: string) => `${apiPaths.service(cluster, service)}/deployment`,
  /** Members of the filter travel as query parameters, in the order desiredStatus, serviceName, family. */
  tasks: (cluster: string, filter: TaskFilter = {}) =>
    `/api/clusters/${seg(cluster)}/tasks${query({ desiredStatus: filter.desiredStatus, serviceName: filter.serviceName, family: filter.family })}`,
  task: (cluster: string, id: string) => `/api/clusters/${seg(cluster)}/tasks/${seg(id)}`,
  taskProtection: (cluster: string, id: string) => `${apiPaths.task(cluster, id)}/protection`,
  /** `refresh`: ask the server's poller for a pass now and wait for it. */
  dashboard: (options: { refresh?: boolean } = {}) => `/api/dashboard${query({ refresh: options.refresh ? 1 : undefined })}`,
};
