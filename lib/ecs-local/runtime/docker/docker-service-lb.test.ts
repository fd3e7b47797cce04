// A service on the Docker runtime behind an Application Load Balancer on 127.0.0.1 (scripts/docker-test-env.sh starts
// the Docker Engine and builds local/busybox:latest offline): its task's target is the task's IP and container port,
// checked for real on the port Docker published on 127.0.0.1, and a request through the listener reaches the
// container's busybox httpd.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type Task,
} from '@aws-sdk/client-ecs';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../engine';
import { albWithTargetGroup, elb } from '../../testing/elbv2';
import { type ServedEngine, servedEngine } from '../../testing/engine';
import { freePort } from '../../testing/ports';
import { until } from '../../testing/until';
import { DockerRuntime } from './docker-runtime';

const IMAGE = 'local/busybox:latest';
const docker = new Docker();
const owner = `test-${crypto.randomBytes(6).toString('hex')}`;
let served: ServedEngine;

interface TargetHealth {
  Target: { Id: string; Port: number };
  TargetHealth: { State: string; Reason?: string; Description?: string };
}

function targets(tgArn: string): TargetHealth[] {
  return elb<{ TargetHealthDescriptions: TargetHealth[] }>(served.engine, 'DescribeTargetHealth', { TargetGroupArn: tgArn })
    .TargetHealthDescriptions;
}

beforeAll(async () => {
  execFileSync('bash', [path.resolve(__dirname, '../../../../scripts/docker-test-env.sh')], { stdio: 'inherit' });
  const runtime = new DockerRuntime({ owner, removeOnClose: true, cleanupAfterMs: 0, usageIntervalMs: 0 });
  // The Docker runtime turns the real network on: listeners serve on 127.0.0.1 and target checks are real.
  served = await servedEngine(new Engine({ memory: true, runtime }));
  await served.ecs.send(new CreateClusterCommand({ clusterName: 'docker' }));
}, 120_000);

afterAll(async () => {
  await served?.engine.runtime.close();
  await served?.close();
  expect(await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`ecs-local.owner=${owner}`] }) })).toEqual(
    [],
  );
});

describe('a service on the Docker runtime behind a load balancer', () => {
  it('registers its task, checks it for real on its published 127.0.0.1 port, and serves requests through the listener', async () => {
    expect(served.engine.network).toBeDefined();
    await served.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'site',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'web',
            image: IMAGE,
            command: ['sh', '-c', 'mkdir -p /www && echo "hello from busybox" > /www/index.html && exec httpd -f -p 80 -h /www'],
            portMappings: [{ containerPort: 80 }],
            stopTimeout: 2,
          },
        ],
      }),
    );
    const listenerPort = await freePort();
    const { targetGroupArn } = albWithTargetGroup(served.engine, 'site', listenerPort, {
      HealthCheckPath: '/index.html',
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    await served.ecs.send(
      new CreateServiceCommand({
        cluster: 'docker',
        serviceName: 'site',
        taskDefinition: 'site',
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
        loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 80 }],
      }),
    );
    const task = await until(
      'a RUNNING task',
      async () => {
        const arns = (await served.ecs.send(new ListTasksCommand({ cluster: 'docker', serviceName: 'site' }))).taskArns ?? [];
        if (arns.length === 0) return undefined;
        return (await served.ecs.send(new DescribeTasksCommand({ cluster: 'docker', tasks: arns }))).tasks?.[0];
      },
      (t?: Task) => t?.lastStatus === 'RUNNING' || t?.lastStatus === 'STOPPED',
      60_000,
    );
    expect(task?.lastStatus).toBe('RUNNING');
    const binding = task?.containers?.[0].networkBindings?.[0];
    expect(binding).toMatchObject({ bindIP: '127.0.0.1', containerPort: 80 });
    const ip = task?.attachments?.[0].details?.find((d) => d.name === 'privateIPv4Address')?.value;
    // The target is ECS's (the task's IP and container port); its checks go to the port published on 127.0.0.1.
    const [target] = await until(
      'a healthy target',
      async () => targets(targetGroupArn),
      (list) => list.length > 0 && list[0].TargetHealth.State !== 'initial',
      60_000,
    );
    expect(target).toEqual({ Target: { Id: ip, Port: 80 }, HealthCheckPort: '80', TargetHealth: { State: 'healthy' } });
    const res = await fetch(`http://127.0.0.1:${listenerPort}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello from busybox\n');
    const service = await until(
      'a completed rollout',
      async () => (await served.ecs.send(new DescribeServicesCommand({ cluster: 'docker', services: ['site'] }))).services?.[0],
      (s) => s?.deployments?.[0]?.rolloutState === 'COMPLETED',
      30_000,
    );
    expect(service?.events?.map((e) => e.message)).toContain(
      `(service site) registered 1 targets in (target-group ${targetGroupArn})`,
    );
    await served.ecs.send(new DeleteServiceCommand({ cluster: 'docker', service: 'site', force: true }));
  }, 120_000);
});
