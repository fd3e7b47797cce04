// What StopServiceDeployment and ContinueServiceDeployment share: the service deployment named by its ARN
// and the service deployment it belongs to.
import type { OpContext } from '../../core/context';
import { EcsError } from '../common/errors';
import { getServiceDeployment } from './deployments';
import { type DeploymentState, loadService, type ServiceDeploymentDoc, type ServiceState } from './model';

export interface ControlledDeployment {
  doc: ServiceDeploymentDoc;
  service: ServiceState;
  /** The service's deployment reporting to this service deployment, when it is still in the service. */
  deployment?: DeploymentState;
}

export function controlledDeployment(ctx: OpContext, serviceDeploymentArn: string): ControlledDeployment {
  const doc = getServiceDeployment(ctx, serviceDeploymentArn);
  const path = doc?.serviceArn?.slice(doc.serviceArn.indexOf(':service/') + ':service/'.length) ?? '';
  const [cluster, name] = path.split('/');
  const service = doc ? loadService(ctx, cluster, name) : undefined;
  if (!doc || !service)
    throw new EcsError(
      'ServiceDeploymentNotFoundException',
      `The service deployment ${serviceDeploymentArn} does not exist. Check the ARN with ListServiceDeployments.`,
    );
  const deployment = service.deployments.find((d) => d._sdArn === serviceDeploymentArn && d.status === 'PRIMARY');
  return { doc, service, deployment };
}
