// The service's current deployment (DescribeServices for its ARN, then DescribeServiceDeployments), read only
// by the Deployments tab, which polls it while it is on screen.
import 'server-only';
import { DescribeServiceDeploymentsCommand, DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { ecsClient } from './client';
import { type ServiceDeploymentView, toServiceDeploymentView } from './service-deployment-view';

export type { LifecycleHookView, ServiceDeploymentView } from './service-deployment-view';

/** Undefined when the service has no current deployment (an EXTERNAL service, or one ECS no longer knows). */
export async function getCurrentServiceDeployment(cluster: string, service: string): Promise<ServiceDeploymentView | null> {
  const ecs = await ecsClient();
  const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  const arn = described.services?.[0]?.currentServiceDeployment;
  if (!arn) return null;
  const out = await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }));
  const deployment = out.serviceDeployments?.[0];
  return deployment ? toServiceDeploymentView(deployment) : null;
}
