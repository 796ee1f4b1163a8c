// `silicon-curtain debrief FILE [--export md|html] [--handout] [--out FILE]`: the debrief of a
// saved game, on screen in a terminal, or as a Markdown or HTML handout (stdout, or --out).
// The saved game, the cards and the debrief load in the action (debrief-run.ts), so that
// defining the command stays cheap.
import { Option } from 'commander';
import type { Command } from 'commander';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';
import type { DebriefOptions, DeckLoader } from './debrief-run.js';

/** The game's cards for the classroom commands: the shipped decks (src/classroom/deck-source.ts). */
export async function classroomDeck(): Promise<TutorialDeck> {
  return (await import('../../classroom/deck-source.js')).classroomDeck();
}

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function debriefCommand(deck: DeckLoader = classroomDeck): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      program
        .command('debrief')
        .description('the debrief of a saved game: the cards played and their history, turning points, what happened next, questions')
        .argument('<file>', 'a saved game (JSON with setup and actions)')
        .addOption(new Option('--export <format>', 'write the debrief as a handout: md (Markdown) or html (one self-contained page, ready to print)').choices(['md', 'html']))
        .option('--handout', 'the one-page version for students: result, turning points, what happened next, the questions (Markdown unless --export html)')
        .option('--out <file>', 'write the handout to this file instead of standard output (Markdown unless --export html)')
        .addHelpText(
          'after',
          '\nEvery debrief asks the same three core questions (the H20 dilemma, the technological trap,\nthe bargaining chips), then one or two drawn from the cards that swung the game.\n\nExamples:\n  silicon-curtain debrief game.json --handout --lang fr > fiche.md\n  silicon-curtain debrief game.json --export html --out debrief.html\n  silicon-curtain debrief game.json --handout --export html --out handout.html\n\nSee also: silicon-curtain class report FOLDER (one debrief for a whole class).',
        )
        .action(async (file: string, options: DebriefOptions, command: Command) => {
          const { runDebrief } = await import('./debrief-run.js');
          await runDebrief(file, options, chosenLang(command, io.env), io, deck);
        });
    },
  };
}

export const { register } = debriefCommand();
