// Every server action called directly over HTTP (no UI) against the console Playwright started and the real
// engine: its success path (checked through the real SDK), its ECS-error path (ECS's exception → the form's
// message), and the typed confirmation of every destructive action, checked on the server, case-sensitively.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListTagsForResourceCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { E2E_CONSOLE_PORT } from '../../playwright.config';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';
import { ActionClient } from '../support/server-actions';

const ecs = ecsClient();
const actions = new ActionClient(`http://127.0.0.1:${E2E_CONSOLE_PORT}`);
const network = { subnets: 'subnet-0a1b2c3d', securityGroups: 'sg-0a1b2c3d' };

async function clusterStatus(name: string): Promise<string | undefined> {
  return (await ecs.send(new DescribeClustersCommand({ clusters: [name] }))).clusters?.[0]?.status;
}

async function serviceOf(cluster: string, service: string) {
  return (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0];
}

test.describe('cluster actions', () => {
  test('createCluster: creates, and says so when the name is taken', async () => {
    const name = uniqueName('act');
    const created = await actions.call('createCluster', {
      clusterName: name,
      containerInsights: 'enabled',
      'tags.0.key': 'team',
      'tags.0.value': 'a',
    });
    expect(created.redirect).toBe(`/clusters/${name}`);
    const [cluster] =
      (await ecs.send(new DescribeClustersCommand({ clusters: [name], include: ['SETTINGS', 'TAGS'] }))).clusters ?? [];
    expect(cluster.status).toBe('ACTIVE');
    expect(cluster.settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(cluster.tags).toEqual([{ key: 'team', value: 'a' }]);
    const again = await actions.call('createCluster', { clusterName: name });
    expect(again.state).toMatchObject({ status: 'error', message: `A cluster named ${name} already exists in this Region.` });
  });

  test('updateClusterSettings, updateClusterCapacityProviders, updateClusterTags: change the cluster; a missing one is ECS’s error', async () => {
    const name = uniqueName('act');
    await ecs.send(new CreateClusterCommand({ clusterName: name, tags: [{ key: 'old', value: '1' }] }));
    expect((await actions.call('updateClusterSettings', { cluster: name, containerInsights: 'enhanced' })).state).toEqual({
      status: 'success',
      message: `Cluster ${name} monitoring has been updated successfully.`,
    });
    const capacity = await actions.call('updateClusterCapacityProviders', {
      cluster: name,
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      'strategy.0.capacityProvider': 'FARGATE',
      'strategy.0.base': '1',
      'strategy.0.weight': '2',
    });
    expect(capacity.state).toEqual({
      status: 'success',
      message: `Cluster ${name} capacity providers have been updated successfully.`,
    });
    const tags = await actions.call('updateClusterTags', { cluster: name, 'tags.0.key': 'new', 'tags.0.value': '2' });
    expect(tags.state).toEqual({ status: 'success', message: `Tags for cluster ${name} have been updated successfully.` });
    const [cluster] = (await ecs.send(new DescribeClustersCommand({ clusters: [name], include: ['SETTINGS'] }))).clusters ?? [];
    expect(cluster.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
    expect(cluster.capacityProviders).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(cluster.defaultCapacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', base: 1, weight: 2 }]);
    expect((await ecs.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual([
      { key: 'new', value: '2' },
    ]);

    const missing = uniqueName('missing');
    expect((await actions.call('updateClusterSettings', { cluster: missing, containerInsights: 'enabled' })).state).toMatchObject(
      {
        status: 'error',
        message: 'Cluster not found.',
      },
    );
    const refused = await actions.call('updateClusterCapacityProviders', { cluster: name, capacityProviders: ['NOPE'] });
    expect(refused.state).toMatchObject({
      status: 'error',
      message: 'The specified capacity provider NOPE was not found. Specify a valid capacity provider and try again.',
    });
    expect((await actions.call('updateClusterTags', { cluster: missing })).state).toEqual({
      status: 'error',
      message: `Cluster ${missing} was not found. It may have been deleted.`,
    });
  });

  test('deleteCluster: only with the name typed exactly; ECS refuses a cluster with services', async () => {
    const name = uniqueName('Act');
    await ecs.send(new CreateClusterCommand({ clusterName: name }));
    for (const typed of ['', name.toLowerCase(), name.toUpperCase(), `${name} `, name.slice(0, -1)]) {
      const answer = await actions.call('deleteCluster', { cluster: name, confirmation: typed });
      expect(answer.state).toMatchObject({
        status: 'error',
        fieldErrors: { confirmation: ['Type the cluster name to confirm.'] },
      });
    }
    expect(await clusterStatus(name)).toBe('ACTIVE');

    const busy = uniqueName('act');
    const family = uniqueName('td');
    await ecs.send(new CreateClusterCommand({ clusterName: busy }));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
    await ecs.send(
      new CreateServiceCommand({
        cluster: busy,
        serviceName: 'web',
        taskDefinition: family,
        desiredCount: 0,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
      }),
    );
    const refused = await actions.call('deleteCluster', { cluster: busy, confirmation: busy });
    expect(refused.state).toMatchObject({ status: 'error' });
    expect(refused.state).toMatchObject({ message: 'The Cluster cannot be deleted while Services are active.' });
    expect(await clusterStatus(busy)).toBe('ACTIVE');

    expect((await actions.call('deleteCluster', { cluster: name, confirmation: name })).redirect).toBe('/clusters');
    expect(await clusterStatus(name)).toBe('INACTIVE');
  });
});

test.describe('service actions', () => {
  let cluster: string;
  let family: string;
  test.beforeAll(async () => {
    cluster = uniqueName('svc-act');
    family = uniqueName('td');
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  });

  test('createService, updateService, scaleService: change the service; ECS’s errors come back as messages', async () => {
    const base = {
      cluster,
      taskDefinition: `${family}:1`,
      networkMode: 'awsvpc',
      computeOption: 'launchType',
      launchType: 'FARGATE',
      ...network,
    };
    const created = await actions.call('createService', { ...base, serviceName: 'api', desiredCount: '0', circuitBreaker: 'on' });
    expect(created.redirect).toBe(`/clusters/${cluster}/services/api`);
    expect(await serviceOf(cluster, 'api')).toMatchObject({
      status: 'ACTIVE',
      desiredCount: 0,
      taskDefinition: expect.stringContaining(`${family}:1`),
    });
    const taken = await actions.call('createService', { ...base, serviceName: 'api', desiredCount: '0' });
    expect(taken.state).toMatchObject({
      status: 'error',
      fieldErrors: { serviceName: [`A service named api already exists in cluster ${cluster}. Choose another name.`] },
    });
    const noCluster = await actions.call('createService', { ...base, cluster: uniqueName('missing'), serviceName: 'api' });
    expect(noCluster.state).toMatchObject({ status: 'error', message: 'Cluster not found.' });

    const updated = await actions.call('updateService', {
      cluster,
      service: 'api',
      taskDefinition: `${family}:2`,
      desiredCount: '0',
      minimumHealthyPercent: '50',
      maximumPercent: '150',
    });
    expect(updated.redirect).toBe(`/clusters/${cluster}/services/api`);
    const service = await serviceOf(cluster, 'api');
    expect(service?.taskDefinition).toContain(`${family}:2`);
    expect(service?.deploymentConfiguration).toMatchObject({ minimumHealthyPercent: 50, maximumPercent: 150 });
    const missingRevision = await actions.call('updateService', {
      cluster,
      service: 'api',
      taskDefinition: `${family}:99`,
      desiredCount: '0',
      minimumHealthyPercent: '100',
      maximumPercent: '200',
    });
    expect(missingRevision.state).toMatchObject({ status: 'error', message: 'Unable to describe task definition.' });

    expect((await actions.call('scaleService', { cluster, service: 'api', desiredCount: '0' })).state).toEqual({
      status: 'success',
      message: 'Service api desired tasks set to 0.',
    });
    expect((await actions.call('scaleService', { cluster, service: 'nope', desiredCount: '1' })).state).toMatchObject({
      status: 'error',
      message: 'Service not found.',
    });
  });

  test('deleteService: only with "delete" typed exactly; then ECS drains it', async () => {
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: 'doomed',
        taskDefinition: family,
        desiredCount: 0,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'] } },
      }),
    );
    for (const typed of ['', 'Delete', 'DELETE', 'delete ', 'd']) {
      const answer = await actions.call('deleteService', { cluster, service: 'doomed', force: 'on', confirmation: typed });
      expect(answer.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type delete to confirm.'] } });
    }
    expect((await serviceOf(cluster, 'doomed'))?.status).toBe('ACTIVE');
    expect((await actions.call('deleteService', { cluster, service: 'ghost', confirmation: 'delete' })).state).toMatchObject({
      status: 'error',
      message: 'Service not found.',
    });
    expect((await actions.call('deleteService', { cluster, service: 'doomed', confirmation: 'delete' })).redirect).toBe(
      `/clusters/${cluster}/services/doomed`,
    );
    expect(['DRAINING', 'INACTIVE']).toContain((await serviceOf(cluster, 'doomed'))?.status);
  });
});

test.describe('task actions', () => {
  test('runTask and stopTasks: run and stop through ECS; "stop" typed exactly; ECS’s errors as messages', async () => {
    const cluster = uniqueName('task-act');
    const family = uniqueName('td');
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
    const run = await actions.call('runTask', {
      cluster,
      taskDefinition: `${family}:1`,
      networkMode: 'awsvpc',
      computeOption: 'launchType',
      launchType: 'FARGATE',
      count: '1',
      ...network,
    });
    expect(run.redirect).toMatch(new RegExp(`^/clusters/${cluster}/tasks/[0-9a-f]{32}$`));
    const taskId = run.redirect?.split('/').pop() ?? '';
    expect((await ecs.send(new ListTasksCommand({ cluster }))).taskArns?.map((a) => a.split('/').pop())).toEqual([taskId]);
    const noCluster = await actions.call('runTask', {
      cluster: uniqueName('missing'),
      taskDefinition: `${family}:1`,
      count: '1',
      launchType: 'EC2',
    });
    expect(noCluster.state).toMatchObject({ status: 'error', message: 'Cluster not found.' });

    for (const typed of ['', 'Stop', 'STOP', 'stop.']) {
      const answer = await actions.call('stopTasks', { cluster, tasks: taskId, confirmation: typed });
      expect(answer.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type stop to confirm.'] } });
    }
    expect((await ecs.send(new ListTasksCommand({ cluster, desiredStatus: 'RUNNING' }))).taskArns).toHaveLength(1);
    expect((await actions.call('stopTasks', { cluster, tasks: taskId, confirmation: 'stop' })).state).toEqual({
      status: 'success',
      message: `Task ${taskId} is stopping.`,
    });
    expect((await ecs.send(new ListTasksCommand({ cluster, desiredStatus: 'RUNNING' }))).taskArns).toEqual([]);
    const ghost = await actions.call('stopTasks', { cluster, tasks: '0123456789abcdef0123456789abcdef', confirmation: 'stop' });
    expect(ghost.state).toMatchObject({ status: 'error' });
    expect(ghost.state?.status === 'error' && ghost.state.message).toMatch(/^Could not stop 0123456789abcdef0123456789abcdef: /);
  });
});

test.describe('task definition actions', () => {
  test('registerTaskDefinition: registers; ECS’s refusal and the shape checks come back as messages', async () => {
    const family = uniqueName('td-act');
    const registered = await actions.call('registerTaskDefinition', { document: JSON.stringify(fargateTaskDefinition(family)) });
    expect(registered.redirect).toBe(`/task-definitions/${family}/1`);
    expect((await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:1` }))).taskDefinition?.status).toBe(
      'ACTIVE',
    );
    const notJson = await actions.call('registerTaskDefinition', { document: '{"family":' });
    expect(notJson.state).toMatchObject({ status: 'error', fieldErrors: { _form: ['The task definition is not valid JSON.'] } });
    // Valid to the console's rules, refused by ECS (a secret in the wrong place: ECS's own message comes back).
    const refused = await actions.call('registerTaskDefinition', {
      document: JSON.stringify({ ...fargateTaskDefinition(family), cpu: '256', memory: '512', pidMode: 'host' }),
    });
    expect(refused.state).toMatchObject({ status: 'error' });
  });

  test('deregisterTaskDefinitions and deleteTaskDefinitions: only with the word typed exactly; ECS refuses what it must', async () => {
    const family = uniqueName('td-act');
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
    const revision = `${family}:1`;
    for (const typed of ['', 'Deregister', 'DEREGISTER', 'deregister ']) {
      const answer = await actions.call('deregisterTaskDefinitions', { taskDefinitions: revision, confirmation: typed });
      expect(answer.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type deregister to confirm.'] } });
    }
    expect((await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision }))).taskDefinition?.status).toBe(
      'ACTIVE',
    );
    // ECS refuses to delete an ACTIVE revision.
    const active = await actions.call('deleteTaskDefinitions', { taskDefinitions: revision, confirmation: 'delete' });
    expect(active.state).toMatchObject({ status: 'error' });
    expect(active.state?.status === 'error' && active.state.message).toMatch(new RegExp(`^${family}:1: `));

    expect(
      (await actions.call('deregisterTaskDefinitions', { taskDefinitions: revision, confirmation: 'deregister' })).redirect,
    ).toBe(`/task-definitions/${family}`);
    expect((await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision }))).taskDefinition?.status).toBe(
      'INACTIVE',
    );
    const missingRevision = await actions.call('deregisterTaskDefinitions', {
      taskDefinitions: `${family}:99`,
      confirmation: 'deregister',
    });
    expect(missingRevision.state).toMatchObject({ status: 'error' });
    expect(missingRevision.state?.status === 'error' && missingRevision.state.message).toMatch(new RegExp(`^${family}:99: `));

    for (const typed of ['', 'Delete', 'DELETE']) {
      const answer = await actions.call('deleteTaskDefinitions', { taskDefinitions: revision, confirmation: typed });
      expect(answer.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type delete to confirm.'] } });
    }
    expect((await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision }))).taskDefinition?.status).toBe(
      'INACTIVE',
    );
    expect((await actions.call('deleteTaskDefinitions', { taskDefinitions: revision, confirmation: 'delete' })).redirect).toBe(
      `/task-definitions/${family}`,
    );
    expect((await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision }))).taskDefinition?.status).toBe(
      'DELETE_IN_PROGRESS',
    );
  });
});
