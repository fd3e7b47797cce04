import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COOLDOWN_SECONDS,
  DESCRIBE_SCALABLE_TARGETS_MAX,
  DESCRIBE_SCALING_ACTIVITIES_MAX,
  DESCRIBE_SCALING_POLICIES_MAX,
  DESCRIBE_SCHEDULED_ACTIONS_MAX,
  ECS_SCALABLE_DIMENSION,
  ECS_SERVICE_NAMESPACE,
  ecsScalingResourceId,
  MAX_COOLDOWN_SECONDS,
  MAX_SCALABLE_TARGETS,
  MAX_SCALING_POLICIES_PER_TARGET,
  MAX_SCALING_TAGS,
  MAX_SCHEDULED_ACTIONS_PER_TARGET,
  PREDEFINED_ECS_METRICS,
  PREDEFINED_METRIC_LABELS,
  SCHEDULE_FORMS,
  scalingPolicyNameProblem,
  scheduledActionNameProblem,
} from './auto-scaling';

describe('Application Auto Scaling for ECS services', () => {
  it('names a service as Application Auto Scaling does', () => {
    expect(ECS_SERVICE_NAMESPACE).toBe('ecs');
    expect(ECS_SCALABLE_DIMENSION).toBe('ecs:service:DesiredCount');
    expect(ecsScalingResourceId('prod', 'web')).toBe('service/prod/web');
  });

  it('offers the three predefined ECS metrics, each labelled with its own name', () => {
    expect(PREDEFINED_ECS_METRICS).toEqual([
      'ECSServiceAverageCPUUtilization',
      'ECSServiceAverageMemoryUtilization',
      'ALBRequestCountPerTarget',
    ]);
    expect(PREDEFINED_METRIC_LABELS).toEqual({
      ECSServiceAverageCPUUtilization: 'ECSServiceAverageCPUUtilization',
      ECSServiceAverageMemoryUtilization: 'ECSServiceAverageMemoryUtilization',
      ALBRequestCountPerTarget: 'ALBRequestCountPerTarget',
    });
  });

  it('has the documented cooldowns, quotas and page sizes', () => {
    expect([DEFAULT_COOLDOWN_SECONDS, MAX_COOLDOWN_SECONDS]).toEqual([300, 31_536_000]);
    expect([MAX_SCALING_POLICIES_PER_TARGET, MAX_SCHEDULED_ACTIONS_PER_TARGET, MAX_SCALABLE_TARGETS, MAX_SCALING_TAGS]).toEqual([
      50, 200, 3000, 50,
    ]);
    expect([
      DESCRIBE_SCALABLE_TARGETS_MAX,
      DESCRIBE_SCALING_POLICIES_MAX,
      DESCRIBE_SCHEDULED_ACTIONS_MAX,
      DESCRIBE_SCALING_ACTIVITIES_MAX,
    ]).toEqual([50, 10, 50, 50]);
  });
});

describe('scalingPolicyNameProblem', () => {
  it('takes 1 to 256 printable characters, spaces and punctuation included', () => {
    for (const name of ['a', 'cpu-75: scale out / in | now', ' padded ', '~', '\u00a0é', 'p'.repeat(256)]) {
      expect(scalingPolicyNameProblem(name), name).toBeUndefined();
    }
  });

  it('refuses an empty or too long name', () => {
    expect(scalingPolicyNameProblem('')).toBe('Policy name must be 1 to 256 characters.');
    expect(scalingPolicyNameProblem('p'.repeat(257))).toBe('Policy name must be 1 to 256 characters.');
  });

  it('refuses control characters: C0, DEL and C1', () => {
    for (const name of ['\u0000', 'a\tb', 'a\u001f', '\u007f', 'a\u0080', 'a\u009f']) {
      expect(scalingPolicyNameProblem(name), JSON.stringify(name)).toBe('Policy name must contain printable characters only.');
    }
    for (const name of ['a\u0020b', 'a\u007e', 'a\u00a0']) {
      expect(scalingPolicyNameProblem(name), JSON.stringify(name)).toBeUndefined();
    }
  });
});

describe('scheduledActionNameProblem', () => {
  const badChar = 'Scheduled action name cannot contain colons (:), slashes (/), vertical bars (|) or control characters.';

  it('takes 1 to 256 characters', () => {
    for (const name of ['a', 'scale up at 9', 'nightly_scale-in.v2', 's'.repeat(256)]) {
      expect(scheduledActionNameProblem(name), name).toBeUndefined();
    }
    expect(scheduledActionNameProblem('')).toBe('Scheduled action name must be 1 to 256 characters.');
    expect(scheduledActionNameProblem('s'.repeat(257))).toBe('Scheduled action name must be 1 to 256 characters.');
  });

  it('refuses colons, slashes, vertical bars and control characters', () => {
    for (const name of ['a:b', 'a/b', 'a|b', ':', 'a\u0001', 'a\u007f', 'a\u0085']) {
      expect(scheduledActionNameProblem(name), JSON.stringify(name)).toBe(badChar);
    }
    expect(scheduledActionNameProblem('a\\b')).toBeUndefined();
  });

  it('refuses a leading or trailing space', () => {
    expect(scheduledActionNameProblem(' nightly')).toBe('Scheduled action name cannot start or end with a space.');
    expect(scheduledActionNameProblem('nightly ')).toBe('Scheduled action name cannot start or end with a space.');
    // A tab is a control character first.
    expect(scheduledActionNameProblem('\tnightly')).toBe(badChar);
  });
});

describe('SCHEDULE_FORMS', () => {
  it('matches at(), rate() with each unit, and cron()', () => {
    for (const schedule of [
      'at(2026-12-01T09:30:00)',
      'rate(1 minute)',
      'rate(15 minutes)',
      'rate(1 hour)',
      'rate(12 hours)',
      'rate(1 day)',
      'rate(7 days)',
      'rate(120 minutes)',
      'cron(0 9 * * ? *)',
      'cron(*)',
    ]) {
      expect(SCHEDULE_FORMS.test(schedule), schedule).toBe(true);
    }
  });

  it('does not match other text', () => {
    for (const schedule of [
      '',
      'at(2026-12-01 09:30:00)',
      'at(26-12-01T09:30:00)',
      'at(2026-1-01T09:30:00)',
      'at(2026-12-1T09:30:00)',
      'at(2026-12-01T9:30:00)',
      'at(2026-12-01T09:3:00)',
      'at(2026-12-01T09:30:0)',
      'at(2026-12-01T09:30:00',
      'rate(5 weeks)',
      'rate(five minutes)',
      'rate(5minutes)',
      'rate( minutes)',
      'cron()',
      'xrate(1 day)',
      'rate(1 day)x',
      ' cron(0 9 * * ? *)',
      'cron(0 9 * * ? *) ',
      'every day',
    ]) {
      expect(SCHEDULE_FORMS.test(schedule), schedule).toBe(false);
    }
  });
});
