import {
  DescribeTaskDefinitionCommand,
  type ECSClient,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../engine';
import { type ServedEngine, servedEngine } from '../../../testing/engine';
import { ecsError, fargateInput, register, TD_ARN, testEngine } from '../../../testing/task-definitions';

describe('RegisterTaskDefinition over HTTP with the AWS SDK', () => {
  let served: ServedEngine;
  let ecs: ECSClient;
  beforeAll(async () => {
    served = await servedEngine(new Engine({ memory: true }));
    ({ ecs } = served);
  });
  afterAll(() => served.close());

  it("answers with the reference's register-task-definition shape", async () => {
    const input: RegisterTaskDefinitionCommandInput = {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: 'nginx:latest', essential: true, portMappings: [{ containerPort: 80, protocol: 'tcp' }] },
      ],
    };
    const before = Date.now() / 1000;
    const { taskDefinition, tags } = await ecs.send(new RegisterTaskDefinitionCommand(input));
    expect(tags).toBeUndefined();
    expect(taskDefinition).toEqual({
      taskDefinitionArn: `${TD_ARN}/web:1`,
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:latest',
          cpu: 0,
          portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
          essential: true,
          environment: [],
          mountPoints: [],
          volumesFrom: [],
          systemControls: [],
        },
      ],
      family: 'web',
      networkMode: 'awsvpc',
      revision: 1,
      volumes: [],
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }, { name: 'ecs.capability.task-eni' }],
      placementConstraints: [],
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      registeredAt: expect.any(Date),
      registeredBy: 'arn:aws:iam::000000000000:root',
    });
    expect((taskDefinition?.registeredAt?.getTime() ?? 0) / 1000).toBeGreaterThanOrEqual(Math.floor(before));
    const described = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web' }));
    expect(described.taskDefinition).toEqual(taskDefinition);
  });

  it('reports a rule violation as a ClientException with ECS wording', async () => {
    const input = { ...fargateInput('web'), networkMode: 'bridge' as const };
    await expect(ecs.send(new RegisterTaskDefinitionCommand(input))).rejects.toMatchObject({
      name: 'ClientException',
      message: 'Fargate only supports network mode ‘awsvpc’.',
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe('RegisterTaskDefinition', () => {
  it('numbers revisions per family from 1', () => {
    const { engine } = testEngine();
    expect(register(engine, 'a').revision).toBe(1);
    expect(register(engine, 'a').revision).toBe(2);
    expect(register(engine, 'b').taskDefinitionArn).toBe(`${TD_ARN}/b:1`);
    expect(register(engine, 'a').taskDefinitionArn).toBe(`${TD_ARN}/a:3`);
  });

  it('never reuses a revision number, even after every revision is deleted', () => {
    const { engine } = testEngine();
    register(engine, 'gone');
    register(engine, 'gone');
    for (const rev of [1, 2]) engine.call('DeregisterTaskDefinition', { taskDefinition: `gone:${rev}` });
    engine.call('DeleteTaskDefinitions', { taskDefinitions: ['gone:1', 'gone:2'] });
    expect(register(engine, 'gone').revision).toBe(3);
  });

  it('records registeredAt from the clock in epoch seconds', () => {
    const { engine, clock } = testEngine();
    clock.advance(1500);
    expect(register(engine, 'x').registeredAt).toBe(Date.UTC(2026, 0, 1) / 1000 + 1.5);
  });

  it('reports only the first problem', () => {
    const { engine } = testEngine();
    expect(() => register(engine, 'x', { networkMode: 'bridge', cpu: undefined })).toThrow(
      ecsError('ClientException', 'Fargate only supports network mode ‘awsvpc’.'),
    );
    expect(() => register(engine, 'x', { containerDefinitions: [{ name: 'app', image: '' }] })).toThrow(
      ecsError('ClientException', 'Container.image should not be null or empty.'),
    );
    expect(() => register(engine, 'x', { cpu: '512' })).toThrow(
      ecsError(
        'ClientException',
        'No Fargate configuration exists for given values: 512 CPU, 512 memory. See the Amazon ECS documentation for the valid values.',
      ),
    );
  });

  it('normalizes sizes and echoes tags', () => {
    const { engine } = testEngine();
    const out = engine.call('RegisterTaskDefinition', {
      ...fargateInput('sized'),
      cpu: '1 vCPU',
      memory: '2 GB',
      tags: [{ key: 'team', value: 'web' }],
    }) as { taskDefinition: { cpu: string; memory: string; tags?: unknown }; tags: unknown };
    expect([out.taskDefinition.cpu, out.taskDefinition.memory]).toEqual(['1024', '2048']);
    expect(out.tags).toEqual([{ key: 'team', value: 'web' }]);
    expect(out.taskDefinition.tags).toBeUndefined();
  });

  it('refuses bad tags with InvalidParameterException and stores nothing', () => {
    const { engine } = testEngine();
    expect(() => register(engine, 'x', { tags: [{ key: 'aws:reserved', value: 'v' }] })).toThrow(
      ecsError('InvalidParameterException', /reserved/),
    );
    expect(engine.call('ListTaskDefinitionFamilies', {})).toEqual({ families: [] });
    expect(register(engine, 'x').revision).toBe(1);
  });

  it('refuses more than 10 containers and definitions over 64 KiB', () => {
    const { engine } = testEngine();
    const containers = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, image: 'nginx' }));
    expect(() => register(engine, 'x', { containerDefinitions: containers })).toThrow(ecsError('ClientException', /at most 10/));
    const env = Array.from({ length: 700 }, (_, i) => ({ name: `V${i}`, value: 'x'.repeat(90) }));
    expect(() => register(engine, 'x', { containerDefinitions: [{ name: 'a', image: 'b', environment: env }] })).toThrow(
      ecsError('ClientException', /64 KiB/),
    );
  });

  it('echoes fault-injection docker labels as given', () => {
    const { engine } = testEngine();
    const labels = { 'ecs-local.exit-code': '1', other: 'x' };
    const td = register(engine, 'faulty', { containerDefinitions: [{ name: 'a', image: 'b', dockerLabels: labels }] });
    expect(td.containerDefinitions?.[0].dockerLabels).toEqual(labels);
  });
});
