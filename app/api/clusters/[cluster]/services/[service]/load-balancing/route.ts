// Live load balancing of a service (its target groups, load balancers, listeners, rules and target health), with
// each target matched to the service's task by its private IP.
import { ecsGetHandler } from '@/lib/ecs/route-handler';
import { getService } from '@/lib/ecs/services';
import { listTasks } from '@/lib/ecs/tasks';
import { getServiceLoadBalancing } from '@/lib/elbv2/load-balancing';

type Ctx = { params: Promise<{ cluster: string; service: string }> };

export const GET = ecsGetHandler('GET service load balancing', async (_req, { params }: Ctx) => {
  const raw = await params;
  const [cluster, service] = [decodeURIComponent(raw.cluster), decodeURIComponent(raw.service)];
  const [detail, running, stopped] = await Promise.all([
    getService(cluster, service),
    listTasks(cluster, { desiredStatus: 'RUNNING', serviceName: service }),
    listTasks(cluster, { desiredStatus: 'STOPPED', serviceName: service }),
  ]);
  if (!detail) throw Object.assign(new Error(`Service ${service} was not found.`), { name: 'ServiceNotFoundException' });
  const taskByIp = new Map([...stopped, ...running].filter((t) => t.privateIp).map((t) => [t.privateIp as string, t.id]));
  return getServiceLoadBalancing(detail.loadBalancers, taskByIp);
});
