// Express gateway services: created from a primary container as ECS-managed services, updated through new
// task definition revisions and deployments, deleted by draining.
import type { ECSExpressGatewayService, UpdatedExpressGatewayService } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ecsError } from '../../../testing/engine';
import { describeService, serviceTasks, setup } from '../../../testing/services';

const ROLE = 'arn:aws:iam::000000000000:role/ecsTaskExecutionRole';
const INFRA = 'arn:aws:iam::000000000000:role/ecsInfrastructureRole';
type Engine = ReturnType<typeof setup>['engine'];

function create(engine: Engine, input: Record<string, unknown> = {}) {
  return (
    engine.call('CreateExpressGatewayService', {
      cluster: 'demo',
      serviceName: 'shop',
      executionRoleArn: ROLE,
      infrastructureRoleArn: INFRA,
      primaryContainer: { image: 'public.ecr.aws/nginx/nginx:latest', containerPort: 8080 },
      tags: [{ key: 'app', value: 'shop' }],
      ...input,
    }) as { service: Wire<ECSExpressGatewayService> }
  ).service;
}

describe('Express gateway services', () => {
  it('create an ECS-managed Fargate service that runs minTaskCount tasks of the primary container', () => {
    const { engine } = setup();
    const created = create(engine, { scalingTarget: { minTaskCount: 2, maxTaskCount: 4 } });
    expect(created).toMatchObject({
      serviceArn: 'arn:aws:ecs:us-east-1:000000000000:service/demo/shop',
      serviceName: 'shop',
      cluster: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
      infrastructureRoleArn: INFRA,
      status: { statusCode: 'ACTIVE' },
      tags: [{ key: 'app', value: 'shop' }],
    });
    const [config] = created.activeConfigurations ?? [];
    expect(config).toMatchObject({
      cpu: '1024',
      memory: '2048',
      healthCheckPath: '/ping',
      executionRoleArn: ROLE,
      scalingTarget: { minTaskCount: 2, maxTaskCount: 4 },
      primaryContainer: { image: 'public.ecr.aws/nginx/nginx:latest', containerPort: 8080 },
    });
    expect(config.ingressPaths?.[0]).toMatchObject({
      accessType: 'PUBLIC',
      endpoint: expect.stringMatching(/^https:\/\/shop-[0-9a-f]{8}\.ecs\.us-east-1\.on\.aws$/),
    });
    engine.advance(90_000);
    const service = describeService(engine, 'shop');
    expect(service).toMatchObject({ runningCount: 2, launchType: 'FARGATE', resourceManagementType: 'ECS' });
    const [task] = serviceTasks(engine, 'shop');
    expect(task.taskDefinitionArn).toMatch(/task-definition\/shop-express:1$/);
    const listed = (filter?: string) =>
      (engine.call('ListServices', { cluster: 'demo', resourceManagementType: filter }) as { serviceArns: string[] }).serviceArns;
    expect(listed('ECS')).toEqual([created.serviceArn]);
    expect(listed('CUSTOMER')).toEqual([]);
    expect(listed()).toEqual([created.serviceArn]);
    const described = engine.call('DescribeExpressGatewayService', { serviceArn: created.serviceArn }) as {
      service: Wire<ECSExpressGatewayService>;
    };
    expect(described.service.tags).toBeUndefined();
    expect(described.service.currentDeployment).toBe(service.currentServiceDeployment);
  });

  it('deploys a new configuration on update, keeping what is not given', () => {
    const { engine } = setup();
    const created = create(engine);
    engine.advance(60_000);
    const out = engine.call('UpdateExpressGatewayService', {
      serviceArn: created.serviceArn,
      primaryContainer: { image: 'public.ecr.aws/nginx/nginx:1.27', containerPort: 8080 },
      scalingTarget: { minTaskCount: 3 },
    }) as { service: Wire<UpdatedExpressGatewayService> };
    expect(out.service.targetConfiguration).toMatchObject({
      cpu: '1024',
      executionRoleArn: ROLE,
      primaryContainer: { image: 'public.ecr.aws/nginx/nginx:1.27' },
      scalingTarget: { minTaskCount: 3, maxTaskCount: 10 },
    });
    engine.advance(120_000);
    const tasks = serviceTasks(engine, 'shop');
    expect(tasks).toHaveLength(3);
    expect(tasks.every((t) => t.taskDefinitionArn?.endsWith('shop-express:2'))).toBe(true);
    expect(describeService(engine, 'shop').deployments).toHaveLength(1);
  });

  it('drains on delete, and refuses what ECS refuses', () => {
    const { engine } = setup();
    const created = create(engine);
    engine.advance(60_000);
    const deleted = engine.call('DeleteExpressGatewayService', { serviceArn: created.serviceArn }) as {
      service: Wire<ECSExpressGatewayService>;
    };
    expect(deleted.service.status?.statusCode).toBe('DRAINING');
    expect(() => engine.call('DeleteExpressGatewayService', { serviceArn: created.serviceArn })).toThrow(
      ecsError('ServiceNotActiveException'),
    );
    engine.advance(60_000);
    expect(describeService(engine, 'shop').status).toBe('INACTIVE');
    expect(() => create(engine, { executionRoleArn: 'ecsTaskExecutionRole' })).toThrow(
      ecsError('InvalidParameterException', /must be the ARN of an IAM role/),
    );
    expect(() => create(engine, { cpu: '256', memory: '8192', serviceName: 'odd' })).toThrow(
      ecsError('ClientException', /No Fargate configuration exists/),
    );
    expect(() =>
      engine.call('DescribeExpressGatewayService', { serviceArn: 'arn:aws:ecs:us-east-1:000000000000:service/demo/none' }),
    ).toThrow(ecsError('ResourceNotFoundException'));
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'plain',
      taskDefinition: 'shop-express',
      desiredCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['s'] } },
    });
    expect(() =>
      engine.call('UpdateExpressGatewayService', { serviceArn: 'arn:aws:ecs:us-east-1:000000000000:service/demo/plain' }),
    ).toThrow(ecsError('ServiceNotFoundException'));
    const named = create(engine, { serviceName: undefined });
    expect(named.serviceName).toMatch(/^nginx-[0-9a-f]{6}$/);
  });
});
