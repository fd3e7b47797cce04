// Turning Express settings into what runs them: a task definition revision (Fargate, awsvpc, one essential
// container with its port and awslogs) and the service's desired count from the scaling target.
import type { RegisterTaskDefinitionRequest } from '@aws-sdk/client-ecs';
import type { Handler } from '../../core/aws-service';
import { nowSeconds, type OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { EXPRESS_DEFAULTS, type ExpressConfiguration, type ExpressSettings, expressEndpoint } from './model';

/** The full configuration: `change` over `current` (or the defaults), with the revision it will run. */
export function mergeSettings(
  ctx: OpContext,
  serviceName: string,
  current: ExpressConfiguration | undefined,
  change: ExpressSettings,
): ExpressConfiguration {
  const container = change.primaryContainer ?? current?.primaryContainer;
  return {
    executionRoleArn: change.executionRoleArn ?? current?.executionRoleArn,
    taskRoleArn: change.taskRoleArn ?? current?.taskRoleArn,
    cpu: change.cpu ?? current?.cpu ?? EXPRESS_DEFAULTS.cpu,
    memory: change.memory ?? current?.memory ?? EXPRESS_DEFAULTS.memory,
    healthCheckPath: change.healthCheckPath ?? current?.healthCheckPath ?? EXPRESS_DEFAULTS.healthCheckPath,
    primaryContainer: container && { ...container, containerPort: container.containerPort ?? EXPRESS_DEFAULTS.containerPort },
    networkConfiguration: change.networkConfiguration ?? current?.networkConfiguration,
    scalingTarget: {
      minTaskCount: EXPRESS_DEFAULTS.minTaskCount,
      maxTaskCount: EXPRESS_DEFAULTS.maxTaskCount,
      ...current?.scalingTarget,
      ...change.scalingTarget,
    },
    ingressPaths: [{ accessType: 'PUBLIC', endpoint: expressEndpoint(ctx, serviceName) }],
    createdAt: nowSeconds(ctx),
  };
}

/**
 * Registers the task definition revision for a configuration with `register` (the RegisterTaskDefinition
 * operation, passed in by the Express operations), so it is checked as any revision is; returns its ARN.
 */
export function registerRevision(
  ctx: OpContext,
  register: Handler,
  cluster: string,
  serviceName: string,
  config: ExpressConfiguration,
): string {
  const container = config.primaryContainer;
  const logs = container?.awsLogsConfiguration;
  const input: Wire<RegisterTaskDefinitionRequest> = {
    family: `${serviceName}-express`,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: config.cpu,
    memory: config.memory,
    executionRoleArn: config.executionRoleArn,
    taskRoleArn: config.taskRoleArn,
    containerDefinitions: [
      {
        name: 'Main',
        image: container?.image,
        essential: true,
        command: container?.command,
        environment: container?.environment,
        secrets: container?.secrets,
        repositoryCredentials: container?.repositoryCredentials?.credentialsParameter
          ? { credentialsParameter: container.repositoryCredentials.credentialsParameter }
          : undefined,
        portMappings: [{ containerPort: container?.containerPort, protocol: 'tcp' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': logs?.logGroup ?? `/aws/ecs/${cluster}/${serviceName}`,
            'awslogs-region': ctx.region,
            'awslogs-stream-prefix': logs?.logStreamPrefix ?? 'ecs',
            'awslogs-create-group': 'true',
          },
        },
      },
    ],
  };
  const out = register(ctx, input as Record<string, unknown>) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
}

/** The service's network configuration: the given subnets and groups, else the engine's default subnet. */
export function serviceNetwork(config: ExpressConfiguration) {
  const network = config.networkConfiguration;
  return {
    awsvpcConfiguration: {
      subnets: network?.subnets?.length ? network.subnets : ['subnet-default'],
      securityGroups: network?.securityGroups,
      assignPublicIp: network?.subnets?.length ? ('DISABLED' as const) : ('ENABLED' as const),
    },
  };
}
