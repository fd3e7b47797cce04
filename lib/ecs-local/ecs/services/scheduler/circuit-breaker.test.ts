import type { ServiceDeployment, ServiceDeploymentBrief } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { circuitBreakerThreshold } from '../../../../ecs-rules/limits';
import type { Wire } from '../../../protocol/serialize';
import {
  createBreakerService,
  createService,
  describeService,
  messages,
  registerFargate,
  serviceTasks,
  setup,
} from '../../../testing/services';
import type { TaskDoc } from '../../tasks/model';
import type { DeploymentState } from '../model';
import { countFailures, HEALTH_CHECK_REASON, isFailedTask } from './circuit-breaker';

function deploymentsOf(engine: ReturnType<typeof setup>['engine']) {
  const list = engine.call('ListServiceDeployments', { cluster: 'demo', service: 'web' }) as {
    serviceDeployments: Wire<ServiceDeploymentBrief>[];
  };
  const arns = list.serviceDeployments.map((d) => d.serviceDeploymentArn as string);
  const described = engine.call('DescribeServiceDeployments', { serviceDeploymentArns: arns }) as {
    serviceDeployments: Wire<ServiceDeployment>[];
  };
  return { brief: list.serviceDeployments, full: described.serviceDeployments };
}

function failingRollout(rollback: boolean, desired = 2) {
  const { engine } = setup();
  const good = registerFargate(engine);
  createBreakerService(engine, desired, rollback);
  engine.advance(60_000);
  const completed = describeService(engine, 'web').deployments[0];
  expect(completed.rolloutState).toBe('COMPLETED');
  registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
  engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
  const failing = describeService(engine, 'web').deployments[0];
  return { engine, good, completed, failing };
}

