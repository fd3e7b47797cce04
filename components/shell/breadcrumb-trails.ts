// The breadcrumb trails the console's pages start from, so a page adds only its own last crumbs.
import type { Crumb } from '@/components/ui/breadcrumbs';
import { type ClusterTab, paths } from '@/lib/paths';

/** "Amazon Elastic Container Service", the first crumb of the top-level pages (it opens the clusters). */
export const consoleCrumb: Crumb = { label: 'Amazon Elastic Container Service', href: paths.clusters() };

/** Clusters › <cluster>, the cluster linking to the tab the page belongs to. */
export function clusterTrail(cluster: string, tab: ClusterTab): Crumb[] {
  return [
    { label: 'Clusters', href: paths.clusters() },
    { label: cluster, href: paths.clusterTab(cluster, tab) },
  ];
}

/** Amazon Elastic Container Service › Task definitions (› <family>). */
export function taskDefinitionsTrail(family?: string): Crumb[] {
  return [
    consoleCrumb,
    { label: 'Task definitions', href: paths.taskDefinitions() },
    ...(family ? [{ label: family, href: paths.family(family) }] : []),
  ];
}
