// The shapes the store speaks in: document kinds, their indexed columns, list filters, due references.
/**
 * What a document is. Each kind keeps its own id space per region; the service that owns a kind says how it is
 * keyed and indexed in its folder's index.ts.
 */
export type Kind =
  // ecs/
  | 'cluster'
  | 'service'
  | 'task'
  | 'taskdef'
  | 'family'
  | 'instance'
  | 'deployment'
  | 'setting'
  | 'token'
  // ecs/: a running task's simulated output, and each minute's AWS/ECS metrics (ecs/services/telemetry/)
  | 'task-output'
  | 'ecs-metrics'
  // logs/ and metrics/: their sweeps of expired events and samples (one document per Region each)
  | 'logs-sweep'
  | 'metrics-sweep'
  // metrics/: CloudWatch alarms (metrics/alarms/)
  | 'alarm'
  // elbv2/
  | 'loadbalancer'
  | 'targetgroup'
  | 'listener'
  | 'rule'
  | 'target'
  // ecs/: capacity providers, task sets, service revisions and managed daemons
  | 'capacityprovider'
  | 'taskset'
  | 'revision'
  | 'daemon'
  | 'daemontaskdef'
  | 'daemondeployment'
  | 'daemonrevision'
  // autoscaling/
  | 'scalable-target'
  | 'scaling-policy'
  | 'scheduled-action'
  | 'scaling-activity';

/** Indexed columns derived from a document, so lists and the scheduler never scan JSON. */
export interface DocIndex {
  /** Owner: cluster name for services, tasks and instances; family for task definitions. */
  parent?: string;
  /** A secondary key, e.g. a task's group or a service's scheduling strategy (each service documents its own). */
  key?: string;
  /** A second secondary key, e.g. a task's startedBy or a service's launch type. */
  ref?: string;
  status?: string;
  /** Epoch ms when the scheduler should next look at this document; undefined when nothing is pending. */
  due?: number;
}

export interface ListFilter {
  parent?: string;
  /** One key, or any of several (e.g. the groups of several services). */
  key?: string | readonly string[];
  ref?: string;
  status?: string | readonly string[];
  /** Only ids strictly greater than this (for pagination). */
  after?: string;
  limit?: number;
  order?: 'asc' | 'desc';
}

export interface DueRef {
  region: string;
  kind: Kind;
  id: string;
}

/**
 * Documents that must have a due time while they are in one of `statuses` (the indexed status column): the
 * engine's sweep gives those of `kind` without one a due time of now.
 */
export interface SweepRule {
  kind: Kind;
  statuses: readonly string[];
}
