// Whether games can be saved in a folder, asked before a game starts: a game whose every
// autosave fails would otherwise be lost, and the player told only once it has ended.
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SaveError, saveWords } from './save-error.js';

/** Creates the folder if needed and writes (then removes) a probe file in it; throws SaveError with what to do. */
export function checkSaveFolder(dir: string, pid: number): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const inTheWay = code === 'EEXIST' || code === 'ENOTDIR';
    throw new SaveError(
      'unreadable',
      inTheWay ? saveWords('save.folder.notAFolder', { dir }) : saveWords('save.folder.cannotCreate', { dir, code: code ?? String(error) }),
    );
  }
  const probe = join(dir, `.write-check-${pid}.tmp`);
  try {
    closeSync(openSync(probe, 'w'));
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SaveError('unreadable', saveWords('save.folder.notWritable', { dir, code: code ?? String(error) }));
  }
}
