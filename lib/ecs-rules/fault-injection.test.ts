import { describe, expect, it } from 'vitest';
import { FAULT_LABELS, faultLabelProblems, imagePullFailureReason, parseFaults } from './fault-injection';

describe('fault injection labels', () => {
  it('parses exit code and delay with their defaults', () => {
    expect(parseFaults(undefined)).toEqual({
      exit: undefined,
      unhealthy: false,
      imagePullFails: false,
      lbUnhealthy: false,
      startSeconds: undefined,
    });
    expect(parseFaults({ [FAULT_LABELS.exitCode]: '137' }).exit).toEqual({ code: 137, afterSeconds: 10 });
    expect(parseFaults({ [FAULT_LABELS.exitAfter]: '2.5' }).exit).toEqual({ code: 1, afterSeconds: 2.5 });
    expect(parseFaults({ [FAULT_LABELS.exitCode]: '0', [FAULT_LABELS.exitAfter]: '0' }).exit).toEqual({
      code: 0,
      afterSeconds: 0,
    });
  });

  it('parses health, image pull and start time, ignoring values that do not parse', () => {
    const faults = parseFaults({
      [FAULT_LABELS.health]: 'UNHEALTHY',
      [FAULT_LABELS.imagePull]: 'fail',
      [FAULT_LABELS.startSeconds]: '30',
      [FAULT_LABELS.lbHealth]: 'unhealthy',
    });
    expect(faults).toMatchObject({ unhealthy: true, imagePullFails: true, lbUnhealthy: true, startSeconds: 30 });
    const bad = { [FAULT_LABELS.exitCode]: '300', [FAULT_LABELS.startSeconds]: 'soon', [FAULT_LABELS.health]: 'sick' };
    expect(parseFaults(bad)).toEqual({
      exit: undefined,
      unhealthy: false,
      imagePullFails: false,
      lbUnhealthy: false,
      startSeconds: undefined,
    });
    expect(faultLabelProblems(bad)).toEqual([
      "Docker label ecs-local.exit-code must be an exit code from 0 to 255; got '300'.",
      "Docker label ecs-local.start-seconds must be a number of seconds; got 'soon'.",
      "Docker label ecs-local.health must be 'unhealthy'; got 'sick'.",
    ]);
  });

  it('words the image pull failure as the agent does', () => {
    expect(imagePullFailureReason('nginx:nope')).toBe(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref nginx:nope: not found',
    );
  });
});

