// One writer per data directory: an engine holds `<dir>/ecs-local.lock` for its whole life. The file says who
// holds it (pid, and on Linux the process's start time, so a reused pid is not mistaken for the holder). A lock
// whose process is gone (kill -9, a crash, a container that was replaced) is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'ecs-local.lock';
/** A takeover that has not finished after this long was interrupted; the next engine may start its own. */
const TAKEOVER_STALE_MS = 10_000;

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by another engine (process ${pid}). Stop that engine, or start this one with another ECS_LOCAL_DATA_DIR or --memory.`,
    );
  }
}

/** The process's start time in clock ticks since boot (Linux); undefined where /proc does not say. */
function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Holder {
  pid: number;
  start?: string;
}

function parse(text: string): Holder | undefined {
  const pid = /^pid (\d+)$/m.exec(text);
  if (!pid) return undefined;
  const start = /^process-start (\d+)$/m.exec(text);
  return { pid: Number(pid[1]), start: start?.[1] };
}

/** Whether the process that wrote the lock still runs (the same pid with another start time is another process). */
function holderAlive(holder: Holder): boolean {
  if (!processExists(holder.pid)) return false;
  const start = processStart(holder.pid);
  return holder.start === undefined || start === undefined || start === holder.start;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

export class DataDirLock {
  private released = false;

  private constructor(
    readonly file: string,
    private readonly content: string,
  ) {}

  /** Takes the directory's lock or throws DataDirInUseError naming the process that holds it. */
  static acquire(dir: string): DataDirLock {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, LOCK_FILE);
    const start = processStart(process.pid);
    const content = `pid ${process.pid}\n${start ? `process-start ${start}\n` : ''}since ${new Date().toISOString()}\n`;
    const mine = `${file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(mine, content);
    try {
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          fs.linkSync(mine, file); // atomic: fails if a lock exists
          return new DataDirLock(file, content);
        } catch (err) {
          if (errno(err) !== 'EEXIST') throw err;
        }
        const seen = readOrUndefined(file);
        if (seen === undefined) continue; // released meanwhile
        const holder = parse(seen);
        if (holder && holderAlive(holder)) throw new DataDirInUseError(dir, holder.pid);
        if (takeOver(file, seen, mine)) return new DataDirLock(file, content);
        sleep(20);
      }
      throw new Error(`Could not take the lock ${file}: other engines keep starting on ${dir}.`);
    } finally {
      fs.rmSync(mine, { force: true });
    }
  }

  /** Gives the lock up (only if it is still this engine's). */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (readOrUndefined(this.file) === this.content) fs.rmSync(this.file, { force: true });
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Replaces a stale lock with ours. Two engines may find the same stale lock at once: a takeover file taken
 * with O_EXCL lets one of them check and replace it; the other sees the new holder on its next attempt.
 */
function takeOver(file: string, stale: string, mine: string): boolean {
  const guard = `${file}.takeover`;
  try {
    fs.closeSync(fs.openSync(guard, 'wx'));
  } catch (err) {
    if (errno(err) !== 'EEXIST') throw err;
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_STALE_MS) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readOrUndefined(file) !== stale) return false;
    fs.copyFileSync(mine, `${mine}.next`);
    fs.renameSync(`${mine}.next`, file);
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}
