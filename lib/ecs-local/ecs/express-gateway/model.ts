// Express gateway services: an ECS service that ECS manages itself (resourceManagementType ECS), made from a
// primary container and a few settings. The service document keeps the Express settings under `_express`:
// the infrastructure role and one configuration per revision (the newest last). Its task definition is
// registered in the family `<service>-express`, one revision per configuration.

import crypto from 'node:crypto';
import type {
  ECSExpressGatewayService,
  ExpressGatewayContainer,
  ExpressGatewayScalingTarget,
  ExpressGatewayServiceConfiguration,
  ExpressGatewayServiceNetworkConfiguration,
} from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { parseArn } from '../common/arns';
import { EcsError, invalidParameter } from '../common/errors';
import { loadService, type ServiceState } from '../services/model';

export type ExpressConfiguration = Wire<ExpressGatewayServiceConfiguration>;

export interface ExpressState {
  infrastructureRoleArn: string;
  configurations: ExpressConfiguration[];
}

export type ExpressService = ServiceState & { _express?: ExpressState };

/** What the engine gives an Express service that leaves them out (ECS's own defaults are not documented). */
export const EXPRESS_DEFAULTS = {
  cpu: '1024',
  memory: '2048',
  containerPort: 80,
  healthCheckPath: '/ping',
  minTaskCount: 1,
  maxTaskCount: 10,
} as const;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;

export function checkRoleArn(member: string, value: string | undefined): void {
  if (value !== undefined && !ROLE_ARN.test(value))
    throw invalidParameter(`${member} must be the ARN of an IAM role (arn:aws:iam::<account>:role/<name>); got '${value}'.`);
}

/** A service name from the image, when none is given: its repository's last part, and a short suffix. */
export function defaultServiceName(image: string): string {
  const repository = image.split('@')[0].split(':')[0].split('/').pop() ?? 'app';
  const base = repository.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 200) || 'app';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

/** The public endpoint an Express service gets (nothing answers on it: load balancers are not wired yet). */
export function expressEndpoint(ctx: OpContext, serviceName: string): string {
  const hash = crypto.createHash('sha256').update(`${ctx.region}/${serviceName}`).digest('hex').slice(0, 8);
  return `https://${serviceName.toLowerCase()}-${hash}.ecs.${ctx.region}.on.aws`;
}

export interface ExpressSettings {
  executionRoleArn?: string;
  taskRoleArn?: string;
  cpu?: string;
  memory?: string;
  healthCheckPath?: string;
  primaryContainer?: Wire<ExpressGatewayContainer>;
  networkConfiguration?: Wire<ExpressGatewayServiceNetworkConfiguration>;
  scalingTarget?: Wire<ExpressGatewayScalingTarget>;
}

/** The Express service an ARN names, or the error the operation answers for an unknown one. */
export function findExpressService(ctx: OpContext, serviceArn: string, missing: 'resource' | 'service'): ExpressService {
  const parsed = parseArn(serviceArn);
  const [cluster, name] = parsed?.type === 'service' ? parsed.path.split('/') : [];
  const service = cluster && name ? (loadService(ctx, cluster, name) as ExpressService | undefined) : undefined;
  if (!service?._express) {
    if (missing === 'resource')
      throw new EcsError(
        'ResourceNotFoundException',
        `The Express service ${serviceArn} does not exist. Give its full service ARN.`,
      );
    throw new EcsError('ServiceNotFoundException', 'Service not found.');
  }
  return service;
}

/** The API ExpressGatewayService. */
export function expressView(service: ExpressService, withTags: boolean): Wire<ECSExpressGatewayService> {
  const express = service._express as ExpressState;
  return {
    serviceArn: service.serviceArn,
    serviceName: service.serviceName,
    cluster: service.clusterArn,
    infrastructureRoleArn: express.infrastructureRoleArn,
    status: { statusCode: service.status as 'ACTIVE' | 'DRAINING' | 'INACTIVE' },
    currentDeployment: service.currentServiceDeployment,
    activeConfigurations: express.configurations.slice(-1),
    tags: withTags ? service.tags : undefined,
    createdAt: service.createdAt,
    updatedAt: express.configurations[express.configurations.length - 1]?.createdAt ?? service.createdAt,
  };
}