describe('fault injection label values', () => {
  it('are named ecs-local.*', () => {
    expect(FAULT_LABELS).toEqual({
      exitCode: 'ecs-local.exit-code',
      exitAfter: 'ecs-local.exit-after',
      health: 'ecs-local.health',
      imagePull: 'ecs-local.image-pull',
      startSeconds: 'ecs-local.start-seconds',
      lbHealth: 'ecs-local.lb-health',
    });
  });

  it('take exit codes from 0 to 255, trimmed', () => {
    expect(parseFaults({ [FAULT_LABELS.exitCode]: '255' }).exit).toEqual({ code: 255, afterSeconds: 10 });
    expect(parseFaults({ [FAULT_LABELS.exitCode]: ' 3 ' }).exit).toEqual({ code: 3, afterSeconds: 10 });
    expect(faultLabelProblems({ [FAULT_LABELS.exitCode]: '255' })).toEqual([]);
    for (const value of ['256', '1000', '-1', '1.5', 'x1', '1x', '', 'one']) {
      expect(parseFaults({ [FAULT_LABELS.exitCode]: value }).exit, value).toBeUndefined();
      expect(faultLabelProblems({ [FAULT_LABELS.exitCode]: value }), value).toEqual([
        `Docker label ecs-local.exit-code must be an exit code from 0 to 255; got '${value}'.`,
      ]);
    }
  });

  it('take seconds from 0 to a day, decimals allowed, trimmed', () => {
    const start = (value: string) => parseFaults({ [FAULT_LABELS.startSeconds]: value }).startSeconds;
    expect(start('86400')).toBe(86400);
    expect(start('0.25')).toBe(0.25);
    expect(start(' 12 ')).toBe(12);
    expect(parseFaults({ [FAULT_LABELS.exitAfter]: '86400' }).exit).toEqual({ code: 1, afterSeconds: 86400 });
    expect(faultLabelProblems({ [FAULT_LABELS.exitAfter]: '86400', [FAULT_LABELS.startSeconds]: ' 0.25 ' })).toEqual([]);
    for (const value of ['86400.5', '86401', '-1', '1e3', '.5', '5.', '', 'x5', '5x', '5 s']) {
      expect(start(value), value).toBeUndefined();
      expect(parseFaults({ [FAULT_LABELS.exitAfter]: value }).exit, value).toBeUndefined();
      expect(faultLabelProblems({ [FAULT_LABELS.exitAfter]: value, [FAULT_LABELS.startSeconds]: value }), value).toEqual([
        `Docker label ecs-local.exit-after must be a number of seconds; got '${value}'.`,
        `Docker label ecs-local.start-seconds must be a number of seconds; got '${value}'.`,
      ]);
    }
  });

  it('read health, load balancer health and image pull in any case, with spaces around', () => {
    expect(
      parseFaults({
        [FAULT_LABELS.health]: ' Unhealthy ',
        [FAULT_LABELS.lbHealth]: ' UNHEALTHY ',
        [FAULT_LABELS.imagePull]: ' Fail ',
      }),
    ).toMatchObject({ unhealthy: true, lbUnhealthy: true, imagePullFails: true });
    expect(
      parseFaults({ [FAULT_LABELS.health]: 'healthy', [FAULT_LABELS.lbHealth]: 'healthy', [FAULT_LABELS.imagePull]: 'ok' }),
    ).toMatchObject({ unhealthy: false, lbUnhealthy: false, imagePullFails: false });
    // Each label acts alone.
    expect(parseFaults({ [FAULT_LABELS.lbHealth]: 'unhealthy' })).toMatchObject({ unhealthy: false, lbUnhealthy: true });
    expect(parseFaults({ [FAULT_LABELS.health]: 'unhealthy' })).toMatchObject({ unhealthy: true, lbUnhealthy: false });
  });

  it("accept 'healthy' and 'ok' as the values that do nothing, and name every other value", () => {
    expect(faultLabelProblems(undefined)).toEqual([]);
    expect(faultLabelProblems({ other: 'x' })).toEqual([]);
    expect(
      faultLabelProblems({
        [FAULT_LABELS.health]: ' Healthy ',
        [FAULT_LABELS.lbHealth]: 'HEALTHY',
        [FAULT_LABELS.imagePull]: ' OK ',
      }),
    ).toEqual([]);
    expect(
      faultLabelProblems({
        [FAULT_LABELS.health]: 'UNHEALTHY ',
        [FAULT_LABELS.lbHealth]: ' unhealthy',
        [FAULT_LABELS.imagePull]: 'FAIL',
      }),
    ).toEqual([]);
    expect(
      faultLabelProblems({
        [FAULT_LABELS.exitCode]: 'x',
        [FAULT_LABELS.exitAfter]: 'y',
        [FAULT_LABELS.startSeconds]: 'z',
        [FAULT_LABELS.health]: 'sick',
        [FAULT_LABELS.lbHealth]: 'down',
        [FAULT_LABELS.imagePull]: 'broken',
      }),
    ).toEqual([
      "Docker label ecs-local.exit-code must be an exit code from 0 to 255; got 'x'.",
      "Docker label ecs-local.exit-after must be a number of seconds; got 'y'.",
      "Docker label ecs-local.start-seconds must be a number of seconds; got 'z'.",
      "Docker label ecs-local.health must be 'unhealthy'; got 'sick'.",
      "Docker label ecs-local.lb-health must be 'unhealthy'; got 'down'.",
      "Docker label ecs-local.image-pull must be 'fail'; got 'broken'.",
    ]);
  });
});
