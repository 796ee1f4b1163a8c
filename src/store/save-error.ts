// What can be wrong with a save, said in one line: what is wrong, then what the player can do.
// Every failure of loading or replaying a save becomes a SaveError, never a stack trace.

import type { Lang } from '../i18n/lang.js';
import { sayWording, type MessageKey, type Wording } from '../i18n/messages.js';

export type SaveProblem =
  /** No file at that path. */
  | 'missing'
  /** The file exists but cannot be read (permissions, a directory, too large). */
  | 'unreadable'
  /** Not a Silicon Curtain save at all (another JSON file, a deck, random bytes). */
  | 'notASave'
  /** A save that was cut short or altered: bad JSON, wrong checksum. */
  | 'damaged'
  /** Well-formed JSON with the right checksum, but fields of the wrong shape. */
  | 'invalid'
  /** Written by a newer version of the game. */
  | 'newerFormat'
  /** Played under other rules than this version's. */
  | 'rulesVersion'
  /** A deck the game was played with is not loaded, or has changed since. */
  | 'deckMissing'
  | 'deckChanged'
  /** The recorded setup is refused by the engine. */
  | 'badSetup'
  /** An action of the list cannot be played at its turn. */
  | 'illegalAction'
  /** The actions replay to another game than the one recorded. */
  | 'hashMismatch'
  /** A new named save would overwrite a file that is already there. */
  | 'fileExists'
  /** Another process has the game open (its lock file names it). */
  | 'locked';

export class SaveError extends Error {
  override readonly name = 'SaveError';

  /** `message` is the English line; `wording` says it in any language (`in`). */
  constructor(
    readonly problem: SaveProblem,
    readonly wording: Wording,
  ) {
    super(sayWording('en', wording));
  }

  /** The one line in `lang`. */
  in(lang: Lang): string {
    return sayWording(lang, this.wording);
  }
}

/** A save's own wording: `save.KEY` with its params. */
export function saveWords(key: SaveMessageKey, params?: Wording['params']): Wording {
  return params ? { key, params } : { key };
}

type SaveMessageKey = Extract<MessageKey, `save.${string}`>;

/** True for problems of the file itself, where an older copy (the backup) may still be good. */
export function isFileDamage(error: unknown): boolean {
  return error instanceof SaveError && ['missing', 'unreadable', 'notASave', 'damaged', 'invalid', 'illegalAction', 'hashMismatch'].includes(error.problem);
}
