// Batch limits and page sizes of the ECS API (botocore model, 2014-11-13).

export const DESCRIBE_CLUSTERS_MAX = 100;
export const DESCRIBE_SERVICES_MAX = 10;
export const DESCRIBE_TASKS_MAX = 100;
export const DESCRIBE_CONTAINER_INSTANCES_MAX = 100;
export const DESCRIBE_CAPACITY_PROVIDERS_MAX = 100;
export const DELETE_TASK_DEFINITIONS_MAX = 10;
export const RUN_TASK_COUNT_MAX = 10;
export const CONTAINERS_PER_TASK_DEFINITION_MAX = 10;
export const SERVICE_EVENTS_KEPT = 100;

export const LIST_MAX_RESULTS = 100;
export const DEFAULT_PAGE_SIZE = 100;
export const LIST_SERVICES_DEFAULT_PAGE = 10;
export const LIST_ACCOUNT_SETTINGS_MAX = 10;
export const LIST_SERVICE_DEPLOYMENTS_DEFAULT_PAGE = 20;

/** How long ECS keeps a stopped task visible to DescribeTasks / ListTasks. */
export const STOPPED_TASK_RETENTION_MS = 60 * 60 * 1000;

/** Deployment circuit breaker threshold: half the desired count, rounded up, bounded to [3, 200]. */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desiredCount * 0.5)));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
