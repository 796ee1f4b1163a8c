// `--deck FILE` (repeatable) and `--no-base-deck`, shared by every command that deals a game:
// the decks load through src/decks/gameDecks.ts, and a deck with errors ends the command with
// one GNU-style line per problem (file:line:col) before anything is started.
import { Option, type Command } from 'commander';
import type { CardPool } from '../decks/cardPool.js';
import { loadGameDecks } from '../decks/gameDecks.js';
import { formatProblem } from '../decks/problem.js';
import type { LoadedDeck } from '../decks/types.js';
import { UserError } from './errors.js';
import type { CliIO } from './io.js';

export interface DeckOptions {
  deck?: string[];
  baseDeck?: boolean;
}

/** Adds `--deck <file>` (repeatable) and `--no-base-deck` to a command. */
export function withDeckOptions(command: Command): Command {
  return command
    .addOption(new Option('--deck <file>', 'an extra deck file, added to the base deck as an expansion (repeat for more)').argParser(collect).default([]))
    .option('--no-base-deck', 'leave out the base deck: the first --deck file takes its place');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export interface LoadedGameDecks {
  pool: CardPool;
  decks: LoadedDeck[];
}

/** The decks the options ask for; warnings go to stderr, errors end the command. */
export function decksFromOptions(io: CliIO, options: DeckOptions): LoadedGameDecks {
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
