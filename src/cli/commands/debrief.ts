// `silicon-curtain debrief FILE [--export md|html] [--handout] [--out FILE]`: the debrief of a
// saved game, on screen in a terminal, or as a Markdown or HTML handout (stdout, or --out).
// The saved game, the cards and the debrief load in the action (debrief-run.ts), so that
// defining the command stays cheap.
import { helpText } from '../help-lang.js';
import { Option } from 'commander';
import type { Command } from 'commander';
import { classroomDeck } from '../classroom-deck.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';
import type { DebriefOptions, DeckLoader } from './debrief-run.js';

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function debriefCommand(deck: DeckLoader = classroomDeck): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      program
        .command('debrief')
        .description(helpText(program, 'cliHelp.debrief'))
        .argument('<file>', helpText(program, 'cliHelp.debrief.file'))
        .addOption(new Option('--export <format>', helpText(program, 'cliHelp.debrief.export')).choices(['md', 'html']))
        .option('--handout', helpText(program, 'cliHelp.debrief.handout'))
        .option('--out <file>', helpText(program, 'cliHelp.debrief.out'))
        .addHelpText('after', helpText(program, 'cliHelp.debrief.after'))
        .action(async (file: string, options: DebriefOptions, command: Command) => {
          const { runDebrief } = await import('./debrief-run.js');
          await runDebrief(file, options, chosenLang(command, io.env), io, deck);
        });
    },
  };
}

export const { register } = debriefCommand();
