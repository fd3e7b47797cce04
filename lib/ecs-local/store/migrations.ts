// The schema of the data file, as an ordered list of migrations. The file's `user_version` is the number of
// migrations applied; opening it applies the rest, each in its own transaction with its new version, and refuses a
// file whose version is past the end of this list (a newer engine wrote it).
//
// To change the schema (a service adding a table or an index, an index changing shape), append a migration with the
// next version. Never edit or reorder one that has shipped: files out there have run it already.
import type Database from 'better-sqlite3';
import { TELEMETRY_SCHEMA } from './telemetry-schema';

export interface Migration {
  /** Its place in the list, from 1. */
  readonly version: number;
  /** What it does, for the log and for whoever reads this list. */
  readonly name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and counters, with the list, count and due indexes',
    // IF NOT EXISTS: files written before the schema had a version already have most of this. Every list index ends
    // with id, so a filtered list comes out in id order straight from the index (store-sql.ts indexFor); counts by
    // status read only an index, never the bodies. Those files had docs_ref and docs_status without id.
    up: (db) =>
      db.exec(`
        CREATE TABLE IF NOT EXISTS docs (
          region TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
          parent TEXT, key TEXT, ref TEXT, status TEXT, due INTEGER,
          body TEXT NOT NULL,
          PRIMARY KEY (region, kind, id)
        ) WITHOUT ROWID;
        DROP INDEX IF EXISTS docs_ref;
        DROP INDEX IF EXISTS docs_status;
        CREATE INDEX IF NOT EXISTS docs_parent ON docs (region, kind, parent, key, id);
        CREATE INDEX IF NOT EXISTS docs_parent_status ON docs (region, kind, parent, status, id);
        CREATE INDEX IF NOT EXISTS docs_ref_id ON docs (region, kind, ref, id);
        CREATE INDEX IF NOT EXISTS docs_kind_status ON docs (region, kind, status, id);
        CREATE INDEX IF NOT EXISTS docs_group_counts ON docs (region, kind, parent, key, status, ref);
        CREATE INDEX IF NOT EXISTS docs_due ON docs (due) WHERE due IS NOT NULL;
        CREATE TABLE IF NOT EXISTS counters (
          region TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL,
          PRIMARY KEY (region, name)
        ) WITHOUT ROWID;
      `),
  },
  {
    version: 2,
    name: 'CloudWatch Logs and metrics: log groups, streams and events, metric minutes, task usage',
    // IF NOT EXISTS: files written before the schema had a version may have these tables already.
    up: (db) => db.exec(TELEMETRY_SCHEMA),
  },
];
