// Durable state: one SQLite table of JSON documents, in WAL mode. Every API call runs inside one
// transaction (see engine.ts), so a failed call changes nothing and an acknowledged one survives kill -9.
// Opening the file and its schema (versioned migrations): open.ts, migrations.ts.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type OpenOptions, openDatabase } from './open';
import { indexFor, whereSql } from './store-sql';
import type { DocIndex, DueRef, Kind, ListFilter, SweepRule } from './types';

type Row = { body: string };

const orderById = (filter: ListFilter) => `ORDER BY id ${filter.order === 'desc' ? 'DESC' : 'ASC'}`;

export type StoreOptions = OpenOptions;

/** Attempts at taking the write lock before a transaction gives up (each waits the busy timeout). */
const BUSY_ATTEMPTS = 3;

export class Store {
  readonly db: Database.Database;
  private readonly stmts;
  private readonly txStmts;
  /** Bumped by every write (rolled back ones too): caches of read results are valid while it stays the same. */
  private writes = 0;

  constructor(file: string, options: StoreOptions = {}) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = openDatabase(file, options);
    this.txStmts = {
      // IMMEDIATE: the write lock is taken before anything is read, so a transaction never reads a snapshot that
      // another connection's commit makes stale (which SQLite can only refuse with SQLITE_BUSY_SNAPSHOT).
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
      savepoint: this.db.prepare('SAVEPOINT nested'),
      release: this.db.prepare('RELEASE nested'),
      rollbackTo: this.db.prepare('ROLLBACK TO nested'),
    };
    this.stmts = {
      get: this.db.prepare<[string, string, string], Row>('SELECT body FROM docs WHERE region = ? AND kind = ? AND id = ?'),
      put: this.db.prepare(
        `INSERT INTO docs (region, kind, id, parent, key, ref, status, due, body) VALUES (@region, @kind, @id, @parent, @key, @ref, @status, @due, @body)
         ON CONFLICT (region, kind, id) DO UPDATE SET parent = excluded.parent, key = excluded.key, ref = excluded.ref,
           status = excluded.status, due = excluded.due, body = excluded.body`,
      ),
      replaceBody: this.db.prepare('UPDATE docs SET body = ? WHERE region = ? AND kind = ? AND id = ?'),
      setDue: this.db.prepare('UPDATE docs SET due = ? WHERE region = ? AND kind = ? AND id = ?'),
      dueBy: this.db.prepare('UPDATE docs SET due = ? WHERE region = ? AND kind = ? AND id = ? AND (due IS NULL OR due > ?)'),
      del: this.db.prepare('DELETE FROM docs WHERE region = ? AND kind = ? AND id = ?'),
      due: this.db.prepare<[number, number], DueRef>(
        'SELECT region, kind, id FROM docs WHERE due IS NOT NULL AND due <= ? ORDER BY due LIMIT ?',
      ),
      dataVersion: this.db.prepare<[], { data_version: number }>('PRAGMA data_version'),
      nextDue: this.db.prepare<[], { due: number | null }>('SELECT MIN(due) AS due FROM docs WHERE due IS NOT NULL'),
      counterGet: this.db.prepare<[string, string], { value: number }>(
        'SELECT value FROM counters WHERE region = ? AND name = ?',
      ),
      counterPut: this.db.prepare(
        'INSERT INTO counters (region, name, value) VALUES (?, ?, ?) ON CONFLICT (region, name) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  get<T>(region: string, kind: Kind, id: string): T | undefined {
    const row = this.stmts.get.get(region, kind, id);
    return row ? (JSON.parse(row.body) as T) : undefined;
  }

  /** Several documents by id, in the order asked (undefined where one does not exist), in queries of up to 500 ids. */
  getMany<T>(region: string, kind: Kind, ids: readonly string[]): (T | undefined)[] {
    const byId = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.prepared<{ id: string; body: string }>(
        `SELECT id, body FROM docs WHERE region = ? AND kind = ? AND id IN (${chunk.map(() => '?').join(', ')})`,
      ).all(region, kind, ...chunk);
      for (const row of rows) byId.set(row.id, row.body);
    }
    return ids.map((id) => {
      const body = byId.get(id);
      return body === undefined ? undefined : (JSON.parse(body) as T);
    });
  }

  /**
   * Changes whenever a document, index column or counter was written here, or another connection committed
   * to the same file (SQLite's data_version), so a cache of read results keyed by it is never stale.
   */
  version(): string {
    return `${this.writes}.${this.stmts.dataVersion.get()?.data_version ?? 0}`;
  }

