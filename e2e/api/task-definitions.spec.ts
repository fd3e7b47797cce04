// Task definitions through the real SDK and raw HTTP: echo defaults, revisions, deregister/delete, paginators, errors.
import {
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  paginateListTaskDefinitionFamilies,
  paginateListTaskDefinitions,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition } from './fixtures';
import { arnOf, raw, rawError, sdkError } from './raw';

const client = ecsClient();

interface TaskDefinitionBody {
  taskDefinition: Record<string, unknown> & { containerDefinitions: Record<string, unknown>[] };
}

test('RegisterTaskDefinition echoes the definition with ECS defaults filled in', async () => {
  const family = uniqueName('echo');
  const body = await raw<TaskDefinitionBody>('RegisterTaskDefinition', fargateTaskDefinition(family));
  const td = body.taskDefinition;
  expect(td).toMatchObject({
    taskDefinitionArn: arnOf(`task-definition/${family}:1`),
    family,
    revision: 1,
    status: 'ACTIVE',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
  });
  expect(td.compatibilities).toEqual(expect.arrayContaining(['FARGATE']));
  expect(typeof td.registeredAt).toBe('number');
  expect(td.containerDefinitions[0]).toMatchObject({
    name: 'web',
    image: 'nginx:latest',
    cpu: 0,
    essential: true,
    portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
  });
});

test('revisions count up per family, are never reused, and a bare family means the latest ACTIVE one', async () => {
  const family = uniqueName('rev');
  for (let i = 0; i < 3; i++) await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const latest = await raw<TaskDefinitionBody>('DescribeTaskDefinition', { taskDefinition: family });
  expect(latest.taskDefinition.revision).toBe(3);

  const deregistered = await raw<TaskDefinitionBody>('DeregisterTaskDefinition', { taskDefinition: `${family}:3` });
  expect(deregistered.taskDefinition.status).toBe('INACTIVE');
  expect(typeof deregistered.taskDefinition.deregisteredAt).toBe('number');
  const now = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }));
  expect(now.taskDefinition?.revision).toBe(2);
  // An INACTIVE revision can still be described by its number.
  const inactive = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:3` }));
  expect(inactive.taskDefinition?.status).toBe('INACTIVE');

  const deleted = await raw<{ taskDefinitions: { status: string }[]; failures?: unknown[] }>('DeleteTaskDefinitions', {
    taskDefinitions: [arnOf(`task-definition/${family}:3`)],
  });
  expect(deleted.taskDefinitions.map((t) => t.status)).toEqual(['DELETE_IN_PROGRESS']);
  const next = await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  expect(next.taskDefinition?.revision).toBe(4);
});

test('DeleteTaskDefinitions refuses ACTIVE revisions in failures, not with an exception', async () => {
  const family = uniqueName('del');
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const res = await client.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: [`${family}:1`] }));
  expect(res.taskDefinitions ?? []).toEqual([]);
  expect(res.failures).toHaveLength(1);
  expect(res.failures?.[0].arn).toBe(arnOf(`task-definition/${family}:1`));
});

test('paginateListTaskDefinitions and paginateListTaskDefinitionFamilies walk several pages', async () => {
  const family = uniqueName('pg');
  for (let i = 0; i < 5; i++) await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  const arns: string[] = [];
  let pages = 0;
  for await (const page of paginateListTaskDefinitions({ client, pageSize: 2 }, { familyPrefix: family })) {
    pages++;
    arns.push(...(page.taskDefinitionArns ?? []));
  }
  expect(pages).toBe(3);
  expect(arns).toEqual([1, 2, 3, 4, 5].map((r) => arnOf(`task-definition/${family}:${r}`)));

  const desc = await raw<{ taskDefinitionArns: string[] }>('ListTaskDefinitions', { familyPrefix: family, sort: 'DESC' });
  expect(desc.taskDefinitionArns[0]).toBe(arnOf(`task-definition/${family}:5`));

  const prefix = uniqueName('fam');
  for (const suffix of ['a', 'b', 'c', 'd']) {
    await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(`${prefix}-${suffix}`)));
  }
  const families: string[] = [];
  for await (const page of paginateListTaskDefinitionFamilies({ client, pageSize: 3 }, { familyPrefix: prefix })) {
    families.push(...(page.families ?? []));
  }
  expect(families).toEqual(['a', 'b', 'c', 'd'].map((s) => `${prefix}-${s}`));
});

test('invalid definitions get ClientException with ECS messages', async () => {
  const family = uniqueName('bad');
  const base = fargateTaskDefinition(family);
  const bridge = await sdkError(client.send(new RegisterTaskDefinitionCommand({ ...base, networkMode: 'bridge' })));
  expect(bridge.name).toBe('ClientException');
  expect(bridge.message).toMatch(/^Fargate only supports network mode .awsvpc.\.$/);

  const noCpu = await rawError('RegisterTaskDefinition', { ...base, cpu: undefined });
  expect(noCpu).toEqual({ __type: 'ClientException', message: "Fargate requires that 'cpu' be defined at the task level." });

  const pair = await sdkError(client.send(new RegisterTaskDefinitionCommand({ ...base, memory: '4096' })));
  expect(pair).toEqual({
    name: 'ClientException',
    message:
      'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
  });

  const missing = await sdkError(client.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:9` })));
  expect(missing).toEqual({ name: 'ClientException', message: 'Unable to describe task definition.' });

  const noContainers = await rawError('RegisterTaskDefinition', { family });
  expect(noContainers.__type).toBe('InvalidParameterException');
  expect(noContainers.message).toContain("'containerDefinitions'");

  // A revision is mandatory to deregister.
  await client.send(new RegisterTaskDefinitionCommand(base));
  const bare = await sdkError(client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: family })));
  expect(bare).toEqual({
    name: 'ClientException',
    message: `A revision is required to deregister a task definition: use '${family}:<revision>' or the task definition ARN.`,
  });
});

