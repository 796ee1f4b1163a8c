// The decks a game is dealt from: the base deck (unless left out) and each deck file added
// as an expansion to it. Play, simulate, the menu, the classroom commands and saved games all
// load their cards here, so a deck file means the same thing everywhere.
import { cardPool, type CardPool } from './cardPool.js';
import { loadBaseDeck, loadDecksFromDisk, uniquePaths } from './deckFiles.js';
import type { Problem } from './problem.js';
import type { LoadedDeck } from './types.js';

export interface GameDecksOptions {
  /** False for `--no-base-deck`: the deck files alone, each checked as a complete deck. */
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
  if (files.length > 0) {
    const extra = loadDecksFromDisk(files, { asExpansion: withBase, known: decks });
    problems.push(...extra.problems);
    if (!extra.ok) return { decks, problems };
    decks.push(...extra.decks);
  }
  if (decks.length === 0) {
    problems.push({ file: '--no-base-deck', line: 0, col: 0, severity: 'error', message: 'leaves no cards to play with: add a deck with --deck FILE' });
    return { decks, problems };
  }
  return { pool: cardPool(decks), decks, problems };
}
