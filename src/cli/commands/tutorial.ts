// `silicon-curtain tutorial [--restart]`: a guided first round in the terminal. Progress is kept
// after every move (see src/classroom/tutorial-progress.ts) and the tutorial resumes there.
// The lesson itself loads in the action (tutorial-run.ts), so that defining the command stays cheap.
import { helpText } from '../help-lang.js';
import type { Command } from 'commander';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';
import type { DeckLoader } from './debrief-run.js';
import { classroomDeck } from '../classroom-deck.js';

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function tutorialCommand(deck: DeckLoader = classroomDeck): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      program
        .command('tutorial')
        .description(helpText(program, 'cliHelp.tutorial'))
        .option('--restart', helpText(program, 'cliHelp.tutorial.restart'))
        .action(async (options: { restart?: boolean }, command: Command) => {
          const { runTutorialCommand } = await import('./tutorial-run.js');
          await runTutorialCommand({ restart: options.restart === true }, chosenLang(command, io.env), io, deck);
        });
    },
  };
}

export const { register } = tutorialCommand();
