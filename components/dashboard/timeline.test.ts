import { describe, expect, it } from 'vitest';
import { classifyEvent, mergeTimeline } from './timeline';

const at = (s: number) => new Date(Date.UTC(2026, 10, 26, 12, 0, s)).toISOString();

describe('mergeTimeline', () => {
  it('tells a failed rollout and its rollback as a story, oldest first', () => {
    const deployments = [
      {
        id: 'ecs-svc/3',
        status: 'PRIMARY',
        taskDefinition: 'web:1',
        rolloutState: 'IN_PROGRESS',
        rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/1.',
        createdAt: at(40),
        updatedAt: at(40),
      },
      {
        id: 'ecs-svc/2',
        status: 'ACTIVE',
        taskDefinition: 'web:2',
        desiredCount: 1,
        failedTasks: 3,
        rolloutState: 'FAILED',
        rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        createdAt: at(0),
        updatedAt: at(40),
      },
    ];
    const events = [
      { id: 'e4', createdAt: at(40), message: '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.' },
      { id: 'e3', createdAt: at(30), message: '(service web) has stopped 1 running tasks: (task abc).' },
      { id: 'e2', createdAt: at(20), message: '(service web) is unable to consistently start tasks successfully.' },
      { id: 'e1', createdAt: at(1), message: '(service web) has started 1 tasks: (task abc).' },
    ];
    const titles = mergeTimeline(deployments, events).map((e) => e.title);
    expect(titles).toEqual([
      'Deployment ecs-svc/2 started: web:2, 1 desired',
      'has started 1 tasks.',
      'is unable to consistently start tasks successfully.',
      'has stopped 1 running tasks.',
      'Deployment ecs-svc/2 failed',
      'Rollback started: deployment ecs-svc/3 restores web:1 (from deployment ecs-svc/1)',
    ]);
    const failed = mergeTimeline(deployments, events).find((e) => e.key === 'ecs-svc/2:failed');
    expect(failed).toMatchObject({
      tone: 'error',
      detail: 'ECS deployment circuit breaker: tasks failed to start. · 3 tasks failed to start',
    });
  });

  it('does not repeat a completion the events already tell, and keeps the newest entries', () => {
    const deployments = [
      {
        id: 'ecs-svc/1',
        status: 'PRIMARY',
        taskDefinition: 'web:1',
        rolloutState: 'COMPLETED',
        createdAt: at(0),
        updatedAt: at(9),
      },
    ];
    const told = [{ id: 'e', createdAt: at(9), message: '(service web) (deployment ecs-svc/1) deployment completed.' }];
    expect(mergeTimeline(deployments, told).map((e) => e.key)).toEqual(['ecs-svc/1:created', 'event:e']);
    expect(mergeTimeline(deployments, []).map((e) => e.key)).toEqual(['ecs-svc/1:created', 'ecs-svc/1:completed']);
    const many = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, createdAt: at(10 + i), message: 'x' }));
    expect(mergeTimeline(deployments, many, 3).map((e) => e.key)).toEqual(['event:m7', 'event:m8', 'event:m9']);
    const sameSecond = [
      { id: 'b', createdAt: at(5), message: 'second' },
      { id: 'a', createdAt: at(5), message: 'first' },
    ];
    expect(mergeTimeline([], sameSecond).map((e) => e.title)).toEqual(['first', 'second']);
  });

  it('classifies events by what they mean', () => {
    expect(classifyEvent('(service a) was unable to place a task. Reason: x.').tone).toBe('error');
    expect(classifyEvent('(service a) has reached a steady state.').tone).toBe('success');
    expect(classifyEvent('(service a) has started 2 tasks: (task 1) (task 2).')).toEqual({
      tone: 'pending',
      title: 'has started 2 tasks.',
    });
  });
});
