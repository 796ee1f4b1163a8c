// Opening a saved game. A save that is damaged (cut short, altered, not replayable) falls back to
// its backup, the save from one action earlier, and says so; reading never writes, so the last
// good save is never touched by a failed attempt.
import { FileReadError, readBoundedFile } from '../decks/boundedRead.js';
import { escapeUnsafeStrings } from '../decks/safeText.js';
import type { GameSetup, GameState } from '../engine/index.js';
import { backupPath } from './atomic-write.js';
import type { DeckSource } from './decks.js';
import { gameSetupFor } from './decks.js';
import { decksOfSave } from './embedded-decks.js';
import { replaySave } from './replay.js';
import { SaveError, isFileDamage } from './save-error.js';
import type { SaveFile } from './save-file.js';
import { MAX_SAVE_BYTES, parseSave } from './save-file.js';

/** Reads and checks one save file (not its backup). Throws SaveError. */
export function readSave(path: string): SaveFile {
  let text: string;
  try {
    text = readBoundedFile(path, MAX_SAVE_BYTES).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    switch (error.code) {
      case 'ENOENT':
      case 'ENOTDIR':
        throw new SaveError('missing', `there is no save file at ${path}; 'silicon-curtain saves' lists your games`);
      case 'EISDIR':
        throw new SaveError('unreadable', `${path} is a folder, not a save file`);
      case 'notRegular':
        throw new SaveError('notASave', `${path} is not a regular file (a device, a pipe or a socket), so not a save file`);
      case 'tooLarge':
        throw new SaveError('notASave', `${path} is too large to be a Silicon Curtain save file (over ${MAX_SAVE_BYTES / (1024 * 1024)} MB); 'silicon-curtain saves' lists your games`);
      default:
        throw new SaveError('unreadable', `${path} cannot be read (${error.code})`);
    }
  }
  // Past the checksum, a crafted save is still possible (the checksum is no signature): its
  // strings are escaped here, once, so no screen or message shows them raw.
  return escapeUnsafeStrings(parseSave(text, path));
}

export interface RestoredGame {
  save: SaveFile;
  /** The file asked for (later saves go there). */
  path: string;
  /** The file the game was actually read from: `path`, or its backup. */
  readFrom: string;
  /** Set when the backup had to be used: one line for the player. */
  warning: string | null;
  setup: GameSetup;
  state: GameState;
  /** With keepStates: every state from the start (see foldActions). */
  states?: GameState[];
}

async function restoreFrom(file: string, decks: DeckSource, keepStates: boolean): Promise<Omit<RestoredGame, 'path' | 'warning'>> {
  const save = readSave(file);
  const setup = gameSetupFor(save, await decksOfSave(save, decks, file), file);
  const replay = replaySave(save, setup, { keepStates, name: file });
  return { save, readFrom: file, setup, ...replay };
}

/**
 * Opens a saved game and replays it to where it stopped. When the file itself is bad, the
 * backup is tried; problems the backup cannot fix (another deck, other rules) are reported at once.
 */
export async function restoreGame(path: string, decks: DeckSource, options: { keepStates?: boolean } = {}): Promise<RestoredGame> {
  const keepStates = options.keepStates ?? false;
  try {
    return { path, warning: null, ...(await restoreFrom(path, decks, keepStates)) };
  } catch (error) {
    if (!isFileDamage(error)) throw error;
    const backup = backupPath(path);
    let restored: Omit<RestoredGame, 'path' | 'warning'>;
    try {
      restored = await restoreFrom(backup, decks, keepStates);
    } catch (backupError) {
      const main = error as SaveError;
      if (main.problem === 'missing' || main.problem === 'notASave') throw main;
      const note = backupError instanceof SaveError && backupError.problem === 'missing' ? 'and there is no backup to fall back on' : `and its backup ${backup} cannot be used either`;
      throw new SaveError(main.problem, `${main.message}, ${note}`);
    }
    const why = error instanceof SaveError && error.problem === 'missing' ? `${path} is missing` : (error as Error).message;
    return { path, warning: `${why}; continuing from its backup ${backup}, made one save earlier`, ...restored };
  }
}

export interface OpenedSave {
  save: SaveFile;
  readFrom: string;
  warning: string | null;
}

/** Reads a save without replaying it (for listings), falling back to the backup like restoreGame. */
export function openSave(path: string): OpenedSave {
  try {
    return { save: readSave(path), readFrom: path, warning: null };
  } catch (error) {
    if (!isFileDamage(error)) throw error;
    const backup = backupPath(path);
    try {
      return { save: readSave(backup), readFrom: backup, warning: `${(error as Error).message}; its backup ${backup} is readable` };
    } catch {
      throw error;
    }
  }
}
