// When a scheduled action runs: `at(yyyy-mm-ddThh:mm:ss)` once, `rate(<n> minute|minutes|hour|hours|day|days)`
// from its StartTime (else from when it was created), or `cron(...)` (cron.ts), the wall-clock times of at and cron
// read in the action's Timezone (IANA names; UTC by default), never before StartTime nor after EndTime.
// Differs from AWS: Joda-only zone names that the IANA database lacks are refused.
import { validation } from '../common/errors';
import { type Cron, dayMatches, daysInMonth, parseCron } from './cron';

const MINUTE = 60_000;
const RATE_UNITS: Record<string, number> = { minute: MINUTE, hour: 60 * MINUTE, day: 24 * 60 * MINUTE };

export type Schedule = { kind: 'at'; local: LocalTime } | { kind: 'rate'; everyMs: number } | { kind: 'cron'; cron: Cron };

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ScheduleWindow {
  /** Epoch ms. */
  start?: number;
  end?: number;
  /** Where a rate without a start counts from (the action's creation). */
  created: number;
  timezone: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timezone: string): Intl.DateTimeFormat {
  let f = formats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timezone, f);
  }
  return f;
}

/** Checks a time zone name (ValidationException naming it when unknown); returns its canonical name. */
export function checkTimezone(timezone: string): string {
  try {
    return format(timezone).resolvedOptions().timeZone;
  } catch {
    throw validation(`Invalid Timezone ${timezone}: use an IANA time zone name such as UTC, Europe/Paris or America/New_York.`);
  }
}

/** The wall-clock time in `timezone` at `utc`. */
export function localTime(utc: number, timezone: string): LocalTime {
  const parts = Object.fromEntries(
    format(timezone)
      .formatToParts(utc)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function asUtc(t: LocalTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** The instant a wall-clock time in `timezone` names (around a DST change, the offset in force just before it). */
export function zonedToUtc(t: LocalTime, timezone: string): number {
  const guess = asUtc(t);
  const offset = asUtc(localTime(guess, timezone)) - guess;
  const first = guess - offset;
  const second = asUtc(localTime(first, timezone)) - first;
  return second === offset ? first : guess - second;
}

export function parseSchedule(expression: string): Schedule {
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expression);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
      throw validation(`Invalid at expression ${expression}: not a date and time.`);
    return { kind: 'at', local: { year, month, day, hour, minute, second } };
  }
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    if (n < 1) throw validation(`Invalid rate expression ${expression}: the value must be a positive integer.`);
    return { kind: 'rate', everyMs: n * RATE_UNITS[rate[2].replace(/s$/, '')] };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return { kind: 'cron', cron: parseCron(cron[1], expression) };
  throw validation(
    `Invalid Schedule ${expression}: use at(yyyy-mm-ddThh:mm:ss), rate(<value> <minute|minutes|hour|hours|day|days>) or cron(<minutes> <hours> <day-of-month> <month> <day-of-week> <year>).`,
  );
}

function nextCron(cron: Cron, after: number, timezone: string): number | undefined {
  const from = localTime(after, timezone);
  let { year, month, day } = from;
  const hours = [...cron.hours].sort((a, b) => a - b);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  for (let guard = 0; guard < 100_000; guard++) {
    if (year > 2199) return undefined;
    if (!cron.years.has(year)) {
      [year, month, day] = [year + 1, 1, 1];
      continue;
    }
    if (!cron.months.has(month) || day > daysInMonth(year, month)) {
      [month, day] = [month + 1, 1];
      if (month > 12) [year, month] = [year + 1, 1];
      continue;
    }
    if (dayMatches(cron, year, month, day))
      for (const hour of hours)
        for (const minute of minutes) {
          const at = zonedToUtc({ year, month, day, hour, minute, second: 0 }, timezone);
          if (at > after) return at;
        }
    day++;
  }
  return undefined;
}

/** The first run strictly after `after` within the window, or undefined when there is none. */
export function nextRun(schedule: Schedule, window: ScheduleWindow, after: number): number | undefined {
  const notBefore = Math.max(after, (window.start ?? Number.NEGATIVE_INFINITY) - 1);
  let at: number | undefined;
  if (schedule.kind === 'at') {
    const once = zonedToUtc(schedule.local, window.timezone);
    at = once > notBefore ? once : undefined;
  } else if (schedule.kind === 'rate') {
    const anchor = window.start ?? window.created;
    const first = window.start === undefined ? 1 : 0;
    const k = Math.max(first, Math.floor((notBefore - anchor) / schedule.everyMs) + 1);
    at = anchor + k * schedule.everyMs;
  } else at = nextCron(schedule.cron, notBefore, window.timezone);
  return at !== undefined && (window.end === undefined || at <= window.end) ? at : undefined;
}
