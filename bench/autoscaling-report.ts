// The "## Application Auto Scaling" section of docs/benchmarks.md: what bench/autoscaling.ts measured and how.
import os from 'node:os';

export interface Phase {
  minutes: number;
  /** The process's CPU (user + system) per simulated minute, ms. */
  cpuMsPerMinute: number;
  worstMinuteMs: number;
  /** Of which inside the auto scaling and alarm scheduler steps, ms per minute. */
  evaluationMsPerMinute: number;
}

export interface AutoScalingReport {
  services: number;
  alarms: number;
  seedSeconds: number;
  without: Phase;
  with: Phase;
  outcome: { hotAtMax: number; coldAtMin: number; steadyUnchanged: number; activities: number };
  loadAtStart: string;
}

/** CPU ms per minute as a share of one core. */
const share = (msPerMinute: number) => `${((msPerMinute / 60_000) * 100).toFixed(2)} %`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export function formatAutoScalingReport(r: AutoScalingReport): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const added = r.with.cpuMsPerMinute - r.without.cpuMsPerMinute;
  const hot = r.services / 20;
  return `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:autoscaling\` on ${os.cpus().length} × ${cpu}, Node ${process.version}, load average at start ${r.loadAtStart}
(the machine is shared, so figures move from run to run). The engine runs in the bench's process on a fake clock with
its store in a temporary file; the scheduler runs as the server's loop does (every simulated second), minute after minute.

${r.services.toLocaleString('en-US')} ECS services (one task each, 200 per cluster, created in ${r.seedSeconds.toFixed(1)} s) each get a scalable target
(min 1, max 3) and a target tracking policy on ECSServiceAverageCPUUtilization at 50 %, which creates ${r.alarms.toLocaleString('en-US')} CloudWatch
alarms. 90 % of the services run at their target; ${hot} run at 90 % CPU (they scale out to 3 and stay pinned at the
maximum) and ${hot} at 10 % (they start at 3 tasks and scale in to 1). The same services were first measured ${r.without.minutes} minutes without auto
scaling, then ${r.with.minutes} minutes with it.

| | process CPU per simulated minute | worst minute | share of one core |
|---|---|---|---|
| without auto scaling | ${r.without.cpuMsPerMinute.toFixed(0)} ms | ${r.without.worstMinuteMs.toFixed(0)} ms | ${share(r.without.cpuMsPerMinute)} |
| with auto scaling | ${r.with.cpuMsPerMinute.toFixed(0)} ms | ${r.with.worstMinuteMs.toFixed(0)} ms | ${share(r.with.cpuMsPerMinute)} |

- Evaluation (the \`scalable-target\`, \`scheduled-action\`, \`scaling-activity\` and \`alarm\` scheduler steps themselves):
  ${r.with.evaluationMsPerMinute.toFixed(0)} ms per minute, **${share(r.with.evaluationMsPerMinute)} of one core** on average: goal < 5 % (${verdict(r.with.evaluationMsPerMinute / 60_000 < 0.05)}).
- Everything auto scaling added to the process, transactions and the extra tasks of the services it scaled out included:
  ${added.toFixed(0)} ms per minute, ${share(added)} of one core.
- Outcome after the run: ${r.outcome.hotAtMax} of ${hot} hot services at their maximum, ${r.outcome.coldAtMin} of ${hot} cold ones at their minimum,
  ${r.outcome.steadyUnchanged} of ${r.services - 2 * hot} steady ones unchanged; ${r.outcome.activities} scaling activities recorded.

Rerun: \`npm run bench:autoscaling\` (BENCH_AUTOSCALING_SERVICES, BENCH_AUTOSCALING_MINUTES change the sizes; BENCH_DOCS_FILE
where the section goes).`;
}