  put<T>(region: string, kind: Kind, id: string, body: T, index: DocIndex = {}): void {
    this.writes++;
    this.stmts.put.run({
      region,
      kind,
      id,
      parent: index.parent ?? null,
      key: index.key ?? null,
      ref: index.ref ?? null,
      status: index.status ?? null,
      due: index.due === undefined ? null : Math.floor(index.due),
      body: JSON.stringify(body),
    });
  }

  /** Replaces a document's body and keeps its index columns (e.g. after tagging). Returns false when it does not exist. */
  replaceBody<T>(region: string, kind: Kind, id: string, body: T): boolean {
    this.writes++;
    return this.stmts.replaceBody.run(JSON.stringify(body), region, kind, id).changes > 0;
  }

  /** Sets (or clears, with undefined) when the scheduler should next look at a document. */
  setDue(region: string, kind: Kind, id: string, due: number | undefined): void {
    // Not a visible change (no read returns `due`), so it does not bump the write version.
    this.stmts.setDue.run(due === undefined ? null : Math.floor(due), region, kind, id);
  }

  /**
   * Makes an existing document due by `at`: an earlier due time stays, a later or missing one becomes `at`. Returns
   * false when there is no such document.
   */
  setDueBy(region: string, kind: Kind, id: string, at: number): boolean {
    const due = Math.floor(at);
    if (this.stmts.dueBy.run(due, region, kind, id, due).changes > 0) return true;
    return this.get(region, kind, id) !== undefined;
  }

  delete(region: string, kind: Kind, id: string): void {
    this.writes++;
    this.stmts.del.run(region, kind, id);
  }

  /** Prepared statements for the dynamic list queries, by SQL text: preparing costs more than running them. */
  private readonly dynamic = new Map<string, Database.Statement<unknown[], unknown>>();

  private prepared<R>(sql: string): Database.Statement<unknown[], R> {
    let stmt = this.dynamic.get(sql);
    if (!stmt) {
      if (this.dynamic.size >= 500) this.dynamic.clear(); // status sets vary; keep the cache bounded
      stmt = this.db.prepare<unknown[], unknown>(sql);
      this.dynamic.set(sql, stmt);
    }
    return stmt as Database.Statement<unknown[], R>;
  }

  private selectSql(columns: string, region: string, kind: Kind, filter: ListFilter): { text: string; params: unknown[] } {
    const { sql, params } = whereSql(region, kind, filter);
    const limited = filter.limit !== undefined;
    if (limited) params.push(Math.max(0, Math.floor(filter.limit as number)));
    const index = indexFor(filter);
    const text = `SELECT ${columns} FROM docs${index ? ` INDEXED BY ${index}` : ''} WHERE ${sql} ${orderById(filter)}${limited ? ' LIMIT ?' : ''}`;
    return { text, params };
  }

  private select<R>(columns: string, region: string, kind: Kind, filter: ListFilter): R[] {
    const { text, params } = this.selectSql(columns, region, kind, filter);
    return this.prepared<R>(text).all(...params);
  }

