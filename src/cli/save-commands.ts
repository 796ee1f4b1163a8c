// What the commands that open saves share (resume, play, replay, saves, host, join, the main
// menu): the save folder, the game runner they hand a game to, and SaveError as a one-line
// UserError. The store and the UI load inside the actions, so defining a command stays cheap.
import { homedir } from 'node:os';
import type { Command } from 'commander';
import type { Action, GameSetup, GameState, Outcome } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import type { DeckSource, GameLock, Seats } from '../store/index.js';
import { saveDir } from '../store/paths.js';
import { SaveError } from '../store/save-error.js';
import type { Terminal } from '../ui/mount.js';
import { UserError } from './errors.js';
import type { CliIO } from './io.js';

/** What resume needs of the UI's game runner (src/ui/launch.tsx runPlay). */
export interface RunPlayOptions {
  setup: GameSetup;
  actions?: Action[];
  seats: Seats;
  lang: Lang;
  color?: boolean;
  onChange?: (actions: readonly Action[], state: GameState) => void;
  terminal?: Terminal;
}
export interface RunPlayResult {
  outcome: Outcome | null;
  actions: Action[];
  rematch?: boolean;
  /** Left with Ctrl-C. */
  interrupted?: boolean;
}
export type RunPlay = (options: RunPlayOptions) => Promise<RunPlayResult>;

/** What the save commands need from outside the store; tests replace them. */
export interface SaveCommandDeps {
  decks: DeckSource;
  loadRunPlay: () => Promise<RunPlay>;
  platform: string;
  home: string;
  /** Takes the one-process-per-file lock of a game opened for play (default: game-lock.ts). */
  lockGame?: (file: string) => Promise<GameLock>;
}

async function loadRunPlay(): Promise<RunPlay> {
  return (await import('../ui/launch.js')).runPlay;
}

/** The real deck files (src/store/decks.ts), loaded when a save is opened. */
const deckFiles: DeckSource = async (files) => (await import('../store/decks.js')).deckFilesSource(files);

export const defaultDeps: SaveCommandDeps = { decks: deckFiles, loadRunPlay, platform: process.platform, home: homedir() };

export function saveFolder(io: CliIO, deps: SaveCommandDeps): string {
  try {
    return saveDir({ env: io.env, platform: deps.platform, home: deps.home });
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.wording);
    throw error;
  }
}

/** Run a store call and turn its SaveError into the one-line user error main prints. */
export async function asUserError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.wording);
    throw error;
  }
}

/** --lang if the player gave it, else the language the game was saved in. */
export function langFor(command: Command, saved: Lang): Lang {
  return command.optsWithGlobals<{ lang?: Lang }>().lang ?? saved;
}
