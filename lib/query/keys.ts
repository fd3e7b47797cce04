// The one query-key factory, shared by server prefetch (setQueryData + dehydrate) and client hooks (useQuery).
// Region is not part of the key: switching Region clears the whole query cache (see RegionSelector).
import type { TaskFilter } from '../ecs/task-view';
import type { MetricsRange } from '../metrics/metrics-view';

export const queryKeys = {
  clusters: () => ['clusters'] as const,
  cluster: (name: string) => ['clusters', name] as const,
  services: (cluster: string) => ['clusters', cluster, 'services'] as const,
  service: (cluster: string, name: string) => ['clusters', cluster, 'services', name] as const,
  serviceEvents: (cluster: string, name: string) => ['clusters', cluster, 'services', name, 'events'] as const,
  serviceLoadBalancing: (cluster: string, name: string) => ['clusters', cluster, 'services', name, 'load-balancing'] as const,
  serviceDeployment: (cluster: string, name: string) => ['clusters', cluster, 'services', name, 'deployment'] as const,
  serviceAutoScaling: (cluster: string, name: string) => ['clusters', cluster, 'services', name, 'auto-scaling'] as const,
  tasks: (cluster: string, filter: TaskFilter = {}) => ['clusters', cluster, 'tasks', filter] as const,
  task: (cluster: string, id: string) => ['clusters', cluster, 'task', id] as const,
  taskProtection: (cluster: string, id: string) => ['clusters', cluster, 'task', id, 'protection'] as const,
  containerInstances: (cluster: string) => ['clusters', cluster, 'container-instances'] as const,
  taskDefinitionFamilies: () => ['task-definitions'] as const,
  taskDefinitionFamily: (family: string) => ['task-definitions', family] as const,
  taskDefinition: (familyRevision: string) => ['task-definitions', 'revision', familyRevision] as const,
  dashboard: () => ['dashboard'] as const,
  audit: (filter: { text?: string; outcome?: string } = {}) => ['audit', filter] as const,
  serviceMetrics: (cluster: string, name: string, range: MetricsRange) =>
    ['clusters', cluster, 'services', name, 'metrics', range] as const,
  clusterMetrics: (cluster: string, range: MetricsRange) => ['clusters', cluster, 'metrics', range] as const,
  /** The last lines of a stopped task (they never change). */
  lastLines: (cluster: string, taskId: string) => ['clusters', cluster, 'task', taskId, 'last-lines'] as const,
};
