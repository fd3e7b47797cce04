// The console's memory of stopped tasks (ECS forgets them after about an hour): a small SQLite table keyed by
// region + task ARN. A stopped task never changes again, so each is described once and kept until pruned.
import fs from 'node:fs';
import path from 'node:path';
import Database from '../../sqlite';
import type { StoppedTaskRecord } from './stopped-task-view';

/** How long the console remembers a stopped task. */
export const STOPPED_TASK_MEMORY_MS = 7 * 24 * 60 * 60_000;

interface Row {
  task_arn: string;
  task_id: string;
  cluster: string;
  service: string | null;
  task_group: string;
  task_definition: string;
  stop_code: string;
  stopped_reason: string;
  containers: string;
  stopped_at: number;
}

export class StoppedTaskStore {
  private readonly db: Database;

  /** `file` is a path, or ':memory:' for tests. */
  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS stopped_tasks (
      region TEXT NOT NULL, task_arn TEXT NOT NULL, task_id TEXT NOT NULL, cluster TEXT NOT NULL, service TEXT,
      task_group TEXT NOT NULL, task_definition TEXT NOT NULL, stop_code TEXT NOT NULL, stopped_reason TEXT NOT NULL,
      containers TEXT NOT NULL, stopped_at INTEGER NOT NULL, PRIMARY KEY (region, task_arn));
      CREATE INDEX IF NOT EXISTS stopped_tasks_by_time ON stopped_tasks (region, stopped_at);`);
  }

  /** The ARNs among `arns` the store already holds (so the poller describes only the others). */
  known(region: string, arns: readonly string[]): Set<string> {
    const found = new Set<string>();
    const stmt = this.db.prepare('SELECT 1 FROM stopped_tasks WHERE region = ? AND task_arn = ?');
    for (const arn of arns) if (stmt.get(region, arn)) found.add(arn);
    return found;
  }

  save(region: string, records: readonly StoppedTaskRecord[]): void {
    const stmt = this.db.prepare(`INSERT OR REPLACE INTO stopped_tasks VALUES
      (@region, @task_arn, @task_id, @cluster, @service, @task_group, @task_definition, @stop_code, @stopped_reason,
       @containers, @stopped_at)`);
    const insert = this.db.transaction((rows: readonly StoppedTaskRecord[]) => {
      for (const r of rows)
        stmt.run({
          region,
          task_arn: r.taskArn,
          task_id: r.taskId,
          cluster: r.cluster,
          service: r.service ?? null,
          task_group: r.group,
          task_definition: r.taskDefinition,
          stop_code: r.stopCode,
          stopped_reason: r.stoppedReason,
          containers: JSON.stringify(r.containers),
          stopped_at: r.stoppedAt,
        });
    });
    insert(records);
  }

  /** Tasks stopped at or after `sinceMs`, newest first. */
  recent(region: string, sinceMs: number, limit = 5_000): StoppedTaskRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM stopped_tasks WHERE region = ? AND stopped_at >= ? ORDER BY stopped_at DESC LIMIT ?')
      .all(region, sinceMs, limit) as Row[];
    return rows.map((r) => ({
      taskArn: r.task_arn,
      taskId: r.task_id,
      cluster: r.cluster,
      service: r.service ?? undefined,
      group: r.task_group,
      taskDefinition: r.task_definition,
      stopCode: r.stop_code,
      stoppedReason: r.stopped_reason,
      containers: JSON.parse(r.containers) as StoppedTaskRecord['containers'],
      stoppedAt: r.stopped_at,
    }));
  }

  /** Forgets tasks stopped before `beforeMs`; returns how many. */
  prune(beforeMs: number): number {
    return this.db.prepare('DELETE FROM stopped_tasks WHERE stopped_at < ?').run(beforeMs).changes;
  }

  close(): void {
    this.db.close();
  }
}
