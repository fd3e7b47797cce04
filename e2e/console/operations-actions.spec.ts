// The server actions of the newer ECS operations, called directly over HTTP (no UI) against the console Playwright
// started and the real engine, as actions.spec.ts does for the first ones: each one's success (checked through the
// real SDK), its ECS-error path (ECS's exception → the form's message), and the typed confirmations, checked on the
// server, case-sensitively.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeCapacityProvidersCommand,
  DescribeClustersCommand,
  DescribeContainerInstancesCommand,
  DescribeServicesCommand,
  GetTaskProtectionCommand,
  ListAttributesCommand,
  ListTasksCommand,
  RegisterContainerInstanceCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { expect, test } from '@playwright/test';
import { E2E_CONSOLE_PORT } from '../../playwright.config';
import { fargateTaskDefinition } from '../api/fixtures';
import { ecsClient, uniqueName } from '../support/ecs';
import { ActionClient } from '../support/server-actions';

const ecs = ecsClient();
const actions = new ActionClient(`http://127.0.0.1:${E2E_CONSOLE_PORT}`);
const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'] } };
const ASG = 'arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:00000000-0000-4000-8000-000000000000';

async function cluster(): Promise<string> {
  const name = uniqueName('opact');
  await ecs.send(new CreateClusterCommand({ clusterName: name }));
  return name;
}

async function registeredInstance(clusterName: string): Promise<string> {
  const out = await ecs.send(
    new RegisterContainerInstanceCommand({
      cluster: clusterName,
      instanceIdentityDocument: JSON.stringify({ instanceId: `i-${uniqueName('x').replace(/[^0-9a-z]/g, '')}` }),
    }),
  );
  return out.containerInstance?.containerInstanceArn?.split('/').pop() as string;
}

test('createCapacityProvider, updateCapacityProvider, deleteCapacityProvider: through ECS, the name typed exactly', async () => {
  const name = await cluster();
  const provider = uniqueName('cp');
  const created = await actions.call('createCapacityProvider', {
    cluster: name,
    name: provider,
    autoScalingGroup: `${ASG}:autoScalingGroupName/${provider}`,
    maxSize: '3',
    managedScaling: 'on',
    targetCapacity: '90',
  });
  expect(created.redirect).toBe(`/clusters/${name}/infrastructure`);
  const [described] =
    (await ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: [provider] }))).capacityProviders ?? [];
  expect(described.autoScalingGroupProvider?.managedScaling).toMatchObject({ status: 'ENABLED', targetCapacity: 90 });
  expect((await ecs.send(new DescribeClustersCommand({ clusters: [name] }))).clusters?.[0].capacityProviders).toEqual([provider]);

  const taken = await actions.call('createCapacityProvider', {
    cluster: name,
    name: provider,
    autoScalingGroup: `${ASG}:autoScalingGroupName/${provider}-2`,
  });
  expect(taken.state).toMatchObject({
    status: 'error',
    message:
      'The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.',
  });

  const updated = await actions.call('updateCapacityProvider', {
    cluster: name,
    name: provider,
    managedScaling: 'on',
    targetCapacity: '60',
  });
  expect(updated.state).toEqual({ status: 'success', message: `Capacity provider ${provider} has been updated successfully.` });
  const [after] =
    (await ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: [provider] }))).capacityProviders ?? [];
  expect(after.autoScalingGroupProvider?.managedScaling?.targetCapacity).toBe(60);
  const absent = uniqueName('nocp');
  const missing = await actions.call('updateCapacityProvider', { cluster: name, name: absent, managedScaling: 'on' });
  expect(missing.state).toMatchObject({
    status: 'error',
    message: `The specified capacity provider ${absent} was not found. Specify a valid capacity provider and try again.`,
  });

  for (const typed of ['', provider.toUpperCase(), `${provider} `, provider.slice(0, -1)]) {
    const refused = await actions.call('deleteCapacityProvider', { cluster: name, name: provider, confirmation: typed });
    expect(refused.state).toMatchObject({
      status: 'error',
      fieldErrors: { confirmation: ['Type the capacity provider name to confirm.'] },
    });
  }
  const deleted = await actions.call('deleteCapacityProvider', { cluster: name, name: provider, confirmation: provider });
  expect(deleted.redirect).toBe(`/clusters/${name}/infrastructure`);
  expect((await ecs.send(new DescribeClustersCommand({ clusters: [name] }))).clusters?.[0].capacityProviders).toEqual([]);
});

