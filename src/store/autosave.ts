// The autosaver: after every action the whole game (setup + actions) is written again, atomically,
// so a crash, Ctrl-C or `kill -9` at any moment loses at most the action being made.
// A failing disk never stops the game: the error is reported once and play goes on.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { Action, GameSetup, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { backupPath, writeFileAtomic } from './atomic-write.js';
import { deckFilesSource } from './decks.js';
import { deckContentsOf } from './embedded-decks.js';
import { autosaveName } from './paths.js';
import type { EmbeddedDeck, SavedSetup, Seats } from './save-file.js';
import { buildSave, formatSave } from './save-file.js';
import { saveHash } from './state-hash.js';
import { saveWords } from './save-error.js';
import { sayWording } from '../i18n/messages.js';

export const APP_VERSION: string = pkg.version;

export interface AutosaverOptions {
  /** The setup the game was created with (its cards are not saved: the deck hashes stand for them). */
  setup: Omit<GameSetup, 'cards'>;
  seats: Seats;
  lang: Lang;
  /** Deck files loaded besides the base deck. */
  deckFiles?: readonly string[];
  /** The extra decks' content to carry in the save (a resumed game passes its save's); by
   * default read from `deckFiles` at the first save, when they still hold the game's decks. */
  deckContents?: readonly EmbeddedDeck[];
  /** Save into this folder under `name` (default: a dated name saying who plays)... */
  dir?: string;
  name?: string;
  /** ...or into exactly this file (`play --save FILE`, `resume FILE`). */
  file?: string;
  /** Keep the file being replaced as `.bak` on the first save. False when that file is known to be
   * damaged (a game resumed from its backup), so the good backup is not replaced by it. */
  backupExisting?: boolean;
  /** False: no flush to the disk after each write (see AtomicWriteOptions.flush). */
  flush?: boolean;
  /** Told once per distinct failure (disk full, folder not writable), in `lang`. */
  onError?: (message: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface Autosaver {
  /** The save file. */
  readonly path: string;
  /** Write the game as it stands; plugs into runPlay's onChange. Never throws. */
  save(actions: readonly Action[], state: GameState): void;
  /** The last failure, or null when the last save succeeded. */
  readonly lastError: string | null;
}

export function savedSetupOf(options: Pick<AutosaverOptions, 'setup' | 'seats' | 'lang' | 'deckFiles'>): SavedSetup {
  const { setup } = options;
  return {
    seed: setup.seed,
    personas: { us: setup.personas.us, china: setup.personas.china },
    rounds: setup.rounds ?? 3,
    handicap: setup.handicap ?? 0,
    ...(setup.first ? { first: setup.first } : {}),
    seats: { us: options.seats.us, china: options.seats.china },
    lang: options.lang,
    deckFiles: (options.deckFiles ?? []).map((f) => resolve(f)),
  };
}

/** Temporary files of earlier writes to `file` that were killed half-way: never read, safe to remove. */
function removeStaleTemps(file: string): void {
  const prefix = `.${basename(file)}.`;
  try {
    for (const name of readdirSync(dirname(file))) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(file), name), { force: true });
    }
  } catch {
    // The folder may not exist yet: nothing to clean.
  }
}

function savePathOf(options: AutosaverOptions, now: () => Date): string {
  if (options.file) return resolve(options.file);
  if (!options.dir) throw new Error('createAutosaver needs a dir or a file');
  const dir = resolve(options.dir);
  if (options.name) return join(dir, options.name);
  // Two games started in the same second with the same seed must not share a file.
  const name = autosaveName(now(), options.setup.personas, options.setup.seed);
  let path = join(dir, name);
  for (let n = 2; existsSync(path) || existsSync(backupPath(path)); n++) path = join(dir, name.replace(/\.json$/, `_${n}.json`));
  return path;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const now = options.now ?? (() => new Date());
  const path = savePathOf(options, now);
  const setup = savedSetupOf(options);
  const decks = options.setup.decks.map((d) => ({ id: d.id, hash: d.hash }));
  let deckContents: readonly EmbeddedDeck[] | undefined = options.deckContents;
  let backup = options.backupExisting !== false;
  let lastError: string | null = null;
  const reported = new Set<string>();
  removeStaleTemps(path);

  return {
    path,
    get lastError() {
      return lastError;
    },
    save(actions, state) {
      try {
        deckContents ??= deckContentsOf(setup.deckFiles, decks, deckFilesSource);
        const save = buildSave({ appVersion: APP_VERSION, decks, deckContents, setup, actions, state, finalHash: saveHash(state), savedAt: now() });
        writeFileAtomic(path, formatSave(save), { backup, ...(options.flush === false ? { flush: false } : {}) });
        backup = true;
        lastError = null;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        lastError = sayWording(options.lang, saveWords('save.autosaveFailed', { path, reason }));
        if (!reported.has(reason)) {
          reported.add(reason);
          options.onError?.(lastError);
        }
      }
    },
  };
}

export interface GameAutosave {
  /** Plugs into runPlay's onChange. */
  onChange(actions: readonly Action[], state: GameState): void;
  /** The save file, once the first action has been saved. */
  readonly path: string | null;
  readonly lastError: string | null;
}

/** An autosave for a game whose personas may still be chosen on screen: the save file is
 * created at the first change, from the setup the game state records. */
export function autosaveGame(options: Omit<AutosaverOptions, 'setup'>): GameAutosave {
  let saver: Autosaver | null = null;
  return {
    onChange(actions, state) {
      saver ??= createAutosaver({ ...options, setup: state.setup });
      saver.save(actions, state);
    },
    get path() {
      return saver?.path ?? null;
    },
    get lastError() {
      return saver?.lastError ?? null;
    },
  };
}
