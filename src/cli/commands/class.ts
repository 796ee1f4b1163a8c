// `silicon-curtain class report FOLDER [--export md|html] [--out FILE]`: one debrief for a whole
// class, from the saved games collected in a folder. The work is in class-run.ts, loaded in the
// action so that defining the command stays cheap.
import { Option } from 'commander';
import type { Command } from 'commander';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';
import { classroomDeck } from './debrief.js';
import type { DeckLoader } from './debrief-run.js';
import type { ClassReportOptions } from './class-run.js';

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function classCommand(deck: DeckLoader = classroomDeck): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      const group = program.command('class').description('tools for a teacher: one debrief for the games of a whole class');
      group
        .command('report')
        .description('read every saved game in a folder and write one class debrief: results by persona matchup, deciding cards, turning points, spread of final Leadership, questions')
        .argument('<folder>', 'a folder of saved games (for example collected from the class’s machines)')
        .addOption(new Option('--export <format>', 'md (Markdown, the default) or html (one self-contained page, ready to print)').choices(['md', 'html']))
        .option('--out <file>', 'write the report to this file instead of standard output')
        .addHelpText(
          'after',
          '\nFiles that are not saved games, or are damaged, are skipped with a one-line warning each;\na game copied twice counts once.\n\nExamples:\n  silicon-curtain class report saves/ > class.md\n  silicon-curtain class report saves/ --export html --out class.html --lang fr',
        )
        .action(async (folder: string, options: ClassReportOptions, command: Command) => {
          const { runClassReport } = await import('./class-run.js');
          await runClassReport(folder, options, chosenLang(command, io.env), io, deck);
        });
    },
  };
}

export const { register } = classCommand();
