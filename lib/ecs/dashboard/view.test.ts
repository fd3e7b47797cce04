import type { Service, Task } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { groupStoppedTasks, isFailedStop, type StoppedTaskRecord, toStoppedTaskRecord } from './stopped-task-view';
import { BELOW_DESIRED_GRACE_MS, isHot, pinnedAtMaximum, STUCK_DEPLOYMENT_MS, serviceProblems, toServiceHealthRow } from './view';

const NOW = Date.UTC(2026, 10, 26, 12);
const ago = (ms: number) => new Date(NOW - ms);

function service(extra: Partial<Service> = {}): Service {
  return {
    serviceName: 'web',
    status: 'ACTIVE',
    desiredCount: 2,
    runningCount: 2,
    pendingCount: 0,
    taskDefinition: 'arn:aws:ecs:us-east-1:000000000000:task-definition/web:7',
    deployments: [
      { id: 'ecs-svc/1', status: 'PRIMARY', rolloutState: 'COMPLETED', createdAt: ago(60_000), updatedAt: ago(30_000) },
    ],
    events: [{ id: 'e1', createdAt: ago(10_000), message: '(service web) has reached a steady state.' }],
    ...extra,
  };
}

describe('serviceProblems', () => {
  it('marks a service whose load balancer targets are unhealthy, naming the target group and the reason', () => {
    const message =
      '(service web) (task 0123456789abcdef0123456789abcdef) (port 80) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/web-tg/0123456789abcdef) due to (reason Health checks failed with these codes: [503]).';
    const row = toServiceHealthRow('demo', service({ events: [{ id: 'e2', createdAt: ago(5_000), message }] }), NOW);
    expect(row.problems).toEqual([
      'Unhealthy load balancer targets in target group web-tg (port 80): Health checks failed with these codes: [503]',
    ]);
    expect(isHot(row)).toBe(true);
  });

  it('a steady service is healthy and quiet', () => {
    const row = toServiceHealthRow('demo', service(), NOW);
    expect(row).toMatchObject({ key: 'demo/web', taskDefinition: 'web:7', rolloutState: 'COMPLETED', problems: [] });
    expect(row.latestEvent?.message).toBe('has reached a steady state.');
    expect(isHot(row)).toBe(false);
  });

  it('flags a failed rollout, failed tasks and a recent circuit-breaker event', () => {
    const problems = serviceProblems(
      service({
        deployments: [
          {
            id: 'ecs-svc/2',
            status: 'PRIMARY',
            rolloutState: 'IN_PROGRESS',
            rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/0.',
            updatedAt: ago(1_000),
          },
          {
            id: 'ecs-svc/1',
            status: 'ACTIVE',
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
            failedTasks: 3,
          },
        ],
        events: [
          { createdAt: ago(5_000), message: '(service web) (deployment ecs-svc/1) deployment failed: tasks failed to start.' },
        ],
      }),
      NOW,
    );
    expect(problems).toEqual([
      'Rollout failed: ECS deployment circuit breaker: tasks failed to start.',
      'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/0.',
      '3 tasks failed to start',
      '(deployment ecs-svc/1) deployment failed: tasks failed to start.',
    ]);
  });

  it('forgets failure events after the window', () => {
    const old = service({ events: [{ createdAt: ago(3 * 60 * 60_000), message: '(service web) was unable to place a task.' }] });
    expect(serviceProblems(old, NOW)).toEqual([]);
  });

  it('a stuck deployment and running below desired only after their grace periods', () => {
    const stuck = service({
      runningCount: 1,
      deployments: [{ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', updatedAt: ago(STUCK_DEPLOYMENT_MS + 60_000) }],
    });
    expect(serviceProblems(stuck, NOW, NOW - 1_000)).toEqual(['Deployment stuck for 11 minutes']);
    expect(serviceProblems(stuck, NOW, NOW - BELOW_DESIRED_GRACE_MS)).toContain('Running 1 of 2 desired tasks');
  });
});

describe('stopped tasks', () => {
  const base = {
    taskArn: 'arn:aws:ecs:us-east-1:000000000000:task/demo/abc',
    lastStatus: 'STOPPED',
    group: 'service:web',
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:000000000000:task-definition/web:8',
    stopCode: 'EssentialContainerExited' as const,
    stoppedReason: 'Essential container in task exited',
    stoppedAt: ago(1_000),
    containers: [{ name: 'web', exitCode: 1 }],
  };

  it('keeps only STOPPED tasks, with service and revision', () => {
    expect(toStoppedTaskRecord('demo', { ...base, lastStatus: 'STOPPING' })).toBeUndefined();
    expect(toStoppedTaskRecord('demo', base)).toMatchObject({ taskId: 'abc', service: 'web', taskDefinition: 'web:8' });
  });

  it('groups by reason and exit code, newest group first', () => {
    const record = (id: string, reason: string, code: number | undefined, at: number, service = 'web'): StoppedTaskRecord => ({
      ...(toStoppedTaskRecord('demo', {
        ...base,
        taskArn: `arn:aws:ecs:us-east-1:000000000000:task/demo/${id}`,
        group: `service:${service}`,
        stoppedReason: reason,
        containers: [{ name: 'web', exitCode: code }],
        stoppedAt: ago(at),
      }) as StoppedTaskRecord),
    });
    const groups = groupStoppedTasks([
      record('a', 'Essential container in task exited', 1, 5_000),
      record('b', 'Essential container in task exited', 1, 1_000, 'api'),
      record('c', 'Essential container in task exited', 137, 3_000),
      record('d', 'Essential container in task exited', 1, 2_000),
      record('e', 'CannotPullContainerError: not found', undefined, 500),
    ]);
    expect(groups.map((g) => [g.exitCodes, g.count])).toEqual([
      ['-', 1],
      ['1', 3],
      ['137', 1],
    ]);
    // The source that failed last comes first, whatever the counts.
    expect(groups[1].sources).toEqual([
      { cluster: 'demo', service: 'api', taskDefinition: 'web:8', count: 1 },
      { cluster: 'demo', service: 'web', taskDefinition: 'web:8', count: 2 },
    ]);
  });

  it('counts a crash, a failed health check and a nonzero exit as failures, not a finished job or a replaced task', () => {
    const stop = (over: Partial<Task>) => toStoppedTaskRecord('demo', { ...base, ...over }) as StoppedTaskRecord;
    expect(isFailedStop(stop({}))).toBe(true);
    expect(isFailedStop(stop({ containers: [{ name: 'web', exitCode: 0 }] }))).toBe(false);
    expect(
      isFailedStop(
        stop({
          containers: [
            { name: 'web', exitCode: 0 },
            { name: 'side', exitCode: 2 },
          ],
        }),
      ),
    ).toBe(true);
    const scheduler = { stopCode: 'ServiceSchedulerInitiated' as const };
    expect(isFailedStop(stop({ ...scheduler, stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/123)' }))).toBe(
      false,
    );
    expect(isFailedStop(stop({ ...scheduler, stoppedReason: 'Task failed ELB health checks in (target-group arn)' }))).toBe(true);
  });
});

describe('pinnedAtMaximum', () => {
  it('marks a described service whose desired count reached its scalable target’s maximum', () => {
    const row = toServiceHealthRow('demo', service({ desiredCount: 4, runningCount: 4 }), NOW);
    expect(pinnedAtMaximum({ ...row, scaling: { min: 1, max: 4 } })).toBe(true);
    expect(pinnedAtMaximum({ ...row, scaling: { min: 1, max: 5 } })).toBe(false);
    expect(pinnedAtMaximum(row)).toBe(false);
    expect(pinnedAtMaximum({ ...row, described: false, scaling: { min: 1, max: 4 } })).toBe(false);
  });
});
