// The deployment the circuit breaker rolls back (deployments.ts rollBackTo), as DescribeServices and the service
// deployment APIs show it while some of its tasks still run: ECS lists an older deployment that still has tasks as
// ACTIVE (docs: `deployments[].status` PRIMARY / ACTIVE / INACTIVE), the failed one included, next to the rollback.
import { describe, expect, it } from 'vitest';
import {
  createBreakerService,
  describeService,
  registerFargate,
  serviceDeployments,
  serviceTasks,
  setup,
} from '../../testing/services';

describe('a deployment rolled back by the circuit breaker while one of its tasks still runs', () => {
  it('is listed as ACTIVE and FAILED next to the rollback until its last task is gone', () => {
    const { engine, clock } = setup();
    const good = registerFargate(engine);
    createBreakerService(engine, 1, true);
    engine.advance(60_000);
    const completed = describeService(engine, 'web').deployments[0];
    expect(completed.rolloutState).toBe('COMPLETED');
    // Each task of revision 2 exits 10 s after it started running.
    registerFargate(engine, 'web', { 'ecs-local.exit-code': '1' });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', taskDefinition: 'web:2' });
    const failing = describeService(engine, 'web').deployments[0];
    // At a desired count of 1 its tasks fail one at a time (threshold 3). The first has failed and its replacement
    // runs when the desired count goes to 3 (threshold still 3): two more tasks start then, and fail together later.
    engine.advance(16_000);
    expect(describeService(engine, 'web').deployments[0]).toMatchObject({ id: failing.id, failedTasks: 1, runningCount: 1 });
    engine.call('UpdateService', { cluster: 'demo', service: 'web', desiredCount: 3 });
    for (let i = 0; i < 400 && describeService(engine, 'web').deployments[0].id === failing.id; i++) engine.advance(250);

    // The step that trips the breaker: the second task and the two started later have failed (4 of 3), and the task
    // started after the second failure still runs. The failed deployment stays listed, as ACTIVE.
    const service = describeService(engine, 'web');
    const [rollback, failed] = service.deployments;
    expect(rollback).toMatchObject({ status: 'PRIMARY', taskDefinition: good, rolloutState: 'IN_PROGRESS' });
    expect(failed).toMatchObject({
      id: failing.id,
      status: 'ACTIVE',
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      failedTasks: 4,
      runningCount: 1,
      pendingCount: 0,
    });
    const running = serviceTasks(engine, 'web').filter((t) => t.startedBy === failing.id);
    expect(running.map((t) => t.lastStatus)).toEqual(['RUNNING']);
    const [sd] = serviceDeployments(engine);
    expect(sd).toMatchObject({ status: 'ROLLBACK_IN_PROGRESS', deploymentCircuitBreaker: { status: 'TRIGGERED' } });

    // Still ACTIVE at every look until that task exits; then the deployment leaves the list.
    const seen: string[] = [];
    const until = clock.now() + 30_000;
    while (clock.now() < until) {
      engine.advance(250);
      const d = describeService(engine, 'web').deployments.find((x) => x.id === failing.id);
      const shown = d ? `${d.status} ${d.rolloutState} running=${d.runningCount}` : 'gone';
      if (seen.at(-1) !== shown) seen.push(shown);
    }
    expect(seen).toEqual(['ACTIVE FAILED running=1', 'gone']);
    expect(serviceTasks(engine, 'web', 'STOPPED').find((t) => t.taskArn === running[0].taskArn)?.stopCode).toBe(
      'EssentialContainerExited',
    );
  });
});
