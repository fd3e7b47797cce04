// Opening the data file: refuse one written by a newer engine before touching it, check that the file is whole
// (a damaged or truncated file would otherwise fail the first call that reads the missing pages), then apply the
// migrations it lacks. Every refusal names the file and says what to do.
import Database from '../../sqlite';
import { MIGRATIONS } from './migrations';
import { sqliteCode } from './store-errors';

export class StoreOpenError extends Error {}

export interface OpenOptions {
  /** How long one attempt to take the write lock waits while another connection holds it (SQLite's busy_timeout). */
  busyTimeoutMs?: number;
}

function damaged(file: string, detail: string): StoreOpenError {
  return new StoreOpenError(
    `The data file ${file} is damaged (${detail}). Move it aside with its -wal and -shm files (mv ${file} ${file}.damaged) to start with an empty state, or start the engine with --memory.`,
  );
}

/** A SQLite failure while opening, as the message the engine stops with. */
function openFailure(file: string, err: unknown): StoreOpenError {
  const code = sqliteCode(err);
  if (code === undefined) throw err;
  const detail = `${code}: ${(err as Error).message}`;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damaged(file, detail);
  return new StoreOpenError(
    `The data file ${file} cannot be opened (${detail}). Make it a readable and writable file, move it aside to start with an empty state, or start the engine with --memory.`,
  );
}

/** Opens (or creates) the file with the engine's settings and its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  let db: Database | undefined;
  try {
    db = new Database(file);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    const version = db.pragma('user_version', { simple: true }) as number; // the first read of the file
    if (version > MIGRATIONS.length) {
      throw new StoreOpenError(
        `The data file ${file} was written by a newer version of the engine (schema version ${version}; this one knows up to ${MIGRATIONS.length}). Start the newer engine, or this one with another ECS_LOCAL_DATA_DIR or --memory.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash (kill -9); only an OS crash may lose the last ones.
    db.pragma('synchronous = NORMAL');
    if (file !== ':memory:') {
      const problems = db.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
      if (problems[0]?.quick_check !== 'ok') throw damaged(file, problems.map((p) => p.quick_check).join('; '));
    }
    migrate(db, version);
    return db;
  } catch (err) {
    db?.close();
    throw err instanceof StoreOpenError ? err : openFailure(file, err);
  }
}

function migrate(db: Database, from: number): void {
  for (const migration of MIGRATIONS.slice(from)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
