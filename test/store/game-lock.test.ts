// The game lock itself (src/store/game-lock.ts), without processes: who holds it, when it is
// refused, when a stale one is taken over, and that release leaves another owner's lock alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockGame, lockPath } from '../../src/store/game-lock.js';
import { SaveError } from '../../src/store/save-error.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterEach(removeTempDirs);

const me = { pid: 100, host: 'here' };
const alive = (running: number[]) => (pid: number) => running.includes(pid);

describe('lockGame', () => {
  it('writes its owner, refuses a second owner while the first runs, and is free again once released', () => {
    const file = join(tempDir(), 'game.json');
    const lock = lockGame(file, me, alive([100]));
    expect(JSON.parse(readFileSync(lockPath(file), 'utf8'))).toEqual(me);
    expect(() => lockGame(file, { pid: 200, host: 'here' }, alive([100, 200]))).toThrow(SaveError);
    expect(() => lockGame(file, { pid: 200, host: 'here' }, alive([100, 200]))).toThrow(/game\.json is open in another game \(process 100\)/);
    lock.release();
    expect(existsSync(lockPath(file))).toBe(false);
    lockGame(file, { pid: 200, host: 'here' }, alive([200])).release();
  });

  it('takes over the lock of a process that no longer runs on this host, and of an unreadable lock', () => {
    const file = join(tempDir(), 'game.json');
    writeFileSync(lockPath(file), JSON.stringify({ pid: 55, host: 'here' }));
    lockGame(file, me, alive([])).release();
    writeFileSync(lockPath(file), 'garbage');
    lockGame(file, me, alive([])).release();
  });

  it("respects another host's lock, which it cannot check, and says where to look", () => {
    const file = join(tempDir(), 'game.json');
    writeFileSync(lockPath(file), JSON.stringify({ pid: 55, host: 'lab-pc-3' }));
    expect(() => lockGame(file, me, alive([]))).toThrow(
      /open in another game \(process 55 on lab-pc-3\); finish or quit that game first \(if no game is running there, delete .*game\.json\.lock\)/,
    );
  });

  it('release leaves a lock that another process took over', () => {
    const file = join(tempDir(), 'game.json');
    const lock = lockGame(file, me, alive([]));
    writeFileSync(lockPath(file), JSON.stringify({ pid: 300, host: 'here' }));
    lock.release();
    expect(existsSync(lockPath(file))).toBe(true);
  });

  it('creates the folder of a new named save, as the autosave does', () => {
    const file = join(tempDir(), 'games', 'class-7', 'game.json');
    lockGame(file, me, alive([])).release();
  });
});