describe('deployment circuit breaker', () => {
  it('counts failed tasks up to the threshold, marks the deployment FAILED and rolls back', () => {
    const { engine, good, completed, failing } = failingRollout(true);
    const threshold = circuitBreakerThreshold(2);
    // What DescribeServices shows of the failing deployment at each step, when it changes.
    const seen: string[] = [];
    for (let i = 0; i < 2400; i++) {
      engine.advance(250);
      const service = describeService(engine, 'web');
      const d = service.deployments.find((x) => x.id === failing.id);
      const shown = d ? `${d.status} ${d.rolloutState} failed=${d.failedTasks}` : 'gone';
      if (seen.at(-1) !== shown) seen.push(shown);
      if (service.deployments[0].id !== failing.id) break;
    }
    // Both new tasks fail together: 2 failures (under the threshold of 3), two more tasks, 4 failures: the breaker
    // trips, and the FAILED deployment leaves the list in that same step, since none of its tasks runs any more.
    expect(threshold).toBe(3);
    expect(seen).toEqual(['PRIMARY IN_PROGRESS failed=0', 'PRIMARY IN_PROGRESS failed=2', 'gone']);
    const service = describeService(engine, 'web');
    const rollbackDeployment = service.deployments[0];
    expect(rollbackDeployment.status).toBe('PRIMARY');
    // The rollback starts its tasks in the step that trips the breaker, not at the next look 15 s later.
    expect((rollbackDeployment.pendingCount ?? 0) + (rollbackDeployment.runningCount ?? 0)).toBe(2);
    expect(rollbackDeployment.taskDefinition).toBe(good);
    expect(rollbackDeployment.rolloutStateReason).toBe(
      `ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.`,
    );
    expect(service.taskDefinition).toBe(good);
    const text = messages(service);
    expect(text).toContain(`(service web) (deployment ${failing.id}) deployment failed: tasks failed to start.`);
    expect(text).toContain('(service web) is unable to consistently start tasks successfully.');

    engine.advance(180_000);
    const after = describeService(engine, 'web');
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments[0].rolloutState).toBe('COMPLETED');
    expect(after.runningCount).toBe(2);
    expect(serviceTasks(engine, 'web').every((t) => t.taskDefinitionArn === good)).toBe(true);

    const { full } = deploymentsOf(engine);
    const failedSd = full.find((d) => d.targetServiceRevision?.arn?.endsWith(failing.id.replace('ecs-svc/', '')));
    expect(failedSd?.status).toBe('ROLLBACK_SUCCESSFUL');
    // Two tasks failing in the same instant take the count past the threshold in one step.
    expect(failedSd?.deploymentCircuitBreaker).toEqual({ status: 'TRIGGERED', failureCount: 4, threshold });
    expect(failedSd?.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(failedSd?.rollback?.reason).toBe(`ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.`);
  });

  it('records the threshold of each service deployment from the desired count: 3, 5, 50 and 200 at 2, 10, 100, 1,000', () => {
    const { engine } = setup();
    registerFargate(engine);
    const thresholds = [2, 10, 100, 1000].map((desiredCount) => {
      const serviceName = `web-${desiredCount}`;
      createService(engine, {
        serviceName,
        desiredCount,
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
      });
      const list = engine.call('ListServiceDeployments', { cluster: 'demo', service: serviceName }) as {
        serviceDeployments: { serviceDeploymentArn: string }[];
      };
      const described = engine.call('DescribeServiceDeployments', {
        serviceDeploymentArns: list.serviceDeployments.map((d) => d.serviceDeploymentArn),
      }) as { serviceDeployments: Wire<ServiceDeployment>[] };
      return described.serviceDeployments[0].deploymentCircuitBreaker;
    });
    expect(thresholds).toEqual([
      { status: 'MONITORING', failureCount: 0, threshold: 3 },
      { status: 'MONITORING', failureCount: 0, threshold: 5 },
      { status: 'MONITORING', failureCount: 0, threshold: 50 },
      { status: 'MONITORING', failureCount: 0, threshold: 200 },
    ]);
  });

  it('at a desired count of 10, trips at 5 failed tasks, not at the minimum of 3', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 10,
      // Two new tasks at a time (max 120% of 10), so the failure count climbs by two: 2, 4, 6.
      deploymentConfiguration: { maximumPercent: 120, deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    engine.advance(60_000);
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    const failing = describeService(engine, 'web').deployments[0].id;
    const seen: string[] = [];
    for (let i = 0; i < 2400 && seen.at(-1)?.startsWith('FAILED') !== true; i++) {
      engine.advance(250);
      const d = describeService(engine, 'web').deployments.find((x) => x.id === failing);
      const shown = `${d?.rolloutState} ${d?.failedTasks}`;
      if (seen.at(-1) !== shown) seen.push(shown);
    }
    expect(seen).toEqual(['IN_PROGRESS 0', 'IN_PROGRESS 2', 'IN_PROGRESS 4', 'FAILED 6']);
  });

  it('without rollback, the failed deployment stays PRIMARY, launches nothing more and the old tasks keep running', () => {
    const { engine, good, failing } = failingRollout(false);
    engine.advance(300_000);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].id).toBe(failing.id);
    expect(service.deployments[0].status).toBe('PRIMARY');
    expect(service.deployments[0].rolloutState).toBe('FAILED');
    const launched = serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.startedBy === failing.id).length;
    engine.advance(300_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').filter((t) => t.startedBy === failing.id).length).toBe(launched);
    const running = serviceTasks(engine, 'web');
    expect(running.filter((t) => t.taskDefinitionArn === good)).toHaveLength(2);
    const { brief } = deploymentsOf(engine);
    expect(brief[0].status).toBe('STOPPED');
    expect(brief[0].statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(brief[1].status).toBe('SUCCESSFUL');
  });

  it('with the breaker off, keeps replacing failing tasks and says it cannot start them', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '2', 'ecs-local.exit-after': '1' });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(120_000);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].rolloutState).toBe('IN_PROGRESS');
    expect(service.deployments[0].failedTasks).toBeGreaterThanOrEqual(3);
    expect(messages(service)).toContain('(service web) is unable to consistently start tasks successfully.');
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped[0].stopCode).toBe('EssentialContainerExited');
  });

  it('says once that it cannot start tasks, however many more fail', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '2', 'ecs-local.exit-after': '1' });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(300_000);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].failedTasks).toBeGreaterThan(6);
    // Each new failure counted is an update of the deployment.
    expect(Number(service.deployments[0].updatedAt)).toBeGreaterThan(Number(service.deployments[0].createdAt));
    const unable = messages(service).filter((m) => m === '(service web) is unable to consistently start tasks successfully.');
    expect(unable).toHaveLength(1);
  });

  it('does not count tasks stopped by a scale-in as failed', () => {
    const { engine } = setup();
    registerFargate(engine);
    createBreakerService(engine, 4, true);
    engine.advance(5_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 1 });
    engine.advance(120_000);
    const service = describeService(engine, 'web');
    expect(service.runningCount).toBe(1);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED', failedTasks: 0 });
    expect(serviceTasks(engine, 'web', 'STOPPED')).toHaveLength(3);
  });

  it('follows a new desired count with the threshold of the deployment in progress', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.image-pull': 'fail' });
    createBreakerService(engine, 2, false);
    engine.advance(1_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 10 });
    engine.advance(1_000);
    const { full } = deploymentsOf(engine);
    expect(full[0].deploymentCircuitBreaker).toMatchObject({ status: 'MONITORING', threshold: 5 });
  });

  it('leaves the service deployment untouched (its updatedAt too) while the failure count and threshold stay', () => {
    const { engine } = setup();
    registerFargate(engine);
    createBreakerService(engine, 2, false);
    const [created] = deploymentsOf(engine).full;
    // Tasks start, run and warm up: several scheduler steps, none with anything new for the breaker.
    engine.advance(30_000);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    const [during] = deploymentsOf(engine).full;
    expect(during.deploymentCircuitBreaker).toEqual({ status: 'MONITORING', failureCount: 0, threshold: 3 });
    expect(during.updatedAt).toBe(created.updatedAt);
  });

  it('records a new threshold when only the desired count changed, no task having failed', () => {
    const { engine } = setup();
    registerFargate(engine);
    createBreakerService(engine, 2, false);
    engine.advance(1_000);
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 10 });
    engine.advance(1_000);
    const [deployment] = describeService(engine, 'web').deployments;
    expect(deployment).toMatchObject({ rolloutState: 'IN_PROGRESS', failedTasks: 0 });
    const { full } = deploymentsOf(engine);
    expect(full[0].deploymentCircuitBreaker).toEqual({ status: 'MONITORING', failureCount: 0, threshold: 5 });
  });

  it('a rollback whose tasks fail too trips in turn: ROLLBACK_FAILED, and no rollback of the rollback', () => {
    const { engine } = setup();
    // The revision rolled back to never ran a task: its deployment completed at a desired count of 0.
    const never = registerFargate(engine, 'web', { 'ecs-local.image-pull': 'fail' });
    createBreakerService(engine, 0, true);
    engine.advance(60_000);
    const completed = describeService(engine, 'web').deployments[0];
    expect(completed.rolloutState).toBe('COMPLETED');
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2', desiredCount: 2 });
    const failing = describeService(engine, 'web').deployments[0];
    for (let i = 0; i < 2400 && describeService(engine, 'web').deployments[0].id === failing.id; i++) engine.advance(250);
    const rollback = describeService(engine, 'web').deployments[0];
    expect(rollback).toMatchObject({ taskDefinition: never, rolloutState: 'IN_PROGRESS', failedTasks: 0 });
    // A threshold of its own for the rollback (5 at 10 tasks), which it reports on the service but not on the service
    // deployment it rolls back: that one keeps the figures it tripped with (4 of 3).
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 10 });
    engine.advance(300_000);

    const service = describeService(engine, 'web');
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]).toMatchObject({
      id: rollback.id,
      status: 'PRIMARY',
      taskDefinition: never,
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      failedTasks: 10,
    });
    const failedEvents = messages(service).filter((m) => m.endsWith('deployment failed: tasks failed to start.'));
    expect(failedEvents).toEqual([
      `(service web) (deployment ${rollback.id}) deployment failed: tasks failed to start.`,
      `(service web) (deployment ${failing.id}) deployment failed: tasks failed to start.`,
    ]);

    const { brief, full } = deploymentsOf(engine);
    expect(brief).toHaveLength(2);
    expect(brief.map((d) => d.status)).toEqual(['ROLLBACK_FAILED', 'SUCCESSFUL']);
    expect(full[0]).toMatchObject({
      status: 'ROLLBACK_FAILED',
      statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
      deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 4, threshold: 3 },
      rollback: { reason: `ECS deployment circuit breaker: rolling back to deploymentId ${completed.id}.` },
    });
    expect(full[0].finishedAt).toBeDefined();
    expect(full[0].stoppedAt).toBeUndefined();
  });

  it('trips on tasks that fail to pull their image, before any of them runs', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.image-pull': 'fail' });
    createBreakerService(engine, 1, true);
    engine.advance(120_000);
    const service = describeService(engine, 'web');
    // Nothing completed before, so there is nothing to roll back to.
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0].rolloutState).toBe('FAILED');
    expect(service.deployments[0].failedTasks).toBe(3);
  });

  it('replaces tasks that fail their container health checks', () => {
    const { engine } = setup();
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    createService(engine, { serviceName: 'web', desiredCount: 1 });
    engine.advance(60_000);
    const stopped = serviceTasks(engine, 'web', 'STOPPED');
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0].stopCode).toBe('ServiceSchedulerInitiated');
    expect(stopped[0].stoppedReason).toBe('Task failed container health checks');
    expect(describeService(engine, 'web').deployments[0].failedTasks).toBeGreaterThan(0);
  });
});

