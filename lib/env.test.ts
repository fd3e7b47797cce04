import { describe, expect, it } from 'vitest';
import { benchEnv, consoleEnv, seedEnv } from './env';

const vars = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe('env readers', () => {
  it('applies bench defaults and coerces numbers', () => {
    const env = benchEnv(vars({ BENCH_RUNS: '3', NEXT_DIST_DIR: '' }));
    expect(env.BENCH_RUNS).toBe(3);
    expect(env.BENCH_CLUSTERS).toBe(1000);
    expect(env.NEXT_DIST_DIR).toBe('.next');
    expect(env.BENCH_ONLY).toBeUndefined();
  });

  it('rejects a bad value with the variable named', () => {
    expect(() => benchEnv(vars({ BENCH_ONLY: 'everything' }))).toThrow(/BENCH_ONLY/);
    expect(() => benchEnv(vars({ BENCH_DURATION_MS: 'soon' }))).toThrow(/BENCH_DURATION_MS/);
    expect(() => seedEnv(vars({ AWS_ENDPOINT_URL_ECS: 'not a url' }))).toThrow(/AWS_ENDPOINT_URL_ECS/);
  });

  it('parses process.env once', () => {
    expect(consoleEnv()).toBe(consoleEnv());
  });
});
