// Every console URL: the pages the console links and redirects to (`paths`) and the GET handlers its live views
// poll (`apiPaths`). Callers pass plain names, as the pages hold them after decoding their params; names are
// encoded here and only here. Client-safe.
import { parseFamilyRevision } from './arn';
import type { TaskFilter } from './ecs/task-view';
import type { LogQuery } from './logs/log-view';
import type { MetricsRange } from './metrics/metrics-view';

const seg = encodeURIComponent;

/** `?a=1&b=2` from the members that are set, or '' when none is. */
function query(params: Record<string, string | number | undefined>): string {
  const set = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)]))}` : '';
}

export type ClusterTab = 'services' | 'tasks' | 'infrastructure' | 'metrics' | 'configuration' | 'tags';

/** A Logs tab's state as URL parameters (custom ranges carry their start and end). */
function logParams(q: Partial<LogQuery> = {}) {
  return {
    range: q.range,
    start: q.range === 'custom' ? q.start : undefined,
    end: q.range === 'custom' ? q.end : undefined,
    filter: q.filter,
  };
}

/** Which logs a request reads: a service's tasks, or one task (with its revision, for tasks ECS has forgotten). */
export type LogSubject = { cluster: string; service: string } | { cluster: string; task: string; taskDefinition?: string };

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
  serviceLogs: (cluster: string, service: string, q?: Partial<LogQuery>) =>
    `${paths.cluster(cluster)}/services/${seg(service)}${query({ tab: 'logs', ...logParams(q) })}`,
  serviceMetrics: (cluster: string, service: string, range?: MetricsRange) =>
    `${paths.cluster(cluster)}/services/${seg(service)}${query({ tab: 'health', range })}`,
  clusterMetrics: (cluster: string, range?: MetricsRange) => `${paths.clusterTab(cluster, 'metrics')}${query({ range })}`,

  /** `taskDefinition` (`family:revision`) preselects the revision. */
  runTask: (cluster: string, taskDefinition?: string) => `${paths.cluster(cluster)}/run-task${query({ taskDefinition })}`,
  task: (cluster: string, id: string) => `${paths.cluster(cluster)}/tasks/${seg(id)}`,
  /** `taskDefinition` (family:revision) keeps a stopped task's logs reachable after ECS has forgotten the task. */
  taskLogs: (cluster: string, id: string, q?: Partial<LogQuery> & { taskDefinition?: string }) =>
    `${paths.task(cluster, id)}${query({ tab: 'logs', td: q?.taskDefinition, ...logParams(q) })}`,

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

  /** `next`: where to go after signing in (a console path). */
  signIn: (next?: string) => `/signin${query({ next })}`,
  /** Starts the OpenID Connect sign-in (a route handler that redirects to the provider). */
  oidcSignIn: (next?: string) => `/auth/oidc/login${query({ next })}`,
  oidcCallback: () => '/auth/oidc/callback',
  audit: () => '/audit',
};

export const apiPaths = {
  clusters: () => '/api/clusters',
  palette: () => '/api/palette',
  services: (cluster: string) => `/api/clusters/${seg(cluster)}/services`,
  service: (cluster: string, service: string) => `${apiPaths.services(cluster)}/${seg(service)}`,
  serviceLoadBalancing: (cluster: string, service: string) => `${apiPaths.service(cluster, service)}/load-balancing`,
  serviceDeployment: (cluster: string, service: string) => `${apiPaths.service(cluster, service)}/deployment`,
  serviceAutoScaling: (cluster: string, service: string) => `${apiPaths.service(cluster, service)}/auto-scaling`,
  /** Members of the filter travel as query parameters, in the order desiredStatus, serviceName, family. */
  tasks: (cluster: string, filter: TaskFilter = {}) =>
    `/api/clusters/${seg(cluster)}/tasks${query({ desiredStatus: filter.desiredStatus, serviceName: filter.serviceName, family: filter.family })}`,
  task: (cluster: string, id: string) => `/api/clusters/${seg(cluster)}/tasks/${seg(id)}`,
  /** A Logs tab's lines; `since` (epoch ms) for live tail, `limit` for the few last lines of a stopped task. */
  logs: (subject: LogSubject, q: Partial<LogQuery> = {}, options: { since?: number; limit?: number } = {}) =>
    `/api/logs${query({
      cluster: subject.cluster,
      service: 'service' in subject ? subject.service : undefined,
      task: 'task' in subject ? subject.task : undefined,
      td: 'task' in subject ? subject.taskDefinition : undefined,
      ...logParams(q),
      since: options.since,
      limit: options.limit,
    })}`,
  metrics: (cluster: string, service: string | undefined, range: MetricsRange) =>
    `/api/metrics${query({ cluster, service, range })}`,
  containerInstances: (cluster: string) => `/api/clusters/${seg(cluster)}/container-instances`,
  taskProtection: (cluster: string, id: string) => `${apiPaths.task(cluster, id)}/protection`,
  /** `refresh`: ask the server's poller for a pass now and wait for it. */
  dashboard: (options: { refresh?: boolean } = {}) => `/api/dashboard${query({ refresh: options.refresh ? 1 : undefined })}`,
  /** The audit trail, newest first; `afterId` for the live tail; `format: 'jsonl'` for the export. */
  audit: (filter: { text?: string; outcome?: string; afterId?: number; format?: 'jsonl' } = {}) =>
    `/api/audit${query({ text: filter.text || undefined, outcome: filter.outcome || undefined, afterId: filter.afterId, format: filter.format })}`,
};

/** A `next` target after sign-in: only a path of this console, never another site (`//evil.example`). */
export function safeNextPath(next: string | null | undefined): string {
  return next && /^\/(?![/\\])/.test(next) && !next.startsWith('/signin') ? next : paths.clusters();
}
