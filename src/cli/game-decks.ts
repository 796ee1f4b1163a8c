// The decks that `--deck FILE` and `--no-base-deck` (deck-options.ts) ask for: they load through
// src/decks/game-decks.ts, and a deck with errors ends the command with one GNU-style line per
// problem (file:line:col) before anything is started. Heavy (YAML, schema): import it in actions.
import type { CardPool } from '../decks/card-pool.js';
import type { Problem } from '../decks/problem.js';
import type { LoadedDeck } from '../decks/types.js';
import { loadGameDecks } from '../decks/game-decks.js';
import type { Lang } from '../i18n/lang.js';
import { problemLine } from './deck-problems.js';
import { UserError, userError } from './errors.js';
import type { DeckOptions } from './deck-options.js';
import { envLang } from './global-options.js';
import type { CliIO } from './io.js';

/** The decks the options ask for; warnings go to stderr, errors end the command, said in `lang`
 * (by default the environment's). */
export function decksFromOptions(io: CliIO, options: DeckOptions, lang?: Lang): CardPool {
  return loadedDecksFromOptions(io, options, lang).pool;
}

/** The same, with each loaded deck (in order: the base deck or first file, then the expansions). */
export function loadedDecksFromOptions(io: CliIO, options: DeckOptions, lang: Lang = quietEnvLang(io)): { pool: CardPool; decks: LoadedDeck[] } {
  const result = loadGameDecks(options.deck ?? [], { base: options.baseDeck !== false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  // A single error is the command's one line; several are listed, then counted.
  const listed = errors.length === 1 ? result.problems.filter((p) => p !== errors[0]) : result.problems;
  for (const problem of listed) io.stderr(`${problemLine(lang, problem)}\n`);
  if (!result.pool) {
    if (errors.length === 1 && errors[0]) throw new DeckProblemError(errors[0]);
    throw userError('cli.deck.errors', { count: errors.length });
  }
  return { pool: result.pool, decks: result.decks };
}

/** A deck's one error as the command's line, said in the language main() reports in. */
class DeckProblemError extends UserError {
  constructor(private readonly problem: Problem) {
    super(problemLine('en', problem));
  }

  override in(lang: Lang): string {
    return problemLine(lang, this.problem);
  }
}

/** The environment's language; a bad SILICON_CURTAIN_LANG is said by the command that reads it. */
function quietEnvLang(io: CliIO): Lang {
  try {
    return envLang(io.env);
  } catch {
    return 'en';
  }
}
