// The unit suite as mutation testing runs it (stryker.config.mjs, scripts/mutation.ts). MUTATION_TESTS (comma
// separated globs) narrows it to one area's tests: a mutant in a module-level constant reruns every test of the
// suite, so that suite must be the area's own. Always left out: the fuzz test draws random inputs (its coverage
// changes from run to run), the crash test runs the engine in child processes that Stryker's mutant switch cannot
// reach, and the layout test reads source files, not behaviour.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const areaTests = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

const config = mergeConfig(
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
// Replaced, not merged (mergeConfig would append the area's globs to the whole suite's).
if (areaTests && config.test) config.test.include = areaTests;

export default config;
