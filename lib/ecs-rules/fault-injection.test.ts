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