test('putAttribute, deleteAttribute, updateContainerInstanceState, deregisterContainerInstance: through ECS', async () => {
  const name = await cluster();
  const instance = await registeredInstance(name);
  const put = await actions.call('putAttribute', { cluster: name, instance, name: 'stack', value: 'prod' });
  expect(put.state).toEqual({ status: 'success', message: 'Attribute stack has been saved.' });
  const listed = await ecs.send(
    new ListAttributesCommand({ cluster: name, targetType: 'container-instance', attributeName: 'stack' }),
  );
  expect(listed.attributes?.map((a) => a.value)).toEqual(['prod']);
  const builtIn = await actions.call('putAttribute', { cluster: name, instance, name: 'ecs.os-type', value: 'windows' });
  expect(builtIn.state).toMatchObject({
    status: 'error',
    fieldErrors: { name: ['Attributes starting with ecs. are set by ECS. Choose another name.'] },
  });
  const unknownTarget = await actions.call('putAttribute', {
    cluster: name,
    instance: 'f'.repeat(32),
    name: 'stack',
    value: 'x',
  });
  expect(unknownTarget.state).toMatchObject({
    status: 'error',
    message:
      'The specified target wasn’t found. You can view your available container instances with ListContainerInstances. Amazon ECS container instances are cluster-specific and Region-specific.',
  });
  const removed = await actions.call('deleteAttribute', { cluster: name, instance, name: 'stack' });
  expect(removed.state).toEqual({ status: 'success', message: 'Attribute stack has been removed.' });
  expect(
    (await ecs.send(new ListAttributesCommand({ cluster: name, targetType: 'container-instance', attributeName: 'stack' })))
      .attributes,
  ).toEqual([]);

  const drained = await actions.call('updateContainerInstanceState', {
    cluster: name,
    containerInstance: instance,
    status: 'DRAINING',
  });
  expect(drained.state).toEqual({
    status: 'success',
    message: `Container instance ${instance} is draining: its service tasks are being replaced on other instances.`,
  });
  const state = async () =>
    (await ecs.send(new DescribeContainerInstancesCommand({ cluster: name, containerInstances: [instance] })))
      .containerInstances?.[0].status;
  expect(await state()).toBe('DRAINING');
  const unknown = await actions.call('updateContainerInstanceState', {
    cluster: name,
    containerInstance: 'e'.repeat(32),
    status: 'ACTIVE',
  });
  expect(unknown.state).toMatchObject({
    status: 'error',
    message: `Container instance ${'e'.repeat(32)} could not be updated: MISSING.`,
  });

  for (const typed of ['', 'Deregister', 'deregister ', 'dereg']) {
    const refused = await actions.call('deregisterContainerInstance', {
      cluster: name,
      containerInstance: instance,
      confirmation: typed,
    });
    expect(refused.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type deregister to confirm.'] } });
  }
  expect(await state()).toBe('DRAINING');
  const gone = await actions.call('deregisterContainerInstance', {
    cluster: name,
    containerInstance: instance,
    confirmation: 'deregister',
  });
  expect(gone.state).toEqual({ status: 'success', message: `Container instance ${instance} has been deregistered.` });
  expect(await state()).toBe('INACTIVE');
});

test('updateTaskProtection, stopServiceDeployment, continueServiceDeployment: through ECS, rollback typed exactly', async () => {
  test.setTimeout(90_000);
  const name = await cluster();
  const family = uniqueName('opf');
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition(family)));
  await ecs.send(
    new CreateServiceCommand({
      cluster: name,
      serviceName: 'web',
      taskDefinition: `${family}:1`,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }),
  );
  const service = async () => (await ecs.send(new DescribeServicesCommand({ cluster: name, services: ['web'] }))).services?.[0];
  await expect.poll(async () => (await service())?.deployments?.[0].rolloutState, { timeout: 30_000 }).toBe('COMPLETED');

  const [taskArn] = (await ecs.send(new ListTasksCommand({ cluster: name, serviceName: 'web' }))).taskArns ?? [];
  const task = taskArn.split('/').pop() as string;
  const on = await actions.call('updateTaskProtection', {
    cluster: name,
    task,
    protectionEnabled: 'true',
    expiresInMinutes: '30',
  });
  expect(on.state).toEqual({ status: 'success', message: `Task ${task} is protected from scale-in for 30 minutes.` });
  const protectedTasks = async () =>
    (await ecs.send(new GetTaskProtectionCommand({ cluster: name, tasks: [task] }))).protectedTasks?.[0].protectionEnabled;
  expect(await protectedTasks()).toBe(true);
  const off = await actions.call('updateTaskProtection', { cluster: name, task, protectionEnabled: 'false' });
  expect(off.state).toEqual({ status: 'success', message: `Scale-in protection of task ${task} has been turned off.` });
  expect(await protectedTasks()).toBe(false);
  const tooLong = await actions.call('updateTaskProtection', {
    cluster: name,
    task,
    protectionEnabled: 'true',
    expiresInMinutes: '9999',
  });
  expect(tooLong.state).toMatchObject({
    status: 'error',
    fieldErrors: { expiresInMinutes: ['Protection period must be between 1 and 2880 minutes.'] },
  });
  const unknownTask = await actions.call('updateTaskProtection', {
    cluster: name,
    task: 'd'.repeat(32),
    protectionEnabled: 'true',
  });
  expect(unknownTask.state).toMatchObject({
    status: 'error',
    message: 'ECS could not change the protection: MISSING',
  });

  await ecs.send(new UpdateServiceCommand({ cluster: name, service: 'web', taskDefinition: `${family}:2` }));
  const arn = (await service())?.currentServiceDeployment as string;
  const deployment = { cluster: name, service: 'web', serviceDeploymentArn: arn };
  for (const typed of ['', 'Rollback', 'rollback ', 'stop']) {
    const refused = await actions.call('stopServiceDeployment', { ...deployment, stopType: 'ROLLBACK', confirmation: typed });
    expect(refused.state).toMatchObject({ status: 'error', fieldErrors: { confirmation: ['Type the word shown to confirm.'] } });
  }
  const hookless = await actions.call('continueServiceDeployment', { ...deployment, hookId: 'no-such-hook', action: 'CONTINUE' });
  expect(hookless.state).toMatchObject({
    status: 'error',
    message:
      'The service deployment has no lifecycle hook no-such-hook in its current stage. See lifecycleHookDetails in DescribeServiceDeployments.',
  });
  const stopped = await actions.call('stopServiceDeployment', { ...deployment, stopType: 'ROLLBACK', confirmation: 'rollback' });
  expect(stopped.state).toEqual({
    status: 'success',
    message: 'The deployment of web is being rolled back to the previous service revision.',
  });
  await expect.poll(async () => (await service())?.taskDefinition, { timeout: 30_000 }).toMatch(new RegExp(`${family}:1$`));
  const again = await actions.call('stopServiceDeployment', { ...deployment, stopType: 'ROLLBACK', confirmation: 'rollback' });
  expect(again.state).toMatchObject({
    status: 'error',
    message: `The service deployment ${arn} is ROLLBACK_IN_PROGRESS; only a service deployment in progress can be stopped.`,
  });
});
