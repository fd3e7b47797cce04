import { describe, expect, it } from 'vitest';
import { LOG_DRIVERS, ULIMIT_NAMES } from './container-settings';

describe('container settings ECS accepts', () => {
  it('offers the fifteen ulimit names of the ECS API', () => {
    expect(ULIMIT_NAMES).toEqual([
      'core',
      'cpu',
      'data',
      'fsize',
      'locks',
      'memlock',
      'msgqueue',
      'nice',
      'nofile',
      'nproc',
      'rss',
      'rtprio',
      'rttime',
      'sigpending',
      'stack',
    ]);
  });

  it('offers the log drivers in the order of the AWS console, awslogs first', () => {
    expect(LOG_DRIVERS).toEqual(['awslogs', 'splunk', 'awsfirelens', 'json-file', 'syslog', 'journald', 'gelf', 'fluentd']);
  });
});
