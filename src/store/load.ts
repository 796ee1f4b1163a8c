// Opening a saved game. A save that is damaged (cut short, altered, not replayable) falls back to
// its backup, the save from one action earlier, and says so; reading never writes, so the last
// good save is never touched by a failed attempt.
import { FileReadError, readBoundedFile } from '../decks/bounded-read.js';
import { escapeUnsafeStrings } from '../decks/safe-text.js';
import type { GameSetup, GameState } from '../engine/index.js';
import { backupPath } from './atomic-write.js';
import type { DeckSource } from './decks.js';
import { gameSetupFor } from './decks.js';
import { decksOfSave } from './embedded-decks.js';
import { replaySave } from './replay.js';
import { SaveError, isFileDamage, saveWords } from './save-error.js';
import type { Wording } from '../i18n/messages.js';
import type { SaveFile } from './save-file.js';
import { MAX_SAVE_BYTES, parseSave } from './save-file.js';

/** What went wrong, as a wording (a file-damage error is always a SaveError; anything else is said as it is). */
function wordingOf(error: unknown): Wording {
  return error instanceof SaveError ? error.wording : saveWords('save.other', { message: error instanceof Error ? error.message : String(error) });
}

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
        throw new SaveError('missing', saveWords('save.missing', { path }));
      case 'EISDIR':
        throw new SaveError('unreadable', saveWords('save.isFolder', { path }));
      case 'notRegular':
        throw new SaveError('notASave', saveWords('save.notRegular', { path }));
      case 'tooLarge':
        throw new SaveError('notASave', saveWords('save.tooLarge', { path, mb: MAX_SAVE_BYTES / (1024 * 1024) }));
      default:
        throw new SaveError('unreadable', saveWords('save.cannotRead', { path, code: error.code }));
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
  /** Set when the backup had to be used: one line for the player, in any language. */
  warning: Wording | null;
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
      const noBackup = backupError instanceof SaveError && backupError.problem === 'missing';
      throw new SaveError(
        main.problem,
        noBackup ? saveWords('save.noBackup', { problem: main.wording }) : saveWords('save.badBackup', { problem: main.wording, backup }),
      );
    }
    const why = error instanceof SaveError && error.problem === 'missing' ? saveWords('save.isMissing', { path }) : wordingOf(error);
    return { path, warning: saveWords('save.fromBackup', { why, backup }), ...restored };
  }
}

export interface OpenedSave {
  save: SaveFile;
  readFrom: string;
  warning: Wording | null;
}

/** Reads a save without replaying it (for listings), falling back to the backup like restoreGame. */
export function openSave(path: string): OpenedSave {
  try {
    return { save: readSave(path), readFrom: path, warning: null };
  } catch (error) {
    if (!isFileDamage(error)) throw error;
    const backup = backupPath(path);
    try {
      return { save: readSave(backup), readFrom: backup, warning: saveWords('save.backupReadable', { why: wordingOf(error), backup }) };
    } catch {
      throw error;
    }
  }
}
