// The process side of the game lock (src/store/game-lock.ts): this process's pid and host, how
// to tell whether another pid still runs, and the release of every lock when the process ends,
// however it ends (a normal return, process.exit after SIGHUP or an error).
import os from 'node:os';
import type { GameLock } from '../store/game-lock.js';

const held = new Set<GameLock>();
let exitHookInstalled = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks the game in `file` for this process, or throws the store's SaveError('locked'). */
export async function lockForPlay(file: string): Promise<GameLock> {
  const { lockGame } = await import('../store/game-lock.js');
  const lock = lockGame(file, { pid: process.pid, host: os.hostname() }, alive);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const each of held) each.release();
    });
  }
  held.add(lock);
  return {
    path: lock.path,
    release() {
      held.delete(lock);
      lock.release();
    },
  };
}
