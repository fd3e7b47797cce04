'use client';
// The cluster page's tab bar; the selected tab comes from the URL segment under (tabs).
import { useSelectedLayoutSegment } from 'next/navigation';
import { Tabs } from '@/components/ui/tabs';

const TABS = [
  { id: 'services', label: 'Services' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'infrastructure', label: 'Infrastructure' },
  { id: 'configuration', label: 'Configuration' },
  { id: 'tags', label: 'Tags' },
];

export function ClusterTabs({ cluster }: { cluster: string }) {
  const segment = useSelectedLayoutSegment() ?? 'services';
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return <Tabs label="Cluster details" current={segment} tabs={TABS.map((t) => ({ ...t, href: `${base}/${t.id}` }))} />;
}
