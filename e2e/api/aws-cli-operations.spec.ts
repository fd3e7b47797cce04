// The new operations as a user types them with the AWS CLI (botocore's own serialization and parsing):
// capacity providers, attributes, task protection, task sets, account settings. Debian's AWS CLI (2.9.19) predates
// the service deployment and daemon commands: those are tested through the SDK
// (deployments-daemons.spec.ts).
import { expect, test } from '@playwright/test';
import { awsCli, awsEcsError, fargateRegistration } from '../support/aws-cli';
import { uniqueName } from '../support/ecs';

const ASG =
  'arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:00000000-0000-4000-8000-000000000000:autoScalingGroupName';
const aws = (...args: string[]) => awsCli('ecs', ...args);
const NETWORK = 'awsvpcConfiguration={subnets=[subnet-1],securityGroups=[sg-1]}';

async function fargateFamily(): Promise<string> {
  const family = uniqueName('clif');
  await aws(
    ...fargateRegistration(family, [
      { name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80 }] },
    ]),
  );
  return family;
}

test('capacity providers, attributes and the EC2 default with the CLI', async () => {
  const cluster = uniqueName('clicp');
  const provider = uniqueName('cp');
  await aws('create-cluster', '--cluster-name', cluster);
  const created = await aws(
    'create-capacity-provider',
    '--name',
    provider,
    '--auto-scaling-group-provider',
    `autoScalingGroupArn=${ASG}/${provider},managedScaling={status=ENABLED,targetCapacity=90},managedTerminationProtection=ENABLED`,
    '--tags',
    'key=ecs-local.asg-desired-capacity,value=1',
  );
  expect(created.capacityProvider).toMatchObject({ name: provider, status: 'ACTIVE' });
  await aws(
    'put-cluster-capacity-providers',
    '--cluster',
    cluster,
    '--capacity-providers',
    provider,
    '--default-capacity-provider-strategy',
    `capacityProvider=${provider},weight=1`,
  );
  await expect
    .poll(async () => ((await aws('list-container-instances', '--cluster', cluster)).containerInstanceArns as string[]).length, {
      timeout: 30_000,
      intervals: [1000],
    })
    .toBe(1);
  const [instance] = (await aws('list-container-instances', '--cluster', cluster)).containerInstanceArns as string[];
  await aws('put-attributes', '--cluster', cluster, '--attributes', `name=team,value=web,targetId=${instance}`);
  const attributes = (
    await aws('list-attributes', '--cluster', cluster, '--target-type', 'container-instance', '--attribute-name', 'team')
  ).attributes as { value: string }[];
  expect(attributes.map((a) => a.value)).toEqual(['web']);
  await aws('delete-attributes', '--cluster', cluster, '--attributes', `name=team,targetId=${instance}`);
  const described = (await aws('describe-capacity-providers', '--capacity-providers', provider)).capacityProviders as {
    autoScalingGroupProvider: { managedScaling: { targetCapacity: number } };
  }[];
  expect(described[0].autoScalingGroupProvider.managedScaling.targetCapacity).toBe(90);

  // No launch type and no default strategy: EC2, as in ECS, so a Fargate-only cluster says it has no instances.
  const bare = uniqueName('clibare');
  await aws('create-cluster', '--cluster-name', bare);
  const family = await fargateFamily();
  expect(
    await awsEcsError('run-task', '--cluster', bare, '--task-definition', family, '--network-configuration', NETWORK),
  ).toContain('No Container Instances were found in your cluster.');
  expect(await awsEcsError('delete-capacity-provider', '--capacity-provider', provider)).toContain('ClientException');
});

test('task protection, task sets and stopping a deployment with the CLI', async () => {
  test.setTimeout(90_000);
  const cluster = uniqueName('clidep');
  await aws('create-cluster', '--cluster-name', cluster);
  const family = await fargateFamily();
  await aws(
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'web',
    '--task-definition',
    family,
    '--desired-count',
    '1',
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    NETWORK,
  );
  await expect
    .poll(async () => ((await aws('list-tasks', '--cluster', cluster, '--service-name', 'web')).taskArns as string[]).length, {
      timeout: 20_000,
      intervals: [500],
    })
    .toBe(1);
  const [task] = (await aws('list-tasks', '--cluster', cluster, '--service-name', 'web')).taskArns as string[];
  const protectedTasks = (
    await aws(
      'update-task-protection',
      '--cluster',
      cluster,
      '--tasks',
      task,
      '--protection-enabled',
      '--expires-in-minutes',
      '10',
    )
  ).protectedTasks as { protectionEnabled: boolean }[];
  expect(protectedTasks[0].protectionEnabled).toBe(true);
  const got = (await aws('get-task-protection', '--cluster', cluster, '--tasks', task)).protectedTasks as {
    protectionEnabled: boolean;
  }[];
  expect(got[0].protectionEnabled).toBe(true);
  await aws('update-task-protection', '--cluster', cluster, '--tasks', task, '--no-protection-enabled');

  const service = async () =>
    (
      (await aws('describe-services', '--cluster', cluster, '--services', 'web')).services as {
        currentServiceDeployment: string;
        deployments: { rolloutState: string }[];
      }[]
    )[0];
  await expect
    .poll(async () => (await service()).deployments[0].rolloutState, { timeout: 30_000, intervals: [1000] })
    .toBe('COMPLETED');

  await aws(
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'ext',
    '--desired-count',
    '2',
    '--deployment-controller',
    'type=EXTERNAL',
  );
  const set = (
    await aws(
      'create-task-set',
      '--cluster',
      cluster,
      '--service',
      'ext',
      '--task-definition',
      family,
      '--launch-type',
      'FARGATE',
      '--network-configuration',
      NETWORK,
      '--scale',
      'value=50,unit=PERCENT',
    )
  ).taskSet as { id: string; computedDesiredCount: number };
  expect(set.id).toMatch(/^ecs-svc\//);
  const sets = (await aws('describe-task-sets', '--cluster', cluster, '--service', 'ext')).taskSets as {
    scale: { value: number };
  }[];
  expect(sets[0].scale.value).toBe(50);
  await aws('update-service-primary-task-set', '--cluster', cluster, '--service', 'ext', '--primary-task-set', set.id);
  await aws('delete-task-set', '--cluster', cluster, '--service', 'ext', '--task-set', set.id, '--force');
});

test('account settings with the CLI', async () => {
  await aws('put-account-setting', '--name', 'awsvpcTrunking', '--value', 'enabled');
  const deleted = (await aws('delete-account-setting', '--name', 'awsvpcTrunking')).setting as { value: string; type: string };
  // Debian's AWS CLI 2.9.19 predates the setting's `type` field, so it does not print it.
  expect(deleted).toMatchObject({ name: 'awsvpcTrunking', value: 'enabled' });
});
