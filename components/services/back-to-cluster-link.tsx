'use client';
// not-found pages get no params; this reads the cluster from the URL to link back to its Services or Tasks tab.
import { useParams } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';

export function BackToClusterLink({ tab, label }: { tab: 'services' | 'tasks'; label: string }) {
  const params = useParams<{ cluster?: string }>();
  if (!params.cluster) return <ButtonLink href="/clusters">Back to clusters</ButtonLink>;
  return <ButtonLink href={`/clusters/${params.cluster}/${tab}`}>{label}</ButtonLink>;
}
