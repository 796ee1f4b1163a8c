// Whether games can be saved in a folder, asked before a game starts: a game whose every
// autosave fails would otherwise be lost, and the player told only once it has ended.
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SaveError } from './save-error.js';

const WHAT_TO_DO = 'make it a writable folder, or save elsewhere with SILICON_CURTAIN_HOME=/some/folder or play --save FILE';

/** Creates the folder if needed and writes (then removes) a probe file in it; throws SaveError with what to do. */
export function checkSaveFolder(dir: string, pid: number): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a folder (a file is in the way)' : `cannot be created (${code ?? String(error)})`;
    throw new SaveError('unreadable', `games cannot be saved: the saves folder ${dir} ${what}; ${WHAT_TO_DO}`);
  }
  const probe = join(dir, `.write-check-${pid}.tmp`);
  try {
    closeSync(openSync(probe, 'w'));
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SaveError('unreadable', `games cannot be saved: the saves folder ${dir} is not writable (${code ?? String(error)}); ${WHAT_TO_DO}`);
  }
}
