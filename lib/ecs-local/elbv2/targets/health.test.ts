// Target health step by step, on an engine without a network (simulated checks) and a FakeClock moved by hand, so
// each check runs exactly when the test says: the thresholds, the reasons shown, when the next check is due, who
// is woken, draining and a gone target group.
import { describe, expect, it } from 'vitest';
import { albWithTargetGroup, elb } from '../../testing/elbv2';
import { REGION, testEngine } from '../../testing/engine';
import { targetKey } from '../common/documents';
import { getTargetGroup } from '../target-groups/model';
import { applyProbeResult, targetDue } from './health';
import { type CheckFailure, registerTarget, type TargetDoc } from './model';

const FAILED: CheckFailure = { Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' };
const MISMATCH: CheckFailure = {
  Reason: 'Target.ResponseCodeMismatch',
  Description: 'Health checks failed with these codes: [503]',
};
const OWNER = 'owner-of-targets';

/** An ALB's target group (checks every 30 s by default; healthy after 3 passes, unhealthy after 2 failures). */
function setup(tg: object = {}) {
  const { engine, clock } = testEngine();
  const { targetGroupArn } = albWithTargetGroup(engine, 'web', 8080, {
    HealthyThresholdCount: 3,
    UnhealthyThresholdCount: 2,
    ...tg,
  });
  const ctx = () => engine.context(REGION);
  // The document a target wakes when its state changes (as a service is for its tasks' targets).
  engine.store.put(REGION, 'service', OWNER, {});
  const register = (id: string, failure?: CheckFailure, group = targetGroupArn) =>
    engine.store.tx(() => {
      const c = ctx();
      const doc = registerTarget(
        c,
        getTargetGroup(c, group)!,
        { Id: id, Port: 80 },
        {
          simulatedFailure: failure,
          notify: { kind: 'service', id: OWNER },
        },
      );
      return targetKey(group, doc.Target.Id, doc.Target.Port);
    });
  return {
    engine,
    clock,
    targetGroupArn,
    register,
    target: (key: string) => ctx().store.get<TargetDoc>(REGION, 'target', key),
    health: (key: string) => ctx().store.get<TargetDoc>(REGION, 'target', key)?.TargetHealth,
    /** Runs the target's scheduler step now. */
    due: (key: string) => engine.store.tx(() => targetDue(ctx(), key)),
    /** A real check's result coming back now. */
    probe: (key: string, failure?: CheckFailure) => engine.store.tx(() => applyProbeResult(ctx(), key, failure)),
    /** Whether the scheduler would run the target's step now. */
    dueNow: (key: string) => engine.store.due(clock.now()).some((r) => r.kind === 'target' && r.id === key),
    /** Whether the owner was woken (made due now) since the last call; each call puts it back to sleep. */
    woken: () => {
      const due = engine.store.due(clock.now()).some((r) => r.kind === 'service' && r.id === OWNER);
      engine.store.setDue(REGION, 'service', OWNER, undefined);
      return due;
    },
  };
}

describe('simulated health checks', () => {
  it('check first 10 s after registration (or one interval if shorter), then every interval', () => {
    const t = setup();
    const key = t.register('10.0.0.5');
    expect(t.target(key)?._nextCheckAt).toBe(t.clock.now() + 10_000);
    t.clock.advance(9_999);
    t.due(key);
    expect(t.health(key)).toEqual({
      State: 'initial',
      Reason: 'Elb.RegistrationInProgress',
      Description: 'Target registration is in progress',
    });
    expect(t.woken()).toBe(false);
    t.clock.advance(1);
    t.due(key);
    expect(t.health(key)).toEqual({ State: 'healthy' });
    expect(t.woken()).toBe(true);
    expect(t.target(key)?._nextCheckAt).toBe(t.clock.now() + 30_000);

    const quick = setup({ HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2 });
    const fast = quick.register('10.0.0.6');
    expect(quick.target(fast)?._nextCheckAt).toBe(quick.clock.now() + 5_000);
    quick.clock.advance(5_000);
    quick.due(fast);
    expect(quick.health(fast)).toEqual({ State: 'healthy' });
    expect(quick.target(fast)?._nextCheckAt).toBe(quick.clock.now() + 5_000);
  });

  it('keep a new target initial until UnhealthyThresholdCount failures, then make it unhealthy with the reason', () => {
    const t = setup({ UnhealthyThresholdCount: 3 });
    const key = t.register('10.0.0.5', MISMATCH);
    t.clock.advance(10_000);
    t.due(key);
    expect(t.health(key)).toEqual({
      State: 'initial',
      Reason: 'Elb.InitialHealthChecking',
      Description: 'Initial health checks in progress',
    });
    expect(t.woken()).toBe(false);
    t.clock.advance(30_000);
    t.due(key);
    expect(t.health(key)?.State).toBe('initial');
    expect(t.woken()).toBe(false);
    t.clock.advance(30_000);
    t.due(key);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...MISMATCH });
    expect(t.woken()).toBe(true);
    expect(t.target(key)?._nextCheckAt).toBe(t.clock.now() + 30_000);
  });

  it('make a new target unhealthy at its second failure with a threshold of 2', () => {
    const t = setup();
    const key = t.register('10.0.0.5', FAILED);
    t.clock.advance(10_000);
    t.due(key);
    expect(t.health(key)?.State).toBe('initial');
    t.clock.advance(30_000);
    t.due(key);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...FAILED });
  });

  it('do not run a check before it is due', () => {
    const t = setup();
    const key = t.register('10.0.0.5');
    t.clock.advance(10_000);
    t.due(key);
    const next = t.target(key)?._nextCheckAt;
    t.clock.advance(29_999);
    // Woken early (as the sweep may): the step checks nothing and puts the due time back to the next check.
    t.engine.store.setDue(REGION, 'target', key, t.clock.now());
    t.due(key);
    expect(t.target(key)?._nextCheckAt).toBe(next);
    expect(t.target(key)?._passes).toBe(1);
    expect(t.dueNow(key)).toBe(false);
    t.clock.advance(1);
    expect(t.dueNow(key)).toBe(true);
  });

  it('leave nothing to do for a target that is gone', () => {
    const t = setup();
    expect(() => t.due(targetKey(t.targetGroupArn, '10.9.9.9', 80))).not.toThrow();
    expect(() => t.probe(targetKey(t.targetGroupArn, '10.9.9.9', 80), FAILED)).not.toThrow();
    expect(t.woken()).toBe(false);
  });
});

