// Every file an output option writes (--out, --markdown): the handouts and reports. One place
// decides what may be written over and makes the text safe, so no option can destroy a game.
//
// Refused: a save file (recognised by its content, whatever its name), a save's `.bak`, and
// any of the command's own inputs (the save being exported, a deck being simulated), also when
// reached by another name (a link): those are compared by device and inode.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupPath, writeFileAtomic } from '../store/atomic-write.js';
import { SAVE_FORMAT } from '../store/save-file.js';
import { UserError } from './errors.js';
import type { Wording } from '../i18n/messages.js';
import { safeOutput } from './io.js';

/** The first bytes of a file (a save names its format in its first line or two). */
function head(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sameFile(a: { dev: number; ino: number }, b: { dev: number; ino: number }): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Why `file` must not be written over, or null. `option` names the option in the message. */
export function outputRefusal(file: string, option: string, inputs: readonly string[] = []): string | null {
  const target = resolve(file);
  let info;
  try {
    info = statSync(target);
  } catch {
    info = null;
  }
  for (const input of inputs) {
    const inputInfo = (() => {
      try {
        return statSync(input);
      } catch {
        return null;
      }
    })();
    if (resolve(input) === target || (info && inputInfo && sameFile(info, inputInfo))) {
      return `${option} ${file} is this command's own input; choose another file`;
    }
    if (resolve(backupPath(input)) === target) return `${option} ${file} is the backup of this command's input; choose another file`;
  }
  if (!info) return null;
  if (!info.isFile()) return `${option} ${file} is not a regular file; choose another file`;
  if (/\.bak$/i.test(target) || head(target, 256).includes(`"${SAVE_FORMAT}"`)) {
    return `${option} ${file} is a saved game (or its backup), which it would destroy; choose another file`;
  }
  return null;
}

/** Writes an output file: refused over a save, a backup or an input; text made safe; atomic. */
export function writeOutputFile(
  file: string,
  text: string,
  option: string,
  inputs: readonly string[] = [],
  cannotWrite?: (reason: string) => string | Wording,
): void {
  const refusal = outputRefusal(file, option, inputs);
  if (refusal) throw new UserError(refusal);
  try {
    // writeFileAtomic creates missing folders, as saves need; a mistyped output path must fail instead.
    statSync(dirname(resolve(file)));
    writeFileAtomic(file, safeOutput(text), { backup: false });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(cannotWrite ? cannotWrite(reason) : `${option} ${file}: cannot write it (${reason})`);
  }
}
