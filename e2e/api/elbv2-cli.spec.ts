// The AWS documentation's load balancing flow with the AWS CLI against the engine: an ALB, a target group and a
// listener; a Fargate service behind it; `ecs wait services-stable`; healthy targets and `elbv2 wait
// target-in-service`; scale-in drains a target; a revision whose targets fail is replaced and rolled back.
import { expect, test } from '@playwright/test';
import { awsCli as aws, awsCliV2, CLI_ENV, registerWithCli as register, run } from '../support/aws-cli';
import { ENGINE_URL, uniqueName } from '../support/ecs';

interface TargetHealthDescription {
  Target: { Id: string; Port: number };
  TargetHealth: { State: string; Reason?: string };
}

async function targets(tgArn: string): Promise<TargetHealthDescription[]> {
  return (await aws('elbv2', 'describe-target-health', '--target-group-arn', tgArn))
    .TargetHealthDescriptions as TargetHealthDescription[];
}

test('ALB + target group + listener → Fargate service behind it → healthy targets, draining, replaced and rolled back', async () => {
  test.setTimeout(180_000);
  const name = uniqueName('alb').slice(0, 24);
  const lb = await aws(
    'elbv2',
    'create-load-balancer',
    '--name',
    name,
    '--subnets',
    'subnet-1',
    'subnet-2',
    '--type',
    'application',
  );
  const lbArn = (lb.LoadBalancers as { LoadBalancerArn: string }[])[0].LoadBalancerArn;
  const tg = await aws(
    'elbv2',
    'create-target-group',
    '--name',
    name,
    '--protocol',
    'HTTP',
    '--port',
    '80',
    '--vpc-id',
    'vpc-1',
    '--target-type',
    'ip',
    '--health-check-path',
    '/',
    '--health-check-interval-seconds',
    '5',
    '--health-check-timeout-seconds',
    '2',
  );
  const tgArn = (tg.TargetGroups as { TargetGroupArn: string }[])[0].TargetGroupArn;
  await aws(
    'elbv2',
    'modify-target-group-attributes',
    '--target-group-arn',
    tgArn,
    '--attributes',
    'Key=deregistration_delay.timeout_seconds,Value=60',
  );
  const listener = await aws(
    'elbv2',
    'create-listener',
    '--load-balancer-arn',
    lbArn,
    '--protocol',
    'HTTP',
    '--port',
    '18080',
    '--default-actions',
    `Type=forward,TargetGroupArn=${tgArn}`,
  );
  expect((listener.Listeners as { Port: number }[])[0].Port).toBe(18080);
  const described = await aws('elbv2', 'describe-target-groups', '--load-balancer-arn', lbArn);
  expect((described.TargetGroups as { LoadBalancerArns: string[] }[])[0].LoadBalancerArns).toEqual([lbArn]);

  const cluster = uniqueName('lbc');
  const family = uniqueName('lbtd');
  await aws('ecs', 'create-cluster', '--cluster-name', cluster);
  await register(family);
  await aws(
    'ecs',
    'create-service',
    '--cluster',
    cluster,
    '--service-name',
    'web',
    '--task-definition',
    `${family}:1`,
    '--desired-count',
    '2',
    '--launch-type',
    'FARGATE',
    '--network-configuration',
    'awsvpcConfiguration={subnets=[subnet-1],securityGroups=[sg-1]}',
    '--load-balancers',
    `targetGroupArn=${tgArn},containerName=web,containerPort=80`,
    '--health-check-grace-period-seconds',
    '20',
    '--deployment-configuration',
    'deploymentCircuitBreaker={enable=true,rollback=true},maximumPercent=200,minimumHealthyPercent=100',
  );
  await aws('ecs', 'wait', 'services-stable', '--cluster', cluster, '--services', 'web');
  const healthy = await targets(tgArn);
  expect(healthy.map((t) => t.TargetHealth.State)).toEqual(['healthy', 'healthy']);
  const tasks = await aws(
    'ecs',
    'describe-tasks',
    '--cluster',
    cluster,
    '--tasks',
    ...((await aws('ecs', 'list-tasks', '--cluster', cluster)).taskArns as string[]),
  );
  const ips = (tasks.tasks as { attachments: { details: { name: string; value: string }[] }[] }[])
    .map((t) => t.attachments[0].details.find((d) => d.name === 'privateIPv4Address')?.value)
    .sort();
  expect(healthy.map((t) => t.Target.Id).sort()).toEqual(ips);
  await aws('elbv2', 'wait', 'target-in-service', '--target-group-arn', tgArn);
  // Tasks reaching ACTIVATING in different scheduler steps are registered (and announced) separately.
  const serviceNow = (await aws('ecs', 'describe-services', '--cluster', cluster, '--services', 'web')).services as {
    events: { message: string }[];
  }[];
  const registered = serviceNow[0].events
    .map((e) => e.message.match(/^\(service web\) registered (\d+) targets in \(target-group (.+)\)$/))
    .filter((m): m is RegExpMatchArray => m !== null && m[2] === tgArn)
    .reduce((sum, m) => sum + Number(m[1]), 0);
  expect(registered).toBe(2);

  // Scale in: one target drains (60 s × the engine's 0.1 time scale), then is gone.
  await aws('ecs', 'update-service', '--cluster', cluster, '--service', 'web', '--desired-count', '1');
  await expect
    .poll(async () => (await targets(tgArn)).map((t) => t.TargetHealth.State).sort(), { timeout: 20_000, intervals: [200] })
    .toEqual(['draining', 'healthy']);
  await expect.poll(async () => (await targets(tgArn)).length, { timeout: 20_000, intervals: [500] }).toBe(1);

  // A revision whose targets fail their health checks: its tasks are replaced until the circuit breaker rolls back.
  await register(family, { 'ecs-local.lb-health': 'unhealthy' });
  await aws('ecs', 'update-service', '--cluster', cluster, '--service', 'web', '--task-definition', `${family}:2`);
  await expect
    .poll(async () => JSON.stringify(await aws('ecs', 'describe-services', '--cluster', cluster, '--services', 'web')), {
      timeout: 120_000,
      intervals: [2000],
    })
    .toMatch(/rolling back to deploymentId|deployment failed: tasks failed to start/);
  const stopped = await aws('ecs', 'list-tasks', '--cluster', cluster, '--desired-status', 'STOPPED');
  const stoppedTasks = await aws(
    'ecs',
    'describe-tasks',
    '--cluster',
    cluster,
    '--tasks',
    ...(stopped.taskArns as string[]).slice(0, 100),
  );
  expect((stoppedTasks.tasks as { stoppedReason: string }[]).map((t) => t.stoppedReason)).toContain(
    `Task failed ELB health checks in (target-group ${tgArn})`,
  );
  await expect
    .poll(
      async () =>
        (
          (await aws('ecs', 'describe-services', '--cluster', cluster, '--services', 'web')).services as {
            taskDefinition: string;
          }[]
        )[0].taskDefinition,
      { timeout: 60_000, intervals: [1000] },
    )
    .toMatch(new RegExp(`task-definition/${family}:1$`));
});

test('elbv2 errors reach the CLI with their codes', async () => {
  const failure = await run(
    awsCliV2(),
    ['elbv2', 'describe-target-groups', '--names', 'no-such-group', '--endpoint-url', ENGINE_URL],
    { env: CLI_ENV },
  ).catch((err: { code: number; stderr: string }) => err);
  // The AWS CLI v2 exits 254 for a service error.
  expect((failure as { code: number }).code).toBe(254);
  expect((failure as { stderr: string }).stderr).toContain(
    "An error occurred (TargetGroupNotFound) when calling the DescribeTargetGroups operation: Target groups '[no-such-group]' not found",
  );
});
