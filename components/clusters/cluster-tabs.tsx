'use client';
// The cluster page's tab bar; the selected tab comes from the URL segment under (tabs).
import { useSelectedLayoutSegment } from 'next/navigation';
import { Tabs } from '@/components/ui/tabs';
import { type ClusterTab, paths } from '@/lib/paths';

const TABS: { id: ClusterTab; label: string }[] = [
  { id: 'services', label: 'Services' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'infrastructure', label: 'Infrastructure' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'configuration', label: 'Configuration' },
  { id: 'tags', label: 'Tags' },
];

export function ClusterTabs({ cluster }: { cluster: string }) {
  const segment = useSelectedLayoutSegment() ?? 'services';
  return (
    <Tabs label="Cluster details" current={segment} tabs={TABS.map((t) => ({ ...t, href: paths.clusterTab(cluster, t.id) }))} />
  );
}
