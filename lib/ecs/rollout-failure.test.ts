import type { Deployment, ServiceEvent } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { rolloutFailureOf } from './rollout-failure';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));
const failed: ServiceEvent = {
  id: 'e2',
  createdAt: at(10),
  message: '(service web) (deployment ecs-svc/222) deployment failed: tasks failed to start.',
};
const older: ServiceEvent = { id: 'e1', createdAt: at(1), message: '(service web) has reached a steady state.' };
const primary = (id: string, created: Date, rolloutState = 'COMPLETED'): Deployment => ({
  id,
  status: 'PRIMARY',
  createdAt: created,
  rolloutState: rolloutState as Deployment['rolloutState'],
});

describe('rolloutFailureOf', () => {
  it('says the last rollout failed while the rollback created with the failure is the primary', () => {
    expect(rolloutFailureOf({ deployments: [primary('ecs-svc/333', at(10))], events: [failed, older] })).toEqual({
      failedDeploymentId: 'ecs-svc/222',
      reason: 'tasks failed to start.',
      failedAt: at(10).toISOString(),
      rollingBack: false,
    });
    expect(
      rolloutFailureOf({ deployments: [primary('ecs-svc/333', at(11), 'IN_PROGRESS')], events: [failed] })?.rollingBack,
    ).toBe(true);
  });

  it('ends with the next deployment, and never names the primary itself', () => {
    expect(rolloutFailureOf({ deployments: [primary('ecs-svc/444', at(600))], events: [failed] })).toBeUndefined();
    expect(rolloutFailureOf({ deployments: [primary('ecs-svc/222', at(5), 'FAILED')], events: [failed] })).toBeUndefined();
    expect(rolloutFailureOf({ deployments: [primary('ecs-svc/333', at(10))], events: [older] })).toBeUndefined();
    expect(rolloutFailureOf({ deployments: [], events: [failed] })).toBeUndefined();
  });
});
