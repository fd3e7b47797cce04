// The unit suite as mutation testing runs it (stryker.config.mjs): the same tests, less the ones that cannot tell
// one mutant from another. The fuzz test draws random inputs (its coverage changes from run to run), the crash
// test runs the engine in child processes that Stryker's mutant switch cannot reach, and the layout test reads
// source files, not behaviour.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'lib/ecs-local/fuzz.test.ts',
        'lib/ecs-local/crash.test.ts',
        'lib/ecs-local/layout.test.ts',
      ],
    },
  }),
);
