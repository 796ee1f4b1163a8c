// One process per game file. A game opened for play (resume, play --save) holds `<save>.lock`,
// created exclusively, naming its owner (pid and host). A second process asking for the same
// file is refused, so two terminals can no longer overwrite each other's save and backup.
// A lock left by a process that died (kill -9, a power cut) on this host is taken over: its pid
// no longer runs. A lock from another host (a shared folder) cannot be checked and is respected.
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { SaveError, saveWords } from './save-error.js';

export const LOCK_SUFFIX = '.lock';

export function lockPath(file: string): string {
  return file + LOCK_SUFFIX;
}

export interface LockOwner {
  pid: number;
  host: string;
}

export interface GameLock {
  readonly path: string;
  /** Removes the lock if it is still this process's. Safe to call more than once. */
  release(): void;
}

/** A lock file is tiny; more than this is not one of ours, and is not read further. */
const MAX_LOCK_BYTES = 1024;

function readOwner(path: string): LockOwner | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(MAX_LOCK_BYTES);
    const n = readSync(fd, buffer, 0, MAX_LOCK_BYTES, 0);
    const data = JSON.parse(buffer.subarray(0, n).toString('utf8')) as Partial<LockOwner>;
    if (typeof data.pid !== 'number' || !Number.isInteger(data.pid) || data.pid <= 0 || typeof data.host !== 'string') return null;
    return { pid: data.pid, host: data.host.slice(0, 200) };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function create(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    // As the autosave does: `play --save games/new.json` creates the folder.
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new SaveError('unreadable', saveWords('save.lock.cannot', { path, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  try {
    writeSync(fd, `${JSON.stringify({ pid: owner.pid, host: owner.host })}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of the game in `file` for `owner`, or throws SaveError('locked') with one line.
 * `alive(pid)` tells whether a process of this host still runs (the CLI passes it in).
 */
export function lockGame(file: string, owner: LockOwner, alive: (pid: number) => boolean): GameLock {
  const path = lockPath(file);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(path, owner)) {
      return {
        path,
        release() {
          const now = readOwner(path);
          if (now && now.pid === owner.pid && now.host === owner.host) rmSync(path, { force: true });
        },
      };
    }
    const holder = readOwner(path);
    // A lock being written this instant reads as nothing: give it one more try before calling it stale.
    if (holder === null && attempt === 0) continue;
    const stale = holder === null || (holder.host === owner.host && holder.pid !== owner.pid && !alive(holder.pid));
    if (!stale) {
      const where =
        holder.host === owner.host
          ? saveWords('save.lock.process', { pid: holder.pid })
          : saveWords('save.lock.processOn', { pid: holder.pid, host: holder.host });
      throw new SaveError('locked', saveWords('save.lock.held', { file, where, path }));
    }
    rmSync(path, { force: true });
  }
  throw new SaveError('locked', saveWords('save.lock.race', { file }));
}