/** A task of deployment `ecs-svc/1` with only what the breaker reads. */
function task(id: string, fields: Partial<TaskDoc> = {}): TaskDoc {
  return {
    taskArn: `arn:task/${id}`,
    startedBy: 'ecs-svc/1',
    desiredStatus: 'RUNNING',
    lastStatus: 'RUNNING',
    ...fields,
  } as TaskDoc;
}

const exited = { desiredStatus: 'STOPPED', lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited' } as const;

function deployment(): DeploymentState {
  return { id: 'ecs-svc/1', failedTasks: 0 } as DeploymentState;
}

describe('the breaker’s count of failed tasks', () => {
  it('takes a task as failed once it is stopping or stopped for a failure, not while it runs', () => {
    expect(isFailedTask(task('a', { stopCode: 'EssentialContainerExited' }))).toBe(false);
    expect(isFailedTask(task('a', { desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited' }))).toBe(true);
    expect(isFailedTask(task('a', { lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart' }))).toBe(true);
    expect(isFailedTask(task('a', { desiredStatus: 'STOPPED', stoppedReason: HEALTH_CHECK_REASON }))).toBe(true);
    expect(isFailedTask(task('a', { desiredStatus: 'STOPPED', stopCode: 'UserInitiated' }))).toBe(false);
    expect(isFailedTask(task('a', { desiredStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated' }))).toBe(false);
  });

  it('counts each failed task of the deployment once, and says when the count changed', () => {
    const d = deployment();
    expect(countFailures(d, [task('a', exited), task('b'), task('c', { ...exited, startedBy: 'ecs-svc/2' })], [])).toBe(true);
    expect(d.failedTasks).toBe(1);
    expect(countFailures(d, [task('a', exited), task('b')], [])).toBe(false);
    expect(d.failedTasks).toBe(1);
    expect(countFailures(d, [task('a', exited), task('b', exited)], [])).toBe(true);
    expect(d.failedTasks).toBe(2);
  });

  it('resets to 0 when a task turns healthy, once; a task that was healthy before it failed does not count', () => {
    const d = deployment();
    countFailures(d, [task('a', exited), task('b', exited), task('c')], []);
    expect(d.failedTasks).toBe(2);
    expect(countFailures(d, [task('a', exited), task('b', exited), task('c')], ['arn:task/c'])).toBe(true);
    expect(d.failedTasks).toBe(0);
    // c stays healthy: no new reset; a new failure counts again from 0.
    countFailures(d, [task('a', exited), task('b', exited), task('c'), task('d', exited)], ['arn:task/c']);
    expect(d.failedTasks).toBe(1);
    // c, healthy when last seen, then fails: not a failure to start.
    countFailures(d, [task('c', exited), task('d', exited)], []);
    expect(d.failedTasks).toBe(1);
  });

  it('forgets the failed tasks that are gone from the store', () => {
    const d = deployment();
    countFailures(d, [task('a', exited), task('b', exited)], []);
    expect(d._failedSeen).toEqual(['arn:task/a', 'arn:task/b']);
    countFailures(d, [task('b', exited)], []);
    expect(d._failedSeen).toEqual(['arn:task/b']);
    expect(d.failedTasks).toBe(2);
  });
});
