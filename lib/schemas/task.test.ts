import { describe, expect, it } from 'vitest';
import { parseCommand, parseEnvironment, runTaskSchema, stopTasksSchema } from './task';
import { errorsOf, form } from './testing';

describe('runTaskSchema', () => {
  const base: [string, string][] = [
    ['cluster', 'c'],
    ['taskDefinition', 'job:3'],
    ['networkMode', 'bridge'],
  ];

  it('allows 1 to 10 tasks', () => {
    expect(runTaskSchema.safeParse(form([...base, ['count', '10']])).success).toBe(true);
    expect(errorsOf(runTaskSchema, form([...base, ['count', '11']]))).toEqual({
      count: ['You can run up to 10 tasks at a time.'],
    });
    expect(runTaskSchema.safeParse(form([...base, ['count', '0']])).success).toBe(false);
  });

  it('reads container overrides and rejects bad environment variable names', () => {
    const ok = runTaskSchema.parse(
      form([
        ...base,
        ['count', '1'],
        ['overrides.0.name', 'app'],
        ['overrides.0.command', 'echo,hi'],
        ['overrides.0.environment', 'A=1\nB=x=y'],
      ]),
    );
    expect(ok.overrides[0]).toEqual({ name: 'app', command: 'echo,hi', environment: 'A=1\nB=x=y' });
    const bad = runTaskSchema.safeParse(
      form([...base, ['count', '1'], ['overrides.0.name', 'app'], ['overrides.0.environment', '1BAD=x']]),
    );
    expect(bad.success).toBe(false);
  });
});

describe('override parsing', () => {
  it('splits commands on commas and KEY=value lines on the first =', () => {
    expect(parseCommand('nginx,-g, daemon off;')).toEqual(['nginx', '-g', 'daemon off;']);
    expect(parseEnvironment('A=1\n\n B = x=y \nFLAG')).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: ' x=y' },
      { name: 'FLAG', value: '' },
    ]);
  });
});

describe('stopTasksSchema', () => {
  it('needs at least one task and the typed word stop', () => {
    const one = stopTasksSchema.parse(
      form([
        ['cluster', 'c'],
        ['tasks.0', 'abc'],
        ['confirmation', 'stop'],
      ]),
    );
    expect(one.tasks).toEqual(['abc']);
    expect(
      stopTasksSchema.safeParse(
        form([
          ['cluster', 'c'],
          ['tasks.0', 'abc'],
          ['confirmation', 'Stop'],
        ]),
      ).success,
    ).toBe(false);
  });
});
