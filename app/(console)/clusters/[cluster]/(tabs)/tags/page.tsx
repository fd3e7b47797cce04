import { notFound } from 'next/navigation';
import { ClusterTagsForm } from '@/components/clusters/cluster-tags-form';
import { getCluster } from '@/lib/ecs/clusters';

export default async function ClusterTagsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const cluster = await getCluster(decodeURIComponent((await params).cluster));
  if (!cluster) notFound();
  return <ClusterTagsForm cluster={cluster.name} tags={cluster.tags} />;
}
