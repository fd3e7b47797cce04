'use client';
// not-found pages get no params; this reads the cluster from the URL to link back to one of its tabs.
import { useParams } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { type ClusterTab, paths } from '@/lib/paths';

export function BackToClusterLink({ tab, label }: { tab: ClusterTab; label: string }) {
  const params = useParams<{ cluster?: string }>();
  if (!params.cluster) return <ButtonLink href={paths.clusters()}>Back to clusters</ButtonLink>;
  return <ButtonLink href={paths.clusterTab(decodeURIComponent(params.cluster), tab)}>{label}</ButtonLink>;
}
