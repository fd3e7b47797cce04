// Tagging across resource types and account settings through the real SDK and raw HTTP.
import {
  CreateClusterCommand,
  DescribeClustersCommand,
  ListTagsForResourceCommand,
  PutAccountSettingDefaultCommand,
  paginateListAccountSettings,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { ecsClient, uniqueName } from '../support/ecs';
import { fargateTaskDefinition } from './fixtures';
import { arnOf, NETWORK, raw, rawError, sdkError } from './raw';

const client = ecsClient();

async function tagsOf(resourceArn: string) {
  const body = await raw<{ tags?: { key: string; value: string }[] }>('ListTagsForResource', { resourceArn });
  return (body.tags ?? []).sort((a, b) => a.key.localeCompare(b.key));
}

test('TagResource merges, UntagResource removes, ListTagsForResource lists, on a cluster', async () => {
  const name = uniqueName('tags');
  const created = await client.send(new CreateClusterCommand({ clusterName: name, tags: [{ key: 'a', value: '1' }] }));
  const arn = created.cluster?.clusterArn as string;
  expect(
    await raw('TagResource', {
      resourceArn: arn,
      tags: [
        { key: 'b', value: '2' },
        { key: 'a', value: 'one' },
      ],
    }),
  ).toEqual({});
  expect(await tagsOf(arn)).toEqual([
    { key: 'a', value: 'one' },
    { key: 'b', value: '2' },
  ]);
  expect(await raw('UntagResource', { resourceArn: arn, tagKeys: ['a', 'not-there'] })).toEqual({});
  expect(await tagsOf(arn)).toEqual([{ key: 'b', value: '2' }]);
  const described = await client.send(new DescribeClustersCommand({ clusters: [name], include: ['TAGS'] }));
  expect(described.clusters?.[0].tags).toEqual([{ key: 'b', value: '2' }]);
});

test('task definitions and tasks are taggable too', async () => {
  const cluster = uniqueName('tagt');
  const family = uniqueName('tagf');
  await client.send(new CreateClusterCommand({ clusterName: cluster }));
  const td = await client.send(
    new RegisterTaskDefinitionCommand({ ...fargateTaskDefinition(family), tags: [{ key: 'owner', value: 'me' }] }),
  );
  const tdArn = td.taskDefinition?.taskDefinitionArn as string;
  expect(td.tags).toEqual([{ key: 'owner', value: 'me' }]);
  expect(await tagsOf(tdArn)).toEqual([{ key: 'owner', value: 'me' }]);

  const run = await client.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: family,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      tags: [{ key: 'job', value: 'x' }],
    }),
  );
  const taskArn = run.tasks?.[0].taskArn as string;
  await client.send(new TagResourceCommand({ resourceArn: taskArn, tags: [{ key: 'extra', value: 'y' }] }));
  const listed = await client.send(new ListTagsForResourceCommand({ resourceArn: taskArn }));
  expect(listed.tags?.map((t) => t.key).sort()).toEqual(['extra', 'job']);
});

test('tagging errors: aws: prefix reserved, too many tags, unknown resources', async () => {
  const name = uniqueName('tage');
  const arn = (await client.send(new CreateClusterCommand({ clusterName: name }))).cluster?.clusterArn as string;
  const reserved = await sdkError(
    client.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: 'aws:x', value: 'v' }] })),
  );
  expect(reserved.name).toBe('InvalidParameterException');
  const tooMany = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
  expect((await rawError('TagResource', { resourceArn: arn, tags: tooMany })).__type).toBe('InvalidParameterException');
  // 50 in total counts what the resource already has.
  await client.send(new TagResourceCommand({ resourceArn: arn, tags: tooMany.slice(0, 50) }));
  const overflow = await sdkError(
    client.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: 'one-more', value: 'v' }] })),
  );
  expect(overflow).toEqual({
    name: 'LimitExceededException',
    message: 'A resource can have at most 50 tags; this request would give it 51. Remove some tags first.',
  });

  const unknown = await sdkError(
    client.send(new ListTagsForResourceCommand({ resourceArn: arnOf(`cluster/${uniqueName('no')}`) })),
  );
  expect(unknown).toEqual({ name: 'ClusterNotFoundException', message: 'Cluster not found.' });
  const garbage = await rawError('TagResource', { resourceArn: 'not-an-arn', tags: [{ key: 'a', value: 'b' }] });
  expect(garbage.__type).toBe('InvalidParameterException');
});

test('account settings: defaults, overrides, effective settings and their paginator', async () => {
  const put = await raw<{ setting: { name: string; value: string } }>('PutAccountSetting', {
    name: 'containerInsights',
    value: 'enhanced',
  });
  expect(put.setting).toMatchObject({ name: 'containerInsights', value: 'enhanced' });
  const listed = await raw<{ settings: { name: string; value: string }[] }>('ListAccountSettings', {
    name: 'containerInsights',
    effectiveSettings: true,
  });
  expect(listed.settings.map((s) => s.value)).toEqual(['enhanced']);

  // New clusters take the account's containerInsights setting.
  const cluster = await client.send(new CreateClusterCommand({ clusterName: uniqueName('insights') }));
  expect(cluster.cluster?.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
  await raw('PutAccountSetting', { name: 'containerInsights', value: 'disabled' });
  await client.send(new PutAccountSettingDefaultCommand({ name: 'containerInsights', value: 'disabled' }));

  const names: string[] = [];
  let pages = 0;
  for await (const page of paginateListAccountSettings({ client, pageSize: 3 }, { effectiveSettings: true })) {
    pages++;
    names.push(...(page.settings ?? []).map((s) => s.name as string));
  }
  expect(pages).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual(expect.arrayContaining(['containerInsights', 'serviceLongArnFormat', 'taskLongArnFormat']));

  expect((await rawError('PutAccountSetting', { name: 'containerInsights', value: 'sometimes' })).__type).toBe(
    'InvalidParameterException',
  );
  expect((await rawError('ListAccountSettings', { maxResults: 11 })).__type).toBe('InvalidParameterException');
});
