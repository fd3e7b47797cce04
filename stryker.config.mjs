// Mutation testing (`npm run test:mutation`, docs/testing.md): StrykerJS changes one thing at a time in the files
// below (an operator, a constant, a condition) and runs the Vitest tests that reach it; a change no test notices
// is a test missing. Only code where a one-line slip changes what users get is listed here.
//
// `npm run test:mutation` (scripts/mutation.ts) runs Stryker once per area of `mutationTargets`, with Vitest narrowed
// to that area's tests (MUTATION_TESTS, read by vitest.mutation.config.ts); `-- --changed <git ref>` mutates only the
// files changed since the ref (what CI does). To cover a new module, add an area.

/**
 * What is mutated, by area, and the tests that must notice: `mutate` globs (test files and test helpers, `testing.ts`
 * and `testing/`, never are) and `tests`, the test files Vitest runs for that area's mutants. Keeping each area to
 * its own tests keeps a run short (a mutant in a module-level constant reruns every test of its area) and shows that
 * the area's own tests catch its slips.
 */
export const mutationTargets = {
  // Pure ECS facts shared by the engine and the console: Fargate sizes, limits, names, task definition rules.
  ecsRules: {
    mutate: ['lib/ecs-rules/**/*.ts'],
    tests: ['lib/ecs-rules/**/*.test.ts', 'lib/schemas/**/*.test.ts', 'lib/task-definition-form/**/*.test.ts'],
  },
  // The console's form schemas, typed confirmations included.
  schemas: {
    mutate: ['lib/schemas/**/*.ts'],
    tests: ['lib/schemas/**/*.test.ts', 'lib/task-definition-form/**/*.test.ts'],
  },
  // The engine's deployments, circuit breaker and scheduling (rolling, DAEMON, the reconciler), where tasks go and
  // how they move through their states.
  engine: {
    mutate: [
      'lib/ecs-local/ecs/services/scheduler/*.ts',
      'lib/ecs-local/ecs/services/deployments.ts',
      'lib/ecs-local/ecs/tasks/placement.ts',
      'lib/ecs-local/ecs/tasks/transitions.ts',
    ],
    tests: [
      'lib/ecs-local/ecs/services/**/*.test.ts',
      'lib/ecs-local/ecs/tasks/**/*.test.ts',
      'lib/ecs-local/ecs/container-instances/**/*.test.ts',
      'lib/ecs-local/runtime/**/*.test.ts',
    ],
  },
  // Application Auto Scaling's policy evaluation: what each policy wishes, the one change of the desired count it
  // becomes (cooldowns, bounds, suspensions), and the scaling activities that record it.
  autoScaling: {
    mutate: ['lib/ecs-local/autoscaling/evaluation/*.ts'],
    tests: ['lib/ecs-local/autoscaling/**/*.test.ts'],
  },
  // CloudWatch Logs filter patterns (FilterLogEvents): terms, JSON and space-delimited patterns, and the SQL prefilter
  // that lets SQLite skip rows.
  logFilters: {
    mutate: [
      'lib/ecs-local/logs/filter-pattern.ts',
      'lib/ecs-local/logs/filter-json.ts',
      'lib/ecs-local/logs/filter-space.ts',
      'lib/ecs-local/logs/filter-values.ts',
    ],
    tests: ['lib/ecs-local/logs/**/*.test.ts'],
  },
  // ELBv2 target health: a target's state and reason from its health checks.
  elbv2Health: {
    mutate: ['lib/ecs-local/elbv2/targets/health.ts'],
    tests: ['lib/ecs-local/elbv2/**/*.test.ts'],
  },
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [...Object.values(mutationTargets).flatMap((t) => t.mutate), '!**/*.test.ts', '!**/testing.ts', '!**/testing/**'],
  // One sandbox per core; the engine's scheduler tests are CPU-bound.
  concurrency: 2,
  // A mutant can turn a scheduler loop into one that never settles: those time out (and count as detected).
  timeoutMS: 30_000,
  // scripts/mutation.ts fails a run when an area scores under `low` (the goal: 85%).
  thresholds: { high: 90, low: 85, break: null },
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Other runs' sandboxes (.stryker-tmp-*) too: copying one another runner's sandbox while it is removed fails the run.
  ignorePatterns: ['.next', '.data', 'test-results', 'playwright-report', 'reports', 'e2e', 'bench', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
