import { redirect } from 'next/navigation';

// /clusters/x opens the Services tab, as in the AWS console.
export default async function ClusterPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  redirect(`/clusters/${encodeURIComponent(decodeURIComponent(cluster))}/services`);
}
