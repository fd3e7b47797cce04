// ARNs of another region or account name nothing here: every lookup misses as it would for an unknown name,
// even when a resource of the same name exists in the caller's region and account.
import { describe, expect, it } from 'vitest';
import { ecsError, NETWORK, registerFargate, runFargate, setup } from '../testing/tasks';

const OTHER_REGION = 'arn:aws:ecs:eu-west-1:000000000000';
const OTHER_ACCOUNT = 'arn:aws:ecs:us-east-1:111111111111';
const HERE = 'arn:aws:ecs:us-east-1:000000000000';

describe('ARNs of another region or account', () => {
  it('do not resolve clusters', () => {
    const { engine } = setup();
    for (const prefix of [OTHER_REGION, OTHER_ACCOUNT]) {
      const foreign = `${prefix}:cluster/demo`;
      expect(engine.call('DescribeClusters', { clusters: [foreign] })).toEqual({
        clusters: [],
        failures: [{ arn: foreign, reason: 'MISSING' }],
      });
      expect(() => engine.call('ListServices', { cluster: foreign })).toThrow(
        ecsError('ClusterNotFoundException', 'Cluster not found.'),
      );
    }
    const here = engine.call('DescribeClusters', { clusters: [`${HERE}:cluster/demo`] }) as { clusters: unknown[] };
    expect(here.clusters).toHaveLength(1);
  });

  it('do not resolve task definitions, services or tasks', () => {
    const { engine } = setup();
    registerFargate(engine, 'web');
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'svc',
      taskDefinition: 'web',
      desiredCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    const task = runFargate(engine, `${HERE}:task-definition/web:1`);
    const notFound = ecsError('ClientException', 'Unable to describe task definition.');
    for (const prefix of [OTHER_REGION, OTHER_ACCOUNT]) {
      expect(() => engine.call('DescribeTaskDefinition', { taskDefinition: `${prefix}:task-definition/web:1` })).toThrow(
        notFound,
      );
      expect(() => engine.call('DeregisterTaskDefinition', { taskDefinition: `${prefix}:task-definition/web:1` })).toThrow(
        ecsError('ClientException'),
      );
      const service = `${prefix}:service/demo/svc`;
      expect(engine.call('DescribeServices', { cluster: 'demo', services: [service] })).toEqual({
        services: [],
        failures: [{ arn: service, reason: 'MISSING' }],
      });
      const taskArn = (task.taskArn ?? '').replace(HERE, prefix);
      const described = engine.call('DescribeTasks', { cluster: 'demo', tasks: [taskArn] }) as { tasks: unknown[] };
      expect(described.tasks).toEqual([]);
    }
    const active = engine.call('DescribeTaskDefinition', { taskDefinition: 'web:1' }) as {
      taskDefinition: { status: string };
    };
    expect(active.taskDefinition.status).toBe('ACTIVE');
  });
});
