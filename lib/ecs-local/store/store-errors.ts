// What a SQLite failure means for the caller of a store operation: a full disk, a lock held by another program, a
// damaged file, an I/O error. The engine answers API calls that hit one with the service's server error carrying
// this message, and logs and retries scheduler steps.

/** SQLite's result code of a failure (e.g. SQLITE_FULL), or undefined when it is not SQLite's. */
export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The message for a store failure during a call, naming the file; undefined when `err` is not a store failure. */
export function storeFailureMessage(err: unknown, file: string): string | undefined {
  const code = sqliteCode(err);
  if (!code) return undefined;
  const where = file === ':memory:' ? "The engine's in-memory store" : `The engine's data file ${file}`;
  if (code === 'SQLITE_FULL')
    return `${where} is full (no space left on its disk, or its size limit): the change was not made. Free some space and try again; reads keep working.`;
  if (code.startsWith('SQLITE_BUSY'))
    return `${where} is locked by another program: the change was not made. Try again once that program is done with it.`;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return `${where} is damaged (${(err as Error).message}): the change was not made. Stop the engine and move the file aside, or start the engine with --memory.`;
  return `${where} failed (${code}: ${(err as Error).message}): the change was not made.`;
}
