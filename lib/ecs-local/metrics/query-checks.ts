// What GetMetricData and GetMetricStatistics both check: periods and time ranges, in CloudWatch's words.
import { MINUTE } from './datapoints';
import { invalidValue } from './errors';

/** A period in seconds: a multiple of 60 (the engine keeps one-minute data, so no high-resolution periods). */
export function checkPeriod(seconds: number, member: string): number {
  if (!Number.isInteger(seconds) || seconds < 60 || seconds % 60 !== 0)
    throw invalidValue(
      `The parameter ${member} must be a multiple of 60 (got ${seconds}); the local engine keeps one-minute data.`,
    );
  return seconds;
}

/** Epoch seconds in, epoch ms out: the start rounded down to its minute (inclusive), the end exclusive. */
export function timeRange(startSeconds: number, endSeconds: number): { start: number; end: number } {
  const start = Math.floor((startSeconds * 1000) / MINUTE) * MINUTE;
  const end = endSeconds * 1000;
  if (!(endSeconds > startSeconds)) throw invalidValue('The parameter StartTime must be less than the parameter EndTime.');
  return { start, end };
}
