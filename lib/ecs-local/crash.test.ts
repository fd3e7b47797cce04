// Durability: writes the engine acknowledged survive `kill -9`, and a task caught mid-launch resumes its
// lifecycle after a restart. Runs the real CLI process on a temporary data directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListClustersCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, describe, expect, it } from 'vitest';
import { kill9, killEngineProcesses, startEngineProcess } from './testing/engine-process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-crash-'));
const startEngine = () => startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });

afterAll(() => {
  killEngineProcesses();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const network = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

describe('kill -9 and restart', () => {
  it('keeps every acknowledged write and resumes tasks in flight', { timeout: 90_000 }, async () => {
    const first = await startEngine();
    const names = Array.from({ length: 12 }, (_, i) => `crash-${i}`);
    for (const clusterName of names) await first.client.send(new CreateClusterCommand({ clusterName }));

    for (let i = 0; i < 3; i++) {
      await first.client.send(
        new RegisterTaskDefinitionCommand({
          family: 'crash-td',
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          cpu: '256',
          memory: '512',
          containerDefinitions: [
            // 20 s to start (2 s at time scale 0.1): the task is certainly in flight when the engine dies.
            { name: 'app', image: 'nginx:latest', essential: true, dockerLabels: { 'ecs-local.start-seconds': '20' } },
          ],
        }),
      );
    }
    const run = await first.client.send(
      new RunTaskCommand({
        cluster: 'crash-0',
        taskDefinition: 'crash-td:3',
        launchType: 'FARGATE',
        networkConfiguration: network,
      }),
    );
    const taskArn = run.tasks?.[0]?.taskArn;
    expect(taskArn).toMatch(/^arn:aws:ecs:us-east-1:000000000000:task\/crash-0\/[0-9a-f]{32}$/);
    expect(run.tasks?.[0]?.lastStatus).toBe('PROVISIONING');
    await first.client.send(
      new CreateServiceCommand({
        cluster: 'crash-1',
        serviceName: 'web',
        taskDefinition: 'crash-td:1',
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: network,
      }),
    );
    await kill9(first);

    const second = await startEngine();
    const listed = (await second.client.send(new ListClustersCommand({}))).clusterArns ?? [];
    for (const name of names) expect(listed).toContain(`arn:aws:ecs:us-east-1:000000000000:cluster/${name}`);
    const described = await second.client.send(new DescribeClustersCommand({ clusters: names }));
    expect(described.clusters?.map((c) => c.status)).toEqual(names.map(() => 'ACTIVE'));

    const td = await second.client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'crash-td' }));
    expect(td.taskDefinition?.revision).toBe(3);
    // The task caught in flight resumes its lifecycle and reaches RUNNING.
    await expect
      .poll(
        async () =>
          (await second.client.send(new DescribeTasksCommand({ cluster: 'crash-0', tasks: [taskArn as string] }))).tasks?.[0]
            ?.lastStatus,
        { timeout: 20_000, interval: 200 },
      )
      .toBe('RUNNING');
    // The service's desired count survives, and its scheduler brings it to 2 running tasks.
    await expect
      .poll(
        async () =>
          (await second.client.send(new DescribeServicesCommand({ cluster: 'crash-1', services: ['web'] }))).services?.[0]
            ?.runningCount,
        { timeout: 20_000, interval: 200 },
      )
      .toBe(2);
    await kill9(second);
  });
});
