// The values ECS accepts for a container's ulimits and log driver: one list for the editor's choices and the schema.

export const ULIMIT_NAMES = [
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
] as const;

/** In the order the AWS console lists them (awslogs first). */
export const LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens', 'json-file', 'syslog', 'journald', 'gelf', 'fluentd'] as const;
