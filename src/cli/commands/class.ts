// `silicon-curtain class report FOLDER [--export md|html] [--out FILE]`: one debrief for a whole
// class, from the saved games collected in a folder. The work is in class-run.ts, loaded in the
// action so that defining the command stays cheap.
import { helpText } from '../help-lang.js';
import { Option } from 'commander';
import type { Command } from 'commander';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';
import { classroomDeck } from '../classroom-deck.js';
import type { DeckLoader } from './debrief-run.js';
import type { ClassReportOptions } from './class-run.js';

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function classCommand(deck: DeckLoader = classroomDeck): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      const group = program.command('class').description(helpText(program, 'cliHelp.class'));
      group
        .command('report')
        .description(helpText(program, 'cliHelp.class.report'))
        .argument('<folder>', helpText(program, 'cliHelp.class.folder'))
        .addOption(new Option('--export <format>', helpText(program, 'cliHelp.class.export')).choices(['md', 'html']))
        .option('--out <file>', helpText(program, 'cliHelp.class.out'))
        .addHelpText('after', helpText(program, 'cliHelp.class.after'))
        .action(async (folder: string, options: ClassReportOptions, command: Command) => {
          const { runClassReport } = await import('./class-run.js');
          await runClassReport(folder, options, chosenLang(command, io.env), io, deck);
        });
    },
  };
}

export const { register } = classCommand();