  /** SQLite's plan for a list (for tests and profiling): one line per step, e.g. `SEARCH docs USING INDEX ...`. */
  explainList(region: string, kind: Kind, filter: ListFilter = {}): string[] {
    const { text, params } = this.selectSql('body', region, kind, filter);
    return this.db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${text}`)
      .all(...params)
      .map((r) => r.detail);
  }

  list<T>(region: string, kind: Kind, filter: ListFilter = {}): T[] {
    if (filter.limit === undefined || indexFor(filter) === undefined)
      return this.select<Row>('body', region, kind, filter).map((r) => JSON.parse(r.body) as T);
    // A page: pick (and sort) the ids in the covering index first, then read only those bodies. Selecting
    // bodies directly would copy every matching body into the sorter before LIMIT applies.
    const { text, params } = this.selectSql('id', region, kind, filter);
    const paged = `SELECT body FROM docs WHERE region = ? AND kind = ? AND id IN (${text}) ${orderById(filter)}`;
    return this.prepared<Row>(paged)
      .all(region, kind, ...params)
      .map((r) => JSON.parse(r.body) as T);
  }

  ids(region: string, kind: Kind, filter: ListFilter = {}): string[] {
    return this.select<{ id: string }>('id', region, kind, filter).map((r) => r.id);
  }

  /** Counts documents per status for the filter, e.g. tasks of a cluster by lastStatus. */
  countByStatus(region: string, kind: Kind, filter: Omit<ListFilter, 'after' | 'limit' | 'order'> = {}): Record<string, number> {
    const { sql, params } = whereSql(region, kind, filter);
    const rows = this.prepared<{ status: string | null; n: number }>(
      `SELECT status, COUNT(*) AS n FROM docs WHERE ${sql} GROUP BY status`,
    ).all(...params);
    const out: Record<string, number> = {};
    for (const r of rows) out[r.status ?? ''] = r.n;
    return out;
  }

  /**
   * Counts documents per (key, status, ref) for the filter, e.g. the tasks of several services by group,
   * lastStatus and startedBy (deployment), in one read of the (parent, key, status, ref) index.
   */
  countGroups(
    region: string,
    kind: Kind,
    filter: Omit<ListFilter, 'after' | 'limit' | 'order'> = {},
  ): { key: string; status: string; ref: string; n: number }[] {
    const { sql, params } = whereSql(region, kind, filter);
    return this.prepared<{ key: string | null; status: string | null; ref: string | null; n: number }>(
      `SELECT key, status, ref, COUNT(*) AS n FROM docs WHERE ${sql} GROUP BY key, status, ref`,
    )
      .all(...params)
      .map((r) => ({ key: r.key ?? '', status: r.status ?? '', ref: r.ref ?? '', n: r.n }));
  }

  /**
   * Counts documents per status and per value of some body fields (JSON paths such as `$.launchType`), which
   * SQLite reads without a body being parsed in JavaScript: e.g. a cluster's live tasks by status and launch type.
   */
  countByFields(
    region: string,
    kind: Kind,
    filter: Omit<ListFilter, 'after' | 'limit' | 'order'>,
    paths: readonly string[],
  ): { status: string; values: (string | null)[]; n: number }[] {
    const { sql, params } = whereSql(region, kind, filter);
    const fields = paths.map((_, i) => `json_extract(body, ?) AS f${i}`).join(', ');
    const groups = paths.map((_, i) => `, f${i}`).join('');
    return this.prepared<Record<string, string | number | null>>(
      `SELECT status, ${fields}, COUNT(*) AS n FROM docs WHERE ${sql} GROUP BY status${groups}`,
    )
      .all(...paths, ...params)
      .map((row) => ({
        status: String(row.status ?? ''),
        values: paths.map((_, i) => (row[`f${i}`] ?? null) as string | null),
        n: Number(row.n),
      }));
  }

  /** Documents the scheduler should look at now, oldest first, across regions. */
  due(now: number, limit = 1000): DueRef[] {
    return this.stmts.due.all(Math.floor(now), limit);
  }

  /** Gives every document the rule matches that has no due time a due time of `now`, in every region. */
  markDue(rule: SweepRule, now: number): string[] {
    const sql = `UPDATE docs SET due = ? WHERE kind = ? AND due IS NULL AND status IN (${rule.statuses.map(() => '?').join(', ')}) RETURNING region, id`;
    const rows = this.prepared(sql).all(Math.floor(now), rule.kind, ...rule.statuses) as { region: string; id: string }[];
    return rows.map((r) => `${r.region}/${rule.kind}/${r.id}`);
  }

  nextDue(): number | undefined {
    return this.stmts.nextDue.get()?.due ?? undefined;
  }

  /** A per-region sequence (task definition revisions, ids): returns the next value, starting at 1. */
  next(region: string, name: string): number {
    const value = (this.stmts.counterGet.get(region, name)?.value ?? 0) + 1;
    this.writes++;
    this.stmts.counterPut.run(region, name, value);
    return value;
  }

  peekCounter(region: string, name: string): number {
    return this.stmts.counterGet.get(region, name)?.value ?? 0;
  }

  /** Runs fn in one transaction: all of its writes land, or none do. Nested calls become savepoints. */
  tx<T>(fn: () => T): T {
    const nested = this.db.inTransaction;
    if (nested) this.txStmts.savepoint.run();
    else this.begin();
    try {
      const result = fn();
      if (nested) this.txStmts.release.run();
      else this.txStmts.commit.run();
      return result;
    } catch (err) {
      // SQLite may have rolled the whole transaction back itself (SQLITE_FULL, SQLITE_IOERR, ...).
      if (this.db.inTransaction) {
        if (nested) {
          this.txStmts.rollbackTo.run();
          this.txStmts.release.run();
        } else this.txStmts.rollback.run();
      }
      throw err;
    }
  }

  /** BEGIN IMMEDIATE, retried while another connection holds the write lock past the busy timeout. */
  private begin(): void {
    for (let attempt = 1; ; attempt++) {
      try {
        this.txStmts.begin.run();
        return;
      } catch (err) {
        if (attempt >= BUSY_ATTEMPTS || !String((err as { code?: string }).code).startsWith('SQLITE_BUSY')) throw err;
      }
    }
  }

  close(): void {
    this.db.close();
  }
}
