import { redirect } from 'next/navigation';
import { paths } from '@/lib/paths';

// /clusters/x opens the Services tab, as in the AWS console.
export default async function ClusterPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  redirect(paths.clusterTab(decodeURIComponent(cluster), 'services'));
}