describe('check results', () => {
  /** A target made healthy by its first check, the owner's wake-up consumed. */
  function healthy() {
    const t = setup();
    const key = t.register('10.0.0.5');
    t.probe(key);
    expect(t.health(key)).toEqual({ State: 'healthy' });
    t.woken();
    return { t, key };
  }

  it('make a healthy target unhealthy after UnhealthyThresholdCount consecutive failures only', () => {
    const { t, key } = healthy();
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual({ State: 'healthy' });
    expect(t.woken()).toBe(false);
    t.probe(key);
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual({ State: 'healthy' });
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...FAILED });
    expect(t.woken()).toBe(true);
  });

  it('show the latest failure of an unhealthy target', () => {
    const { t, key } = healthy();
    t.probe(key, FAILED);
    t.probe(key, FAILED);
    t.woken();
    t.probe(key, MISMATCH);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...MISMATCH });
    expect(t.woken()).toBe(false);
    // A pass below the healthy threshold keeps it unhealthy; a failure then starts the count again.
    t.probe(key);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...MISMATCH });
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...FAILED });
  });

  it('make an unhealthy target healthy after HealthyThresholdCount consecutive passes only', () => {
    const { t, key } = healthy();
    t.probe(key, FAILED);
    t.probe(key, FAILED);
    t.woken();
    t.probe(key);
    t.probe(key);
    t.probe(key, FAILED);
    t.probe(key);
    t.probe(key);
    expect(t.health(key)).toEqual({ State: 'unhealthy', ...FAILED });
    expect(t.woken()).toBe(false);
    t.probe(key);
    expect(t.health(key)).toEqual({ State: 'healthy' });
    expect(t.woken()).toBe(true);
  });

  it('schedule the next check one interval after the result, never earlier than already planned', () => {
    const t = setup();
    const key = t.register('10.0.0.5');
    const registered = t.clock.now();
    t.probe(key);
    expect(t.target(key)?._nextCheckAt).toBe(registered + 30_000);
    t.clock.advance(12_000);
    t.probe(key);
    expect(t.target(key)?._nextCheckAt).toBe(registered + 42_000);
    // The interval shortened after that: a result now keeps the check already planned further out.
    elb(t.engine, 'ModifyTargetGroup', {
      TargetGroupArn: t.targetGroupArn,
      HealthCheckIntervalSeconds: 5,
      HealthCheckTimeoutSeconds: 2,
    });
    t.probe(key);
    expect(t.target(key)?._nextCheckAt).toBe(registered + 42_000);
  });

  it('leave a draining target draining, and remove it when its delay ends', () => {
    const t = setup();
    const key = t.register('10.0.0.5');
    t.probe(key);
    elb(t.engine, 'DeregisterTargets', { TargetGroupArn: t.targetGroupArn, Targets: [{ Id: '10.0.0.5', Port: 80 }] });
    const draining = {
      State: 'draining',
      Reason: 'Target.DeregistrationInProgress',
      Description: 'Target deregistration is in progress',
    };
    expect(t.health(key)).toEqual(draining);
    t.woken();
    t.probe(key, FAILED);
    t.probe(key, FAILED);
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual(draining);
    expect(t.target(key)?._nextCheckAt).toBeUndefined();
    expect(t.woken()).toBe(false);
    const until = t.target(key)?._drainUntil ?? 0;
    expect(until).toBe(t.clock.now() + 300_000);
    t.clock.advance(299_999);
    t.engine.store.setDue(REGION, 'target', key, t.clock.now());
    t.due(key);
    expect(t.health(key)).toEqual(draining);
    expect(t.woken()).toBe(false);
    expect(t.dueNow(key)).toBe(false);
    t.clock.advance(1);
    t.due(key);
    expect(t.target(key)).toBeUndefined();
    expect(t.woken()).toBe(true);
  });

  // DeleteTargetGroup takes its targets along; a target left without its group (the group's document gone first) goes
  // at its next step, and a check result for it changes nothing.
  it('remove a target whose target group is gone at its next step, and ignore a late result for it', () => {
    const t = setup();
    const lone = elb<{ TargetGroups: { TargetGroupArn: string }[] }>(t.engine, 'CreateTargetGroup', {
      Name: 'lone-tg',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: 'vpc-1',
      TargetType: 'ip',
    }).TargetGroups[0].TargetGroupArn;
    const key = t.register('10.0.0.7', undefined, lone);
    t.engine.store.tx(() => t.engine.store.delete(REGION, 'targetgroup', lone));
    t.probe(key, FAILED);
    expect(t.health(key)).toEqual({
      State: 'initial',
      Reason: 'Elb.RegistrationInProgress',
      Description: 'Target registration is in progress',
    });
    expect(t.woken()).toBe(false);
    t.due(key);
    expect(t.target(key)).toBeUndefined();
    expect(t.woken()).toBe(true);
  });
});
