// Prepared statements of the telemetry tables, cached per database connection: preparing costs more than running
// them, and the Logs and metrics code runs the same few statements thousands of times a second.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[], unknown>>>();

export function statement<R = unknown>(db: Database.Database, sql: string): Database.Statement<unknown[], R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= 500) cache.clear(); // dynamic filters vary (stream lists); keep the cache bounded
    stmt = db.prepare<unknown[], unknown>(sql);
    cache.set(sql, stmt);
  }
  return stmt as Database.Statement<unknown[], R>;
}
