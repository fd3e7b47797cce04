// What the service scheduler step (scheduler/reconciler.ts) makes of an older deployment's tasks' health during a
// rolling deployment: an UNHEALTHY one is stopped (a change of the deployment in progress), a newly healthy one does
// not reset the failure count of the deployment in progress (ECS resets it on a healthy task of that deployment);
// and a deployment that has finished is left as it finished (its service deployment's circuit breaker figures).
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  createService,
  describeService,
  liveTasks,
  registerFargate,
  serviceDeployments,
  serviceTasks,
  setup,
} from '../../../testing/services';

describe('an older deployment’s task during a rolling deployment', () => {
  it('stopped for failing its health check, with nothing to start: the deployment in progress is updated then', () => {
    const { engine, clock } = setup();
    // Revision 1 turns UNHEALTHY 30 s after it runs (no health check); revision 2 is fine.
    registerFargate(engine, 'web', { 'ecs-local.health': 'unhealthy' });
    registerFargate(engine, 'web');
    createService(engine, { serviceName: 'web', desiredCount: 1, taskDefinition: 'web:1' });
    engine.advance(5_000);
    const [old] = serviceTasks(engine, 'web');
    expect(old.lastStatus).toBe('RUNNING');
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    engine.advance(1_000);
    const started = describeService(engine, 'web').deployments[0];
    expect(started.pendingCount).toBe(1);
    // The old task is kept while the new one warms up (minimum healthy 100%), until it fails its health check.
    const unhealthyAt = (old.startedAt as number) * 1000 + 30_000;
    advanceTo(engine, clock, unhealthyAt - 1);
    expect(describeService(engine, 'web').deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(describeService(engine, 'web').deployments[0].updatedAt).toBe(started.updatedAt);
    advanceTo(engine, clock, unhealthyAt + 1_000);

    const stopped = liveTasks(engine, 'web').find((t) => t.taskArn === old.taskArn);
    expect(stopped).toMatchObject({ desiredStatus: 'STOPPED', stoppedReason: 'Task failed container health checks' });
    const stoppedAt = stopped?.stoppingAt as number;
    expect(stoppedAt * 1000).toBeGreaterThanOrEqual(unhealthyAt);
    // The new deployment already has its one task: nothing is started in that step, and yet the deployment changed.
    const service = describeService(engine, 'web');
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]).toMatchObject({ id: started.id, rolloutState: 'IN_PROGRESS', runningCount: 1 });
    expect(serviceTasks(engine, 'web').map((t) => t.startedBy)).toEqual([started.id]);
    expect(service.deployments[0].updatedAt).toBe(stoppedAt);
  });

  it('turning healthy does not reset the failed task count of the deployment in progress', () => {
    const { engine, clock } = setup();
    registerFargate(engine);
    // Revision 2's tasks fail to pull their image, one after the other (the breaker is off: no limit).
    registerFargate(engine, 'web', { 'ecs-local.image-pull': 'fail' });
    createService(engine, { serviceName: 'web', desiredCount: 1, taskDefinition: 'web:1' });
    engine.advance(5_000);
    const [old] = serviceTasks(engine, 'web');
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    // The old task (no health check) counts as healthy 40 s after it started running.
    const healthyAt = (old.startedAt as number) * 1000 + 40_000;
    advanceTo(engine, clock, healthyAt - 1);
    const before = describeService(engine, 'web').deployments;
    expect(before.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(before[0].failedTasks).toBeGreaterThan(5);
    advanceTo(engine, clock, healthyAt + 1_000);
    const after = describeService(engine, 'web').deployments;
    expect(after.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(after[0].rolloutState).toBe('IN_PROGRESS');
    expect(after[0].failedTasks).toBeGreaterThanOrEqual(before[0].failedTasks as number);
  });
});

describe('a deployment no longer in progress', () => {
  it('keeps the circuit breaker figures its service deployment finished with when the desired count changes later', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    engine.advance(60_000);
    const [finished] = serviceDeployments(engine);
    expect(finished).toMatchObject({
      status: 'SUCCESSFUL',
      deploymentCircuitBreaker: { status: 'MONITORING_COMPLETE', failureCount: 0, threshold: 3 },
    });
    // A new desired count alone starts no deployment: the completed one scales out, its threshold would be 5 now.
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 10 });
    engine.advance(60_000);
    const service = describeService(engine, 'web');
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED', runningCount: 10 });
    expect(serviceDeployments(engine)).toEqual([finished]);
  });
});
