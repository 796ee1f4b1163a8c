// `--deck FILE` (repeatable) and `--no-base-deck`, shared by every command that deals a game.
// Only the options: reading the decks (YAML, schema checks) is in game-decks.ts, which a command
// imports inside its action, so that --help and --version do not load the deck code.
import { helpText } from './help-lang.js';
import { Option, type Command } from 'commander';

export interface DeckOptions {
  deck?: string[];
  baseDeck?: boolean;
}

/** Adds `--deck <file>` (repeatable) and `--no-base-deck` to a command. */
export function withDeckOptions(command: Command): Command {
  return command
    .addOption(new Option('--deck <file>', helpText(command, 'cliHelp.deckOption')).argParser(collect).default([]))
    .option('--no-base-deck', helpText(command, 'cliHelp.noBaseDeck'));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
