// The AWS CLI flow a user would type: cluster → Fargate task definition → service → wait stable → update →
// a broken revision trips the circuit breaker and rolls back. Exercises botocore's parsing and waiters.
import { expect, test } from '@playwright/test';
import { awsEcs, awsRegisterFargate } from '../support/aws-cli';
import { uniqueName } from '../support/ecs';
import { raw } from './raw';

interface Deployment {
  id: string;
  status: string;
  taskDefinition: string;
  rolloutState?: string;
}
interface Service {
  status: string;
  taskDefinition: string;
  runningCount: number;
  desiredCount: number;
  deployments: Deployment[];
  events: { message: string }[];
}

const aws = awsEcs;

function register(family: string, labels: Record<string, string> = {}): Promise<number> {
  return awsRegisterFargate(family, [
    { name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }], dockerLabels: labels },
  ]);
}

async function service(cluster: string, name: string): Promise<Service> {
  const out = await aws('describe-services', '--cluster', cluster, '--services', name);
  return (out.services as Service[])[0];
}

test('create → wait stable → update → wait stable → failing revision rolls back', async () => {
  test.setTimeout(150_000);
  const cluster = uniqueName('cli');
  const family = uniqueName('clitd');
  const created = await aws('create-cluster', '--cluster-name', cluster);
  expect((created.cluster as { status: string }).status).toBe('ACTIVE');
  expect(await register(family)).toBe(1);

  const svc = await aws(
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'web',
    '--task-definition',
    `${family}:1`,
    '--desired-count',
    '1',
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    'awsvpcConfiguration={subnets=[subnet-1],securityGroups=[sg-1],assignPublicIp=ENABLED}',
    '--deployment-configuration',
    'deploymentCircuitBreaker={enable=true,rollback=true},maximumPercent=200,minimumHealthyPercent=100',
  );
  expect((svc.service as Service).status).toBe('ACTIVE');
  // The CLI waiter polls every 15 s: the first check sees no running task yet, the second one succeeds.
  await aws('wait', 'services-stable', '--cluster', cluster, '--services', 'web');
  const stable = await service(cluster, 'web');
  expect(stable.runningCount).toBe(1);
  expect(stable.deployments).toHaveLength(1);

  expect(await register(family)).toBe(2);
  await aws('update-service', '--cluster', cluster, '--service', 'web', '--task-definition', `${family}:2`);
  // Let the rollout finish before waiting, so the waiter's first check succeeds instead of sleeping 15 s.
  await expect
    .poll(async () => (await service(cluster, 'web')).deployments.length, { timeout: 30_000, intervals: [500] })
    .toBe(1);
  await aws('wait', 'services-stable', '--cluster', cluster, '--services', 'web');
  const updated = await service(cluster, 'web');
  expect(updated.taskDefinition).toMatch(new RegExp(`task-definition/${family}:2$`));

  expect(await register(family, { 'ecs-local.exit-code': '1' })).toBe(3);
  await aws('update-service', '--cluster', cluster, '--service', 'web', '--task-definition', `${family}:3`);
  // service.taskDefinition switched to :3 with the update; only a rollback brings it back to :2.
  await expect
    .poll(async () => (await service(cluster, 'web')).taskDefinition, { timeout: 60_000, intervals: [1000] })
    .toMatch(new RegExp(`task-definition/${family}:2$`));
  const rolledBack = await service(cluster, 'web');
  const primary = rolledBack.deployments.find((d) => d.status === 'PRIMARY');
  expect(primary?.taskDefinition).toMatch(new RegExp(`task-definition/${family}:2$`));
  expect(JSON.stringify(rolledBack)).toMatch(/circuit breaker|roll(ing|ed)? ?back/i);

  const rawBody = await raw<{ services: unknown[] }>('DescribeServices', { cluster, services: ['web'] });
  expect(rawBody.services).toHaveLength(1);
});
