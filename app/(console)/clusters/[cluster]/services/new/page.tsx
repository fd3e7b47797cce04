import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CreateServiceForm } from '@/components/services/create-service-form';
import { LaunchFrame } from '@/components/services/launch-frame';
import { attempt } from '@/lib/ecs/errors';
import { getLaunchOptions } from '@/lib/ecs/launch-options';
import { listLoadBalancingChoices } from '@/lib/elbv2/load-balancing';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Create service' };

type Props = { params: Promise<{ cluster: string }>; searchParams: Promise<{ taskDefinition?: string }> };

// Create service in a cluster; ?taskDefinition=family:revision preselects one (the task definition's "Deploy").
export default async function CreateServicePage({ params, searchParams }: Props) {
  const cluster = decodeURIComponent((await params).cluster);
  const wanted = (await searchParams).taskDefinition;
  const [result, loadBalancing] = await Promise.all([
    attempt('create service options', () => getLaunchOptions(cluster, wanted)),
    attempt('load balancing choices', () => listLoadBalancingChoices()),
  ]);
  if (result.ok && !result.data.cluster) notFound();
  return (
    <LaunchFrame
      cluster={cluster}
      tab="services"
      title="Create service"
      description="A service runs and maintains a number of tasks from one task definition."
      options={result}
      retryHref={paths.newService(cluster)}
      form={(options) => (
        <CreateServiceForm
          cluster={cluster}
          options={options}
          loadBalancing={loadBalancing.ok ? loadBalancing.data : undefined}
        />
      )}
    />
  );
}
