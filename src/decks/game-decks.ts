// The decks a game is dealt from: the base deck (or, with --no-base-deck, the first deck file)
// and each other deck file added as an expansion to it. Play, simulate, the menu and saved games
// all load their cards here, so a deck file means the same thing everywhere. (The classroom
// commands read the shipped base deck only, through src/classroom/deck-source.ts.)
import { cardPool, type CardPool } from './card-pool.js';
import { loadBaseDeck, loadDecksFromDisk, uniquePaths } from './deck-files.js';
import { said, type Problem } from './problem.js';
import type { LoadedDeck } from './types.js';

export interface GameDecksOptions {
  /** False for `--no-base-deck`: the first deck file is the base deck, the others its expansions. */
  base?: boolean;
}

export interface GameDecks {
  /** Present when every deck loaded without error. */
  pool?: CardPool;
  decks: LoadedDeck[];
  /** Errors and warnings, by file then position. */
  problems: Problem[];
}

export function loadGameDecks(deckFiles: readonly string[] = [], options: GameDecksOptions = {}): GameDecks {
  const withBase = options.base !== false;
  const decks: LoadedDeck[] = [];
  const problems: Problem[] = [];
  if (withBase) {
    const base = loadBaseDeck();
    problems.push(...base.problems);
    if (!base.deck) return { decks, problems };
    decks.push(base.deck);
  }
  const files = uniquePaths(deckFiles);
  // Without the base deck, the first file takes its place (and must be complete on its own).
  const [first, ...rest] = files;
  if (!withBase && first !== undefined) {
    const own = loadDecksFromDisk([first]);
    problems.push(...own.problems);
    if (!own.ok) return { decks, problems };
    decks.push(...own.decks);
  }
  const expansions = withBase ? files : rest;
  if (expansions.length > 0) {
    const extra = loadDecksFromDisk(expansions, { asExpansion: true, known: decks });
    problems.push(...extra.problems);
    if (!extra.ok) return { decks, problems };
    decks.push(...extra.decks);
  }
  if (decks.length === 0) {
    problems.push({ file: '--no-base-deck', line: 0, col: 0, severity: 'error', ...said('noCards') });
    return { decks, problems };
  }
  return { pool: cardPool(decks), decks, problems };
}
