// The tables of CloudWatch Logs and CloudWatch metrics (migration 2 in migrations.ts). Log events and metric samples
// are far too many and too small for JSON documents: each is a row of its own, written without touching the document
// table (so a busy log stream never invalidates cached ECS reads).
//
// | table        | one row per                               | read by                                              |
// |--------------|-------------------------------------------|------------------------------------------------------|
// | log_groups   | log group (region, name)                  | DescribeLogGroups, every Logs call that names a group |
// | log_streams  | log stream (region, group, name)          | DescribeLogStreams, PutLogEvents                      |
// | log_events   | log event; `id` is the ingestion order    | FilterLogEvents (by group and time), GetLogEvents (by stream and time) |
// | metric_data  | metric, dimensions and minute: aggregates | GetMetricData, GetMetricStatistics, ListMetrics        |
// | task_usage   | task and minute: reported CPU / memory use | the ECS metrics publisher (Docker runtime)            |
export const TELEMETRY_SCHEMA = `
  CREATE TABLE IF NOT EXISTS log_groups (
    region TEXT NOT NULL, name TEXT NOT NULL, created INTEGER NOT NULL, retention_days INTEGER,
    log_group_class TEXT NOT NULL, kms_key_id TEXT, deletion_protection INTEGER NOT NULL DEFAULT 0,
    tags TEXT, stored_bytes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (region, name)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS log_streams (
    region TEXT NOT NULL, log_group TEXT NOT NULL, name TEXT NOT NULL, created INTEGER NOT NULL,
    first_event INTEGER, last_event INTEGER, last_ingestion INTEGER,
    PRIMARY KEY (region, log_group, name)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS log_streams_by_last_event ON log_streams (region, log_group, last_event, name);
  CREATE TABLE IF NOT EXISTS log_events (
    id INTEGER PRIMARY KEY, region TEXT NOT NULL, log_group TEXT NOT NULL, log_stream TEXT NOT NULL,
    ts INTEGER NOT NULL, ingested INTEGER NOT NULL, message TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS log_events_by_group ON log_events (region, log_group, ts);
  CREATE INDEX IF NOT EXISTS log_events_by_stream ON log_events (region, log_group, log_stream, ts);
  CREATE TABLE IF NOT EXISTS metric_data (
    region TEXT NOT NULL, namespace TEXT NOT NULL, metric TEXT NOT NULL, dimensions TEXT NOT NULL, minute INTEGER NOT NULL,
    unit TEXT NOT NULL, sample_count REAL NOT NULL, sum REAL NOT NULL, minimum REAL NOT NULL, maximum REAL NOT NULL,
    PRIMARY KEY (region, namespace, metric, dimensions, minute)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS metric_data_by_minute ON metric_data (minute);
  CREATE TABLE IF NOT EXISTS task_usage (
    region TEXT NOT NULL, task_arn TEXT NOT NULL, minute INTEGER NOT NULL,
    cpu_sum REAL NOT NULL, memory_sum REAL NOT NULL, moments INTEGER NOT NULL,
    PRIMARY KEY (region, task_arn, minute)
  ) WITHOUT ROWID;
`;
