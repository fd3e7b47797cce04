// Task sets of EXTERNAL and CODE_DEPLOY services: the operations, and the scheduler keeping each task set at
// its computed count, with its stability, over time.
import type { TaskSet } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import type { Wire } from '../../../protocol/serialize';
import { ecsError, NETWORK } from '../../../testing/engine';
import { describeService, registerFargate, serviceTasks, setup } from '../../../testing/services';

type Engine = ReturnType<typeof setup>['engine'];

function externalService(engine: Engine, desiredCount = 4) {
  return engine.call('CreateService', {
    cluster: 'demo',
    serviceName: 'web',
    desiredCount,
    deploymentController: { type: 'EXTERNAL' },
  });
}

function createSet(engine: Engine, input: Record<string, unknown> = {}): Wire<TaskSet> {
  const out = engine.call('CreateTaskSet', {
    cluster: 'demo',
    service: 'web',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    ...input,
  }) as { taskSet: Wire<TaskSet> };
  return out.taskSet;
}

function describeSets(engine: Engine, input: Record<string, unknown> = {}) {
  return engine.call('DescribeTaskSets', { cluster: 'demo', service: 'web', ...input }) as {
    taskSets: Wire<TaskSet>[];
    failures: unknown[];
  };
}

describe('task sets of an EXTERNAL service', () => {
  it('runs no tasks until a task set exists, then keeps each task set at its share and reports it steady', () => {
    const { engine } = setup();
    registerFargate(engine);
    const created = externalService(engine) as { service: ReturnType<typeof describeService> };
    expect(created.service.deploymentController).toEqual({ type: 'EXTERNAL' });
    expect(created.service.deployments).toEqual([]);
    engine.advance(30_000);
    expect(serviceTasks(engine, 'web')).toHaveLength(0);

    const blue = createSet(engine, { externalId: 'blue', tags: [{ key: 'color', value: 'blue' }] });
    expect(blue).toMatchObject({
      status: 'ACTIVE',
      externalId: 'blue',
      scale: { value: 100, unit: 'PERCENT' },
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      stabilityStatus: 'STABILIZING',
      taskDefinition: 'arn:aws:ecs:us-east-1:000000000000:task-definition/web:1',
    });
    expect(blue.taskSetArn).toBe(`arn:aws:ecs:us-east-1:000000000000:task-set/demo/web/${blue.id}`);
    expect(blue.id).toMatch(/^ecs-svc\/\d{19}$/);
    engine.advance(60_000);
    const [steady] = describeSets(engine).taskSets;
    expect(steady).toMatchObject({ computedDesiredCount: 4, runningCount: 4, pendingCount: 0, stabilityStatus: 'STEADY_STATE' });
    expect(steady.tags).toBeUndefined();
    expect(serviceTasks(engine, 'web').every((t) => t.startedBy === blue.id)).toBe(true);

    const green = createSet(engine, { scale: { value: 50, unit: 'PERCENT' } });
    engine.advance(60_000);
    const service = describeService(engine, 'web');
    expect(service.runningCount).toBe(6);
    expect(service.taskSets?.map((t) => [t.id, t.status, t.computedDesiredCount, t.runningCount])).toEqual([
      [blue.id, 'ACTIVE', 4, 4],
      [green.id, 'ACTIVE', 2, 2],
    ]);

    engine.call('UpdateServicePrimaryTaskSet', { cluster: 'demo', service: 'web', primaryTaskSet: green.taskSetArn });
    engine.call('UpdateTaskSet', { cluster: 'demo', service: 'web', taskSet: green.id, scale: { value: 100, unit: 'PERCENT' } });
    engine.call('UpdateTaskSet', { cluster: 'demo', service: 'web', taskSet: blue.id, scale: { value: 0, unit: 'PERCENT' } });
    engine.advance(60_000);
    const shifted = describeService(engine, 'web');
    expect(shifted.taskDefinition).toBe(green.taskDefinition);
    expect(shifted.taskSets?.map((t) => [t.status, t.computedDesiredCount, t.runningCount, t.stabilityStatus])).toEqual([
      ['ACTIVE', 0, 0, 'STEADY_STATE'],
      ['PRIMARY', 4, 4, 'STEADY_STATE'],
    ]);

    const deleted = engine.call('DeleteTaskSet', { cluster: 'demo', service: 'web', taskSet: blue.taskSetArn }) as {
      taskSet: Wire<TaskSet>;
    };
    expect(deleted.taskSet.status).toBe('DRAINING');
    engine.advance(20_000);
    expect(describeSets(engine).taskSets.map((t) => t.id)).toEqual([green.id]);
    expect(describeSets(engine, { taskSets: [blue.id] }).failures).toEqual([{ arn: blue.taskSetArn, reason: 'MISSING' }]);
  });

  it('refuses what ECS refuses, with its exceptions', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    const set = createSet(engine);
    expect(() => engine.call('DeleteTaskSet', { cluster: 'demo', service: 'web', taskSet: set.id })).toThrow(
      ecsError('InvalidParameterException', /has not been scaled down to zero/),
    );
    expect(() =>
      engine.call('UpdateTaskSet', { cluster: 'demo', service: 'web', taskSet: 'ecs-svc/1', scale: { value: 1 } }),
    ).toThrow(ecsError('TaskSetNotFoundException'));
    expect(() => createSet(engine, { scale: { value: 150, unit: 'PERCENT' } })).toThrow(
      ecsError('InvalidParameterException', 'scale.value must be a percentage from 0 to 100; got 150.'),
    );
    expect(() => createSet(engine, { launchType: 'SOMETHING' })).toThrow(
      ecsError('ClientException', 'launch type should be one of [EC2,FARGATE,EXTERNAL,MANAGED_INSTANCES]'),
    );
    expect(() => createSet(engine, { service: 'nope' })).toThrow(ecsError('ServiceNotFoundException'));
    expect(() => engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:1' })).toThrow(
      ecsError(
        'InvalidParameterException',
        /Unable to update task definition on services with an EXTERNAL deployment controller/,
      ),
    );
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'plain',
      taskDefinition: 'web',
      desiredCount: 0,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    expect(() => createSet(engine, { service: 'plain' })).toThrow(
      ecsError('InvalidParameterException', /uses the ECS deployment controller/),
    );
    // A task definition on an EXTERNAL service is only a default for its task sets: no launch type is implied.
    const withDefault = engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'external-td',
      taskDefinition: 'web',
      desiredCount: 1,
      deploymentController: { type: 'EXTERNAL' },
    }) as { service: { launchType?: string; deployments: unknown[] } };
    expect(withDefault.service.launchType).toBeUndefined();
    expect(withDefault.service.deployments).toEqual([]);
    expect(() =>
      engine.call('CreateService', {
        cluster: 'demo',
        serviceName: 'daemon',
        schedulingStrategy: 'DAEMON',
        deploymentController: { type: 'EXTERNAL' },
      }),
    ).toThrow(ecsError('InvalidParameterException', /DAEMON scheduling strategy does not support/));
  });

  it('tags task sets, and a forced DeleteService drains every task set', () => {
    const { engine } = setup();
    registerFargate(engine);
    externalService(engine, 2);
    const set = createSet(engine, { tags: [{ key: 'k1', value: 'v1' }] });
    engine.call('TagResource', { resourceArn: set.taskSetArn, tags: [{ key: 'k2', value: 'v2' }] });
    expect(describeSets(engine, { include: ['TAGS'] }).taskSets[0].tags).toEqual([
      { key: 'k1', value: 'v1' },
      { key: 'k2', value: 'v2' },
    ]);
    engine.advance(60_000);
    engine.call('DeleteService', { cluster: 'demo', service: 'web', force: true });
    engine.advance(60_000);
    expect(describeService(engine, 'web').status).toBe('INACTIVE');
    expect(serviceTasks(engine, 'web')).toHaveLength(0);
    expect(engine.store.ids('us-east-1', 'taskset', {})).toEqual([]);
  });
});

describe('a CODE_DEPLOY service', () => {
  it('starts on a PRIMARY task set that follows the desired count, and leaves new deployments to CodeDeploy', () => {
    const { engine } = setup();
    registerFargate(engine);
    engine.call('CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
      deploymentController: { type: 'CODE_DEPLOY' },
    });
    engine.advance(60_000);
    const service = describeService(engine, 'web');
    expect(service.deployments).toEqual([]);
    expect(service.taskSets?.map((t) => [t.status, t.computedDesiredCount, t.runningCount, t.stabilityStatus])).toEqual([
      ['PRIMARY', 2, 2, 'STEADY_STATE'],
    ]);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    engine.advance(60_000);
    expect(describeService(engine, 'web').runningCount).toBe(3);
    registerFargate(engine);
    expect(() => engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' })).toThrow(
      ecsError(
        'InvalidParameterException',
        'Unable to update task definition on services with a CODE_DEPLOY deployment controller. Please use AWS CodeDeploy to trigger a new deployment.',
      ),
    );
    expect(() => createSet(engine)).toThrow(ecsError('InvalidParameterException', /managed by AWS CodeDeploy/));
  });
});
