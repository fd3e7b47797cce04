'use client';
// Tags tab: the service's tags (TagResource / UntagResource editing is not offered here yet).
import { type Column, DataTable } from '@/components/ui/data-table';
import type { TagView } from '@/lib/ecs/cluster-view';
import { useService } from './use-service';

const columns: Column<TagView>[] = [
  { id: 'key', header: 'Key', cell: (t) => t.key, sortValue: (t) => t.key },
  { id: 'value', header: 'Value', cell: (t) => t.value || '-' },
];

export function ServiceTags({ cluster, service }: { cluster: string; service: string }) {
  const { data: s } = useService(cluster, service);
  if (!s) return null;
  return (
    <DataTable
      title="Tags"
      resourceName="tags"
      items={s.tags}
      columns={columns}
      rowKey={(t) => t.key}
      empty={{ title: 'No tags', description: 'No tags associated with the service.' }}
    />
  );
}
