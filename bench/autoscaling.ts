// `npm run bench:autoscaling`: what Application Auto Scaling costs the engine. 2,000 ECS services (one task each,
// 200 per cluster) each get a scalable target and a target tracking policy on CPU (two CloudWatch alarms each); 90 %
// run at their target, 5 % above it (they scale out to their maximum, then stay pinned there) and 5 % below it
// (they scale in to their minimum). On a fake clock the scheduler runs as the server's loop would, minute after
// minute; the CPU the process spends is measured per simulated minute, first without auto scaling (the same
// services, the ECS and metrics work alone), then with it. Writes docs/benchmarks.md "## Application Auto Scaling".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoscaling } from '../lib/ecs-local/autoscaling';
import { FakeClock } from '../lib/ecs-local/core/clock';
import { Engine } from '../lib/ecs-local/engine';
import { benchEnv } from '../lib/env';
import { formatAutoScalingReport, type Phase } from './autoscaling-report';
import { writeSection } from './console-support';
import { loadAverage } from './engine-report';

const env = benchEnv();
const DOC = path.resolve(__dirname, '..', env.BENCH_DOCS_FILE);
const MINUTE = 60_000;
const PER_CLUSTER = 200;
/** The scheduler steps auto scaling adds: its own three and the CloudWatch alarms its policies create. */
const EVALUATION_KINDS = ['scalable-target', 'scheduled-action', 'scaling-activity', 'alarm'] as const;

const loadOf = (i: number) => (i % 20 === 0 ? 'hot' : i % 20 === 1 ? 'cold' : 'steady');
const CPU = { steady: '50', hot: '90', cold: '10' } as const;
const where = (i: number) => ({ cluster: `bench-${Math.floor(i / PER_CLUSTER)}`, service: `svc-${i}` });

function seed(engine: Engine, services: number): number {
  const started = performance.now();
  for (const [load, cpu] of Object.entries(CPU))
    engine.call('RegisterTaskDefinition', {
      family: load,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: 'nginx:latest', essential: true, dockerLabels: { 'ecs-local.cpu-percent': cpu } },
      ],
    });
  for (let c = 0; c * PER_CLUSTER < services; c++) engine.call('CreateCluster', { clusterName: `bench-${c}` });
  for (let i = 0; i < services; i++) {
    const { cluster, service } = where(i);
    engine.call('CreateService', {
      cluster,
      serviceName: service,
      taskDefinition: loadOf(i),
      desiredCount: loadOf(i) === 'cold' ? 3 : 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
    });
  }
  return (performance.now() - started) / 1000;
}

function registerPolicies(engine: Engine, services: number): void {
  for (let i = 0; i < services; i++) {
    const { cluster, service } = where(i);
    const target = {
      ServiceNamespace: 'ecs',
      ResourceId: `service/${cluster}/${service}`,
      ScalableDimension: 'ecs:service:DesiredCount',
    };
    engine.callService(autoscaling, 'RegisterScalableTarget', { ...target, MinCapacity: 1, MaxCapacity: 3 });
    engine.callService(autoscaling, 'PutScalingPolicy', {
      ...target,
      PolicyName: 'cpu50',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ScaleInCooldown: 60,
        ScaleOutCooldown: 60,
      },
    });
  }
}

/** Wraps the evaluation steps so their own CPU is counted (the transaction around each is not in it). */
function timeEvaluation(engine: Engine): { micros: number } {
  const spent = { micros: 0 };
  const scheduler = engine.scheduler as Record<string, (ctx: never, id: string) => void>;
  for (const kind of EVALUATION_KINDS) {
    const handler = scheduler[kind];
    scheduler[kind] = (ctx, id) => {
      const before = process.cpuUsage();
      try {
        handler(ctx, id);
      } finally {
        const used = process.cpuUsage(before);
        spent.micros += used.user + used.system;
      }
    };
  }
  return spent;
}

/** Runs `minutes` simulated minutes; the process's CPU per minute, and the evaluation steps' share of it. */
function run(engine: Engine, minutes: number, evaluation: { micros: number }): Phase {
  const perMinute: number[] = [];
  const evaluationBefore = evaluation.micros;
  for (let m = 0; m < minutes; m++) {
    const before = process.cpuUsage();
    engine.advance(MINUTE, 1_000);
    const used = process.cpuUsage(before);
    perMinute.push((used.user + used.system) / 1000);
  }
  const totalMs = perMinute.reduce((a, b) => a + b, 0);
  return {
    minutes,
    cpuMsPerMinute: totalMs / minutes,
    worstMinuteMs: Math.max(...perMinute),
    evaluationMsPerMinute: (evaluation.micros - evaluationBefore) / 1000 / minutes,
  };
}

const countDocs = (engine: Engine, kind: string) =>
  (engine.store.db.prepare('SELECT COUNT(*) AS n FROM docs WHERE kind = ?').get(kind) as { n: number }).n;

function counts(engine: Engine, services: number) {
  const tally = { hotAtMax: 0, coldAtMin: 0, steadyUnchanged: 0, activities: 0 };
  for (let i = 0; i < services; i++) {
    const { cluster, service } = where(i);
    const { services: found } = engine.call('DescribeServices', { cluster, services: [service] }) as {
      services: { desiredCount: number }[];
    };
    const desired = found[0].desiredCount;
    if (loadOf(i) === 'hot' && desired === 3) tally.hotAtMax++;
    if (loadOf(i) === 'cold' && desired === 1) tally.coldAtMin++;
    if (loadOf(i) === 'steady' && desired === 1) tally.steadyUnchanged++;
  }
  tally.activities = countDocs(engine, 'scaling-activity');
  return tally;
}

function main(): void {
  const services = env.BENCH_AUTOSCALING_SERVICES;
  const minutes = env.BENCH_AUTOSCALING_MINUTES;
  const loadAtStart = loadAverage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-autoscaling-'));
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const engine = new Engine({ dataDir: dir, clock });
  try {
    const seedSeconds = seed(engine, services);
    engine.advance(2 * MINUTE, 1_000); // tasks RUNNING, deployments complete
    const evaluation = timeEvaluation(engine);
    console.log(`seeded ${services} services in ${seedSeconds.toFixed(1)} s; measuring ${minutes} minutes without auto scaling`);
    const without = run(engine, minutes, evaluation);
    registerPolicies(engine, services);
    const alarms = countDocs(engine, 'alarm');
    console.log(`${services} targets and policies, ${alarms} alarms; measuring ${minutes} minutes with auto scaling`);
    const withScaling = run(engine, minutes, evaluation);
    const report = formatAutoScalingReport({
      services,
      alarms,
      seedSeconds,
      without,
      with: withScaling,
      outcome: counts(engine, services),
      loadAtStart,
    });
    writeSection(DOC, 'Application Auto Scaling', report, fs);
    console.log(report);
  } finally {
    engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
