// The decks that `--deck FILE` and `--no-base-deck` (deck-options.ts) ask for: they load through
// src/decks/game-decks.ts, and a deck with errors ends the command with one GNU-style line per
// problem (file:line:col) before anything is started. Heavy (YAML, schema): import it in actions.
import type { CardPool } from '../decks/card-pool.js';
import type { LoadedDeck } from '../decks/types.js';
import { loadGameDecks } from '../decks/game-decks.js';
import { formatProblem } from '../decks/problem.js';
import { UserError } from './errors.js';
import type { DeckOptions } from './deck-options.js';
import type { CliIO } from './io.js';

/** The decks the options ask for; warnings go to stderr, errors end the command. */
export function decksFromOptions(io: CliIO, options: DeckOptions): CardPool {
  return loadedDecksFromOptions(io, options).pool;
}

/** The same, with each loaded deck (in order: the base deck or first file, then the expansions). */
export function loadedDecksFromOptions(io: CliIO, options: DeckOptions): { pool: CardPool; decks: LoadedDeck[] } {
  const result = loadGameDecks(options.deck ?? [], { base: options.baseDeck !== false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  // A single error is the command's one line; several are listed, then counted.
  const listed = errors.length === 1 ? result.problems.filter((p) => p !== errors[0]) : result.problems;
  for (const problem of listed) io.stderr(`${formatProblem(problem)}\n`);
  if (!result.pool) {
    if (errors.length === 1 && errors[0]) throw new UserError(formatProblem(errors[0]));
    throw new UserError(`${errors.length} errors in the decks: nothing was started`);
  }
  return { pool: result.pool, decks: result.decks };
}
