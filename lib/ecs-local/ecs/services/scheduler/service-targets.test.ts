// Which load balancer entries of a service the scheduler acts on (scheduler/service-targets.ts), seen through the
// API: a Classic Load Balancer entry (`loadBalancerName`) is recorded, not emulated, so the service rolls out as one
// without load balancing; next to a target group, only the target group counts.
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engine';
import type { Wire } from '../../../protocol/serialize';
import { albWithTargetGroup, elb } from '../../../testing/elbv2';
import { createService, describeService, messages, registerFargate, serviceTasks, setup } from '../../../testing/services';

function states(engine: Engine, targetGroupArn: string): (string | undefined)[] {
  return elb<{ TargetHealthDescriptions: Wire<TargetHealthDescription>[] }>(engine, 'DescribeTargetHealth', {
    TargetGroupArn: targetGroupArn,
  }).TargetHealthDescriptions.map((d) => d.TargetHealth?.State);
}

const CLASSIC = { loadBalancerName: 'classic', containerName: 'web', containerPort: 80 };

describe('the load balancer entries a service step acts on', () => {
  it('records a Classic Load Balancer entry only: the tasks count as healthy after 40 s, as without one', () => {
    const { engine } = setup();
    registerFargate(engine);
    const created = createService(engine, { serviceName: 'web', desiredCount: 1, loadBalancers: [CLASSIC] });
    expect(created.loadBalancers).toEqual([CLASSIC]);
    engine.advance(30_000);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('IN_PROGRESS');
    engine.advance(20_000);
    const service = describeService(engine, 'web');
    expect(service.deployments[0].rolloutState).toBe('COMPLETED');
    expect(service.loadBalancers).toEqual([CLASSIC]);
    expect(messages(service).some((m) => m.includes('registered'))).toBe(false);
  });

  it('next to a Classic entry, waits for the target group’s target only', () => {
    const { engine } = setup();
    registerFargate(engine);
    const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, {
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      loadBalancers: [CLASSIC, { targetGroupArn, containerName: 'web', containerPort: 80 }],
    });
    engine.advance(15_000);
    expect(states(engine, targetGroupArn)).toEqual(['healthy']);
    expect(describeService(engine, 'web').deployments[0].rolloutState).toBe('COMPLETED');
    expect(serviceTasks(engine, 'web').map((t) => t.lastStatus)).toEqual(['RUNNING']);
  });

  it('does not count a task stopped by the user as failed', () => {
    const { engine } = setup();
    registerFargate(engine);
    createService(engine, {
      serviceName: 'web',
      desiredCount: 1,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    engine.advance(5_000);
    const [task] = serviceTasks(engine, 'web');
    engine.call('StopTask', { cluster: 'demo', task: task.taskArn });
    engine.advance(5_000);
    expect(serviceTasks(engine, 'web', 'STOPPED').map((t) => t.stoppedReason)).toEqual(['Task stopped by user']);
    expect(describeService(engine, 'web').deployments[0].failedTasks).toBe(0);
  });
});
