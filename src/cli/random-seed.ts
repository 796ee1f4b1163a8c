// Seeds for new games and rematches. node:crypto is loaded at the first seed, not with the
// command line: importing it took about 3.5 ms of every start (the main menu's first frame and
// --version alike), and most runs never draw a seed before the player asks for a game.
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** The seeds every command accepts (play, simulate, bot-match): the engine's generator takes 32
 * bits, so each of these deals its own game. One range, so a seed from one command works in all. */
export const MAX_SEED = 2 ** 32 - 1;

/** A uniformly random whole number in [0, max). */
export function randomSeed(max: number): number {
  return (load('node:crypto') as typeof Crypto).randomInt(max);
}

/** The seed of a new game when none is given (play, host, join, the menu's form): six digits at
 * most, short enough to read out to a class. */
export function newGameSeed(): number {
  return randomSeed(1_000_000);
}
