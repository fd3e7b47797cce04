// Scheduled actions on the fake clock: at their time the target's minimum and maximum change (an activity in AWS's
// words) and the desired count follows into the new bounds; suspension skips a run; updates keep what they omit.
import { beforeEach, describe, expect, it } from 'vitest';
import { aas, activities, ecsTarget, runningService } from '../../testing/autoscaling';
import { START } from '../../testing/engine';
import { describeService, type Fixture, setup } from '../../testing/services';

let f: Fixture;
const MINUTE = 60_000;
const at = (ms: number) => f.engine.advance(START + ms - f.clock.now());
const desired = () => describeService(f.engine, 'web').desiredCount;
const target = () =>
  aas<{ ScalableTargets: { MinCapacity: number; MaxCapacity: number }[] }>(f.engine, 'DescribeScalableTargets', {
    ServiceNamespace: 'ecs',
  }).ScalableTargets[0];

beforeEach(() => {
  f = setup();
  runningService(f.engine, 'web', 2);
  aas(f.engine, 'RegisterScalableTarget', { ...ecsTarget(), MinCapacity: 1, MaxCapacity: 4 });
});

describe('PutScheduledAction', () => {
  it('at(): sets min and max at its time in its zone, and the service scales out to the new minimum', () => {
    // 01:10 in Paris (UTC+1 in January) is 00:10 UTC.
    aas(f.engine, 'PutScheduledAction', {
      ...ecsTarget(),
      ScheduledActionName: 'morning',
      Schedule: 'at(2026-01-01T01:10:00)',
      Timezone: 'Europe/Paris',
      ScalableTargetAction: { MinCapacity: 3, MaxCapacity: 6 },
    });
    at(9 * MINUTE + 59_000);
    expect(target()).toMatchObject({ MinCapacity: 1, MaxCapacity: 4 });
    at(10 * MINUTE + 1_000);
    expect(target()).toMatchObject({ MinCapacity: 3, MaxCapacity: 6 });
    expect(desired()).toBe(3);
    const [bounds, scheduled] = activities(f.engine);
    expect(scheduled).toMatchObject({
      Description: 'Setting min capacity to 3 and max capacity to 6',
      Cause: 'scheduled action name morning was triggered',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set min capacity to 3 and max capacity to 6',
    });
    expect(bounds).toMatchObject({ Description: 'Setting desired count to 3.', Cause: 'minimum capacity was set to 3' });
    const { ScheduledActions } = aas<{ ScheduledActions: object[] }>(f.engine, 'DescribeScheduledActions', {
      ServiceNamespace: 'ecs',
      ResourceId: 'service/demo/web',
    });
    expect(ScheduledActions).toEqual([
      {
        ScheduledActionName: 'morning',
        ScheduledActionARN: expect.stringMatching(
          /^arn:aws:autoscaling:us-east-1:000000000000:scheduledAction:[0-9a-f-]{36}:resource\/ecs\/service\/demo\/web:scheduledActionName\/morning$/,
        ),
        ServiceNamespace: 'ecs',
        Schedule: 'at(2026-01-01T01:10:00)',
        Timezone: 'Europe/Paris',
        ResourceId: 'service/demo/web',
        ScalableDimension: 'ecs:service:DesiredCount',
        ScalableTargetAction: { MinCapacity: 3, MaxCapacity: 6 },
        CreationTime: START / 1000 + 30,
      },
    ]);
  });

  it('rate(): runs again and again; a max below the desired count scales in to it', () => {
    aas(f.engine, 'PutScheduledAction', {
      ...ecsTarget(),
      ScheduledActionName: 'cap',
      Schedule: 'rate(5 minutes)',
      ScalableTargetAction: { MaxCapacity: 1 },
    });
    at(5 * MINUTE + 31_000);
    expect(desired()).toBe(1);
    expect(activities(f.engine).map((a) => a.Cause)).toEqual([
      'maximum capacity was set to 1',
      'scheduled action name cap was triggered',
    ]);
    at(10 * MINUTE + 31_000);
    expect(activities(f.engine).filter((a) => a.Cause === 'scheduled action name cap was triggered')).toHaveLength(2);
  });

  it('is skipped while ScheduledScalingSuspended, and an update keeps what it leaves out', () => {
    aas(f.engine, 'RegisterScalableTarget', { ...ecsTarget(), SuspendedState: { ScheduledScalingSuspended: true } });
    aas(f.engine, 'PutScheduledAction', {
      ...ecsTarget(),
      ScheduledActionName: 'nightly',
      Schedule: 'cron(0 * * * ? *)',
      ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 2 },
    });
    aas(f.engine, 'PutScheduledAction', { ...ecsTarget(), ScheduledActionName: 'nightly', Timezone: 'Asia/Tokyo' });
    at(61 * MINUTE);
    expect(target()).toMatchObject({ MinCapacity: 1, MaxCapacity: 4 });
    const [action] = aas<{ ScheduledActions: { Schedule: string; Timezone: string; ScalableTargetAction: object }[] }>(
      f.engine,
      'DescribeScheduledActions',
      { ServiceNamespace: 'ecs', ScheduledActionNames: ['nightly'] },
    ).ScheduledActions;
    expect(action).toMatchObject({
      Schedule: 'cron(0 * * * ? *)',
      Timezone: 'Asia/Tokyo',
      ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 2 },
    });
  });

  it('refuses what AWS refuses, naming what to change', () => {
    const put = (input: object) => () =>
      aas(f.engine, 'PutScheduledAction', { ...ecsTarget(), ScheduledActionName: 'x', Schedule: 'rate(1 hour)', ...input });
    expect(put({ ScheduledActionName: 'a/b' })).toThrow(/cannot contain colons \(:\), slashes \(\/\)/);
    expect(put({ Schedule: undefined, ScheduledActionName: 'new' })).toThrow(
      'Schedule is required to create a scheduled action.',
    );
    expect(put({ StartTime: START / 1000 + 100, EndTime: START / 1000 })).toThrow('StartTime must be before EndTime.');
    expect(put({ ScalableTargetAction: { MinCapacity: 5, MaxCapacity: 2 } })).toThrow(
      'Minimum capacity cannot be greater than maximum capacity (5 > 2).',
    );
    expect(put({ ResourceId: 'service/demo/other' })).toThrow(
      'No scalable target registered for service namespace: ecs, resource ID: service/demo/other, scalable dimension: ecs:service:DesiredCount',
    );
    expect(() => aas(f.engine, 'DeleteScheduledAction', { ...ecsTarget(), ScheduledActionName: 'missing' })).toThrow(
      'No scheduled action found for service namespace: ecs, resource ID: service/demo/web, scalable dimension: ecs:service:DesiredCount, scheduled action name: missing',
    );
  });
});
