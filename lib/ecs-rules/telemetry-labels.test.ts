import { describe, expect, it } from 'vitest';
import { parseLogLines, parseUsage, TELEMETRY_LABELS, telemetryLabelProblems } from './telemetry-labels';

const cpu = (value: string) => ({ [TELEMETRY_LABELS.cpuPercent]: value });
const memory = (value: string) => ({ [TELEMETRY_LABELS.memoryPercent]: value });

describe('telemetry labels', () => {
  it('are named ecs-local.*', () => {
    expect(TELEMETRY_LABELS).toEqual({
      log: 'ecs-local.log',
      cpuPercent: 'ecs-local.cpu-percent',
      memoryPercent: 'ecs-local.memory-percent',
    });
  });

  it('ask for nothing when absent', () => {
    expect(parseUsage(undefined)).toEqual({ cpu: undefined, memory: undefined });
    expect(parseUsage({})).toEqual({ cpu: undefined, memory: undefined });
    expect(telemetryLabelProblems(undefined)).toEqual([]);
    expect(telemetryLabelProblems({ other: 'x' })).toEqual([]);
  });

  it('read a CPU percentage from 0 to 400 and a memory percentage from 0 to 100', () => {
    expect(parseUsage({ ...cpu('400'), ...memory('100') })).toEqual({ cpu: 400, memory: 100 });
    expect(parseUsage({ ...cpu('0'), ...memory('0') })).toEqual({ cpu: 0, memory: 0 });
    expect(parseUsage({ ...cpu('12.5'), ...memory('87.25') })).toEqual({ cpu: 12.5, memory: 87.25 });
    expect(parseUsage({ ...cpu(' 150 '), ...memory('\t60\t') })).toEqual({ cpu: 150, memory: 60 });
    expect(parseUsage(cpu('250')).cpu).toBe(250);
    expect(telemetryLabelProblems({ ...cpu('400'), ...memory('100') })).toEqual([]);
    expect(telemetryLabelProblems({ ...cpu(' 12.5 '), ...memory('0') })).toEqual([]);
  });

  it('ignore values out of range or not plain numbers, and say so', () => {
    for (const value of ['400.5', '401', '-1', '1e2', '.5', '5.', 'abc', '', '50%', '5 0', 'x50', '50x']) {
      expect(parseUsage(cpu(value)).cpu, value).toBeUndefined();
      expect(telemetryLabelProblems(cpu(value)), value).toEqual([
        `Docker label ecs-local.cpu-percent must be a number from 0 to 400; got '${value}'.`,
      ]);
    }
    for (const value of ['100.1', '101', '250']) {
      expect(parseUsage(memory(value)).memory, value).toBeUndefined();
      expect(telemetryLabelProblems(memory(value)), value).toEqual([
        `Docker label ecs-local.memory-percent must be a number from 0 to 100; got '${value}'.`,
      ]);
    }
    expect(telemetryLabelProblems({ ...cpu('lots'), ...memory('all') })).toEqual([
      "Docker label ecs-local.cpu-percent must be a number from 0 to 400; got 'lots'.",
      "Docker label ecs-local.memory-percent must be a number from 0 to 100; got 'all'.",
    ]);
  });

  it('split the start-up log on real or written line breaks, dropping empty lines and trailing spaces', () => {
    const log = (text: string) => parseLogLines({ [TELEMETRY_LABELS.log]: text });
    expect(parseLogLines(undefined)).toEqual([]);
    expect(parseLogLines({})).toEqual([]);
    expect(log('')).toEqual([]);
    expect(log('ready')).toEqual(['ready']);
    expect(log('starting\nlistening on 80')).toEqual(['starting', 'listening on 80']);
    expect(log('starting\r\nready')).toEqual(['starting', 'ready']);
    expect(log('starting\\nready')).toEqual(['starting', 'ready']);
    expect(log('a  \n\n   \n  b\t\n')).toEqual(['a', '  b']);
    expect(log('a\rb')).toEqual(['a\rb']);
  });
});
