// Schedules as PutScheduledAction takes them: at, rate and cron expressions, read in a time zone, inside the
// action's window; and the ValidationException each malformed one gets.
import { describe, expect, it } from 'vitest';
import { AutoScalingError } from '../common/errors';
import { checkTimezone, nextRun, parseSchedule } from './schedule';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function next(
  expression: string,
  after: string,
  window: { start?: string; end?: string; timezone?: string; created?: string } = {},
) {
  return iso(
    nextRun(
      parseSchedule(expression),
      {
        start: window.start ? utc(window.start) : undefined,
        end: window.end ? utc(window.end) : undefined,
        created: utc(window.created ?? after),
        timezone: window.timezone ?? 'UTC',
      },
      utc(after),
    ),
  );
}

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AutoScalingError) return `${err.type}: ${err.message}`;
    throw err;
  }
  throw new Error('expected a ValidationException');
}

describe('at()', () => {
  it('runs once, at the wall-clock time of its zone', () => {
    expect(next('at(2026-03-01T09:30:00)', '2026-01-01T00:00:00Z')).toBe('2026-03-01T09:30:00.000Z');
    expect(next('at(2026-03-01T09:30:00)', '2026-01-01T00:00:00Z', { timezone: 'America/New_York' })).toBe(
      '2026-03-01T14:30:00.000Z',
    );
    expect(next('at(2026-07-01T09:30:00)', '2026-01-01T00:00:00Z', { timezone: 'Europe/Paris' })).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(next('at(2026-03-01T09:30:00)', '2026-03-01T09:30:00Z')).toBeUndefined();
  });
});

describe('rate()', () => {
  it('repeats from the creation time, or from StartTime, until EndTime', () => {
    expect(next('rate(5 minutes)', '2026-01-01T00:00:00Z')).toBe('2026-01-01T00:05:00.000Z');
    expect(next('rate(1 hour)', '2026-01-01T00:59:00Z', { created: '2026-01-01T00:00:00Z' })).toBe('2026-01-01T01:00:00.000Z');
    expect(next('rate(2 days)', '2026-01-01T00:00:00Z', { start: '2026-01-10T06:00:00Z' })).toBe('2026-01-10T06:00:00.000Z');
    expect(next('rate(2 days)', '2026-01-10T06:00:00Z', { start: '2026-01-10T06:00:00Z' })).toBe('2026-01-12T06:00:00.000Z');
    expect(
      next('rate(2 days)', '2026-01-10T06:00:00Z', { start: '2026-01-10T06:00:00Z', end: '2026-01-11T00:00:00Z' }),
    ).toBeUndefined();
  });
});

describe('cron()', () => {
  it('every day at 09:00 in the zone, across a daylight saving change', () => {
    expect(next('cron(0 9 * * ? *)', '2026-01-01T10:00:00Z')).toBe('2026-01-02T09:00:00.000Z');
    // New York moves to EDT on 8 March 2026: 09:00 is 14:00Z before, 13:00Z after.
    expect(next('cron(0 9 * * ? *)', '2026-03-07T15:00:00Z', { timezone: 'America/New_York' })).toBe('2026-03-08T13:00:00.000Z');
    expect(next('cron(0 9 * * ? *)', '2026-03-06T15:00:00Z', { timezone: 'America/New_York' })).toBe('2026-03-07T14:00:00.000Z');
  });

  it('takes steps, ranges, lists and names', () => {
    expect(next('cron(*/15 * * * ? *)', '2026-01-01T00:07:00Z')).toBe('2026-01-01T00:15:00.000Z');
    expect(next('cron(0 8-10 ? * MON-FRI *)', '2026-01-02T10:30:00Z')).toBe('2026-01-05T08:00:00.000Z'); // Fri → Mon
    expect(next('cron(30 18 ? * 1,7 *)', '2026-01-01T00:00:00Z')).toBe('2026-01-03T18:30:00.000Z'); // Saturday
    expect(next('cron(0 0 1 JAN,JUL ? 2027)', '2026-01-01T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('takes L, W and #', () => {
    expect(next('cron(0 12 L * ? *)', '2026-02-01T00:00:00Z')).toBe('2026-02-28T12:00:00.000Z');
    expect(next('cron(0 12 LW * ? *)', '2026-05-01T00:00:00Z')).toBe('2026-05-29T12:00:00.000Z'); // 31 May is a Sunday
    expect(next('cron(0 12 15W * ? *)', '2026-08-01T00:00:00Z')).toBe('2026-08-14T12:00:00.000Z'); // 15 Aug is a Saturday
    expect(next('cron(0 12 ? * 2#1 *)', '2026-01-01T00:00:00Z')).toBe('2026-01-05T12:00:00.000Z'); // first Monday
    expect(next('cron(0 12 ? * 6L *)', '2026-01-01T00:00:00Z')).toBe('2026-01-30T12:00:00.000Z'); // last Friday
  });

  it('stops at the end of its years', () => {
    expect(next('cron(0 0 1 1 ? 2025)', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});

describe('bad schedules', () => {
  it('are ValidationException naming what to change', () => {
    expect(problem(() => parseSchedule('every 5 minutes'))).toMatch(
      /^ValidationException: Invalid Schedule every 5 minutes: use at\(yyyy-mm-ddThh:mm:ss\), rate/,
    );
    expect(problem(() => parseSchedule('cron(0 9 * * * *)'))).toBe(
      'ValidationException: Invalid cron expression cron(0 9 * * * *): use ? in exactly one of day-of-month and day-of-week (e.g. cron(0 9 * * ? *)).',
    );
    expect(problem(() => parseSchedule('cron(0 9 * *)'))).toMatch(/it needs six fields .*, not 4\.$/);
    expect(problem(() => parseSchedule('cron(61 9 * * ? *)'))).toMatch(/minutes takes values from 0 to 59, not 61\.$/);
    expect(problem(() => parseSchedule('at(2026-02-30T00:00:00)'))).toBe(
      'ValidationException: Invalid at expression at(2026-02-30T00:00:00): not a date and time.',
    );
    expect(problem(() => parseSchedule('rate(0 minutes)'))).toMatch(/the value must be a positive integer/);
    expect(problem(() => checkTimezone('Mars/Olympus'))).toMatch(
      /^ValidationException: Invalid Timezone Mars\/Olympus: use an IANA/,
    );
    expect(checkTimezone('Europe/Paris')).toBe('Europe/Paris');
  });
});
