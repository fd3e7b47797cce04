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
import { ecs } from './ecs';
import { kill9, killEngineProcesses, startEngineProcess } from './testing/engine-process';

const has = (...ops: string[]) => ops.every((op) => Object.hasOwn(ecs.operations, op));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-local-crash-'));
const startEngine = () => startEngineProcess({ ECS_LOCAL_DATA_DIR: dataDir });

afterAll(() => {
  killEngineProcesses();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const network = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

describe.skipIf(!has('CreateCluster', 'ListClusters', 'DescribeClusters'))('kill -9 and restart', () => {
  it('keeps every acknowledged write and resumes tasks in flight', { timeout: 90_000 }, async () => {
    const first = await startEngine();
    const names = Array.from({ length: 12 }, (_, i) => `crash-${i}`);
    for (const clusterName of names) await first.client.send(new CreateClusterCommand({ clusterName }));

    const withTaskDefinitions = has('RegisterTaskDefinition', 'DescribeTaskDefinition');
    if (withTaskDefinitions) {
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
    }
    let taskArn: string | undefined;
    if (withTaskDefinitions && has('RunTask', 'DescribeTasks')) {
      const run = await first.client.send(
        new RunTaskCommand({
          cluster: 'crash-0',
          taskDefinition: 'crash-td:3',
          launchType: 'FARGATE',
          networkConfiguration: network,
        }),
      );
      taskArn = run.tasks?.[0]?.taskArn;
      expect(run.tasks?.[0]?.lastStatus).not.toBe('RUNNING');
    }
    const withService = withTaskDefinitions && has('CreateService', 'DescribeServices');
    if (withService) {
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
    }
    await kill9(first);

    const second = await startEngine();
    const listed = (await second.client.send(new ListClustersCommand({}))).clusterArns ?? [];
    for (const name of names) expect(listed).toContain(`arn:aws:ecs:us-east-1:000000000000:cluster/${name}`);
    const described = await second.client.send(new DescribeClustersCommand({ clusters: names }));
    expect(described.clusters?.map((c) => c.status)).toEqual(names.map(() => 'ACTIVE'));

    if (withTaskDefinitions) {
      const td = await second.client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'crash-td' }));
      expect(td.taskDefinition?.revision).toBe(3);
    }
    if (taskArn) {
      const deadline = Date.now() + 20_000;
      let status: string | undefined;
      while (Date.now() < deadline) {
        const tasks = await second.client.send(new DescribeTasksCommand({ cluster: 'crash-0', tasks: [taskArn] }));
        status = tasks.tasks?.[0]?.lastStatus;
        if (status === 'RUNNING' || status === 'STOPPED') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe('RUNNING');
    }
    if (withService) {
      const deadline = Date.now() + 20_000;
      let running: number | undefined;
      while (Date.now() < deadline) {
        const res = await second.client.send(new DescribeServicesCommand({ cluster: 'crash-1', services: ['web'] }));
        running = res.services?.[0]?.runningCount;
        if (running === 2) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(running).toBe(2);
    }
    await kill9(second);
  });
});
