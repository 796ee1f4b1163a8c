// `--first us|china` and `--handicap <n>`, shared by the commands that deal a game (play,
// bot-match, simulate): the engine's setup.first and setup.handicap (RULES.md 6.1.4, 11.2, 11.3).
import { helpText } from './help-lang.js';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Side } from '../decks/types.js';
import * as rules from '../engine/rules.js';

export interface SetupOptions {
  first?: Side;
  handicap?: number;
}

export const FIRST_SIDES: readonly Side[] = ['us', 'china'];

/** A whole number from −MAX_HANDICAP to MAX_HANDICAP; commander prints the message on one line. */
export function parseHandicap(value: string): number {
  const n = Number(value);
  if (!/^[-+]?\d+$/.test(value.trim()) || Math.abs(n) > rules.MAX_HANDICAP) {
    throw new InvalidArgumentError(`expected a whole number from -${rules.MAX_HANDICAP} to ${rules.MAX_HANDICAP}`);
  }
  return n;
}

/** Adds `--first <side>` and `--handicap <n>` to a command. With `parse: false` the handicap stays
 * the text given, for a command that words its own errors (play, in the player's language). */
export function withSetupOptions(command: Command, { parse = true }: { parse?: boolean } = {}): Command {
  const handicap = new Option('--handicap <n>', helpText(command, 'cliHelp.handicap', { max: rules.MAX_HANDICAP }));
  return command
    .addOption(new Option('--first <side>', helpText(command, 'cliHelp.first')).choices(FIRST_SIDES))
    .addOption(parse ? handicap.argParser(parseHandicap) : handicap);
}

/** The setup fields the options ask for, leaving out what was not given. */
export function setupFields(options: SetupOptions): SetupOptions {
  return { ...(options.first ? { first: options.first } : {}), ...(options.handicap ? { handicap: options.handicap } : {}) };
}
