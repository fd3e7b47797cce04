// AWS cron expressions as scheduled actions take them: `cron(minutes hours day-of-month month day-of-week year)`,
// with `*`, `,`, `-`, `/`, names (JAN-DEC, SUN-SAT; Sunday is 1), `?` in exactly one of the day fields, `L` (last
// day of the month, or `5L` the last Thursday), `W` (`15W` the weekday nearest the 15th, `LW` the last weekday) and
// `#` (`2#1` the first Monday). Pure: the time zone is applied by schedule.ts.
import { validation } from '../common/errors';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldRule[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'year', min: 1970, max: 2199 },
];

/** A day rule that depends on the month: the last day (minus an offset), a weekday near a date, an nth weekday. */
type DaySpecial =
  | { kind: 'last-day'; offset: number }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number }
  | { kind: 'last-of-weekday'; weekday: number }
  | { kind: 'nth-weekday'; weekday: number; nth: number };

export interface Cron {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  /** undefined when the field is `?`. */
  daysOfMonth?: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek?: ReadonlySet<number>;
  years: ReadonlySet<number>;
  special?: DaySpecial;
}

function bad(expression: string, why: string): Error {
  return validation(`Invalid cron expression ${expression}: ${why}.`);
}

function numberIn(text: string, rule: FieldRule, expression: string): number {
  const named = rule.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= rule.min && n <= rule.max))
    throw bad(expression, `${rule.name} takes values from ${rule.min} to ${rule.max}, not ${text}`);
  return n;
}

function values(field: string, rule: FieldRule, expression: string): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : 0;
    if (step < 1) throw bad(expression, `${rule.name} has a step that is not a positive number: ${part}`);
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [rule.min, rule.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [from, to] = [numberIn(a, rule, expression), numberIn(b, rule, expression)];
      if (from > to) throw bad(expression, `${rule.name} has a range that runs backwards: ${range}`);
    } else {
      from = numberIn(range, rule, expression);
      to = stepText === undefined ? from : rule.max;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function dayOfMonth(field: string, expression: string): { days?: Set<number>; special?: DaySpecial } {
  if (field === 'L') return { special: { kind: 'last-day', offset: 0 } };
  if (field === 'LW') return { special: { kind: 'last-weekday' } };
  const lastMinus = /^L-(\d+)$/.exec(field);
  if (lastMinus) return { special: { kind: 'last-day', offset: Number(lastMinus[1]) } };
  const nearest = /^(\d+)W$/.exec(field);
  if (nearest) return { special: { kind: 'nearest-weekday', day: numberIn(nearest[1], FIELDS[2], expression) } };
  return { days: values(field, FIELDS[2], expression) };
}

function dayOfWeek(field: string, expression: string): { days?: Set<number>; special?: DaySpecial } {
  if (field === 'L') return { days: new Set([7]) };
  const last = /^(\w+)L$/.exec(field);
  if (last) return { special: { kind: 'last-of-weekday', weekday: numberIn(last[1], FIELDS[4], expression) } };
  const nth = /^(\w+)#([1-5])$/.exec(field);
  if (nth) return { special: { kind: 'nth-weekday', weekday: numberIn(nth[1], FIELDS[4], expression), nth: Number(nth[2]) } };
  return { days: values(field, FIELDS[4], expression) };
}

/** Parses the inside of `cron(...)`; `expression` is the whole schedule, for messages. */
export function parseCron(body: string, expression: string): Cron {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6)
    throw bad(expression, `it needs six fields (minutes hours day-of-month month day-of-week year), not ${fields.length}`);
  const [min, hour, dom, month, dow, year] = fields;
  if ((dom === '?') === (dow === '?'))
    throw bad(expression, 'use ? in exactly one of day-of-month and day-of-week (e.g. cron(0 9 * * ? *))');
  const byMonth = dom === '?' ? {} : dayOfMonth(dom, expression);
  const byWeek = dow === '?' ? {} : dayOfWeek(dow, expression);
  return {
    minutes: values(min, FIELDS[0], expression),
    hours: values(hour, FIELDS[1], expression),
    daysOfMonth: byMonth.days,
    months: values(month, FIELDS[3], expression),
    daysOfWeek: byWeek.days,
    years: values(year, FIELDS[5], expression),
    special: byMonth.special ?? byWeek.special,
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 (Sunday) to 7 (Saturday), as AWS cron counts. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function nearestWeekday(year: number, month: number, day: number): number {
  const last = daysInMonth(year, month);
  const d = Math.min(day, last);
  const w = weekday(year, month, d);
  if (w === 7) return d > 1 ? d - 1 : d + 2;
  if (w === 1) return d < last ? d + 1 : d - 2;
  return d;
}

/** Whether the cron's day fields select this date. */
export function dayMatches(cron: Cron, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  const special = cron.special;
  if (special) {
    switch (special.kind) {
      case 'last-day':
        return day === last - special.offset;
      case 'last-weekday':
        return day === nearestWeekday(year, month, last);
      case 'nearest-weekday':
        return day === nearestWeekday(year, month, special.day);
      case 'last-of-weekday':
        return weekday(year, month, day) === special.weekday && day + 7 > last;
      case 'nth-weekday':
        return weekday(year, month, day) === special.weekday && Math.ceil(day / 7) === special.nth;
    }
  }
  if (cron.daysOfMonth) return cron.daysOfMonth.has(day);
  return cron.daysOfWeek?.has(weekday(year, month, day)) ?? false;
}
