// Where a tutorial left off, so it can be resumed: a small JSON file in the game's data folder.
//
//   folder:  $SILICON_CURTAIN_HOME, else $XDG_DATA_HOME/silicon-curtain, else ~/.local/share/silicon-curtain
//   file:    tutorial.json = { version: 2, decks: [{id, hash}], actions: Action[] }
//
// `actions` is every action of the tutorial game, both sides'; re-folding them from the fixed
// deal gives the game back, and the lesson with it (the lessons follow the moves). A version 1
// file (the old tutorial's) is not read: that tutorial starts again. `decks` records the decks it was played with: a tutorial saved
// with other cards starts over. Written atomically (a temporary file flushed, then renamed
// over the old one), so a crash or a power cut never leaves half a file. Separate from the save games of src/store on
// purpose: a tutorial is not a game a player lists or loads.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { FileReadError, jsonTooDeep, readBoundedFile } from '../decks/bounded-read.js';
import { escapeUnsafeStrings } from '../decks/safe-text.js';
import type { Action } from '../engine/index.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { actionSchema } from '../store/save-file.js';

export const PROGRESS_FILE = 'tutorial.json';
/** A tutorial round is some 60 actions (a few KB); anything past this is not a progress file. */
export const MAX_PROGRESS_BYTES = 256 * 1024;

export interface TutorialProgress {
  version: 2;
  decks: { id: string; hash: string }[];
  actions: Action[];
}

const progressSchema = z.object({
  version: z.literal(2),
  decks: z.array(z.object({ id: z.string(), hash: z.string() })),
  actions: z.array(actionSchema),
});

/** The data folder of the game, from the environment the CLI passes in. */
export function dataFolder(env: Readonly<Record<string, string | undefined>>): string {
  if (env.SILICON_CURTAIN_HOME) return path.resolve(env.SILICON_CURTAIN_HOME);
  // Relative folders are ignored (the XDG rule): the progress must not follow the current folder.
  if (env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)) return path.join(env.XDG_DATA_HOME, 'silicon-curtain');
  const home = env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir();
  if (!path.isAbsolute(home)) throw new ProgressError('there is no home folder to keep the tutorial in; set SILICON_CURTAIN_HOME=/some/folder');
  return path.join(home, '.local', 'share', 'silicon-curtain');
}

export function tutorialProgressPath(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(dataFolder(env), PROGRESS_FILE);
}

export class ProgressError extends Error {
  override readonly name = 'ProgressError';
}

/** The saved progress, or null when there is none. A damaged file is a ProgressError. */
export function readTutorialProgress(file: string): TutorialProgress | null {
  let text: string;
  try {
    text = readBoundedFile(file, MAX_PROGRESS_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError && error.code === 'ENOENT') return null;
    throw new ProgressError(error instanceof Error ? error.message : String(error));
  }
  if (jsonTooDeep(text)) throw new ProgressError(`${file} is not a tutorial progress file`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProgressError(`${file} is not JSON`);
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) throw new ProgressError(`${file} is not a tutorial progress file`);
  // Its strings reach the tutorial's screen: a crafted file must not drive the terminal.
  return escapeUnsafeStrings(parsed.data as TutorialProgress);
}

/** The saves' atomic write (src/store/atomic-write.ts): flushed to disk before the rename, so a
 * power cut cannot leave an empty progress file where the rename outran the data. */
export function writeTutorialProgress(file: string, progress: TutorialProgress): void {
  // The store's atomic write: flushed to disk, so a crash never leaves half a progress file.
  writeFileAtomic(file, `${JSON.stringify(progress)}\n`, { backup: false });
}

export function clearTutorialProgress(file: string): void {
  rmSync(file, { force: true });
}

/** What to write after each move. */
export function progressOf(decks: { id: string; hash: string }[], actions: readonly Action[]): TutorialProgress {
  return { version: 2, decks, actions: [...actions] };
}