test('families: INACTIVE ones are listed by default and with status INACTIVE, not with ACTIVE', async () => {
  const family = uniqueName('inact');
  await client.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: `${family}:1` }));
  const all = await raw<{ families: string[] }>('ListTaskDefinitionFamilies', { familyPrefix: family });
  expect(all.families).toEqual([family]);
  const active = await raw<{ families: string[] }>('ListTaskDefinitionFamilies', { familyPrefix: family, status: 'ACTIVE' });
  expect(active.families).toEqual([]);
  const inactive = await raw<{ families: string[] }>('ListTaskDefinitionFamilies', { familyPrefix: family, status: 'INACTIVE' });
  expect(inactive.families).toEqual([family]);
  const defs = await raw<{ taskDefinitionArns: string[] }>('ListTaskDefinitions', { familyPrefix: family, status: 'INACTIVE' });
  expect(defs.taskDefinitionArns).toEqual([arnOf(`task-definition/${family}:1`)]);
  expect(
    (await raw<{ taskDefinitionArns: string[] }>('ListTaskDefinitions', { familyPrefix: family })).taskDefinitionArns,
  ).toEqual([]);
});

test('DescribeTaskDefinition returns tags only with include TAGS', async () => {
  const family = uniqueName('tdtags');
  await client.send(new RegisterTaskDefinitionCommand({ ...fargateTaskDefinition(family), tags: [{ key: 'a', value: 'b' }] }));
  const plain = await raw<{ tags?: unknown[] }>('DescribeTaskDefinition', { taskDefinition: family });
  expect(plain.tags ?? []).toEqual([]);
  const withTags = await raw<{ tags?: unknown[] }>('DescribeTaskDefinition', { taskDefinition: family, include: ['TAGS'] });
  expect(withTags.tags).toEqual([{ key: 'a', value: 'b' }]);
});
