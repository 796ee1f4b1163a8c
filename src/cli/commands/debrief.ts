// `silicon-curtain debrief FILE [--export md] [--out FILE]`: the debrief of a saved game, on
// screen in a terminal, or as a Markdown handout (stdout, or the file given with --out).
import { readFileSync, writeFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { buildDebrief } from '../../classroom/debrief.js';
import { debriefMarkdown } from '../../classroom/debrief-markdown.js';
import { classroomDeck, DeckSourceError } from '../../classroom/deck-source.js';
import { parseSavedGame, replaySavedGame, SavedGameError } from '../../classroom/saved-game.js';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';

interface DebriefOptions {
  export?: 'md';
  out?: string;
}

/** The deck a command plays with, as a one-line error when it cannot be had. */
export function deckOrError(deck: () => TutorialDeck, lang: Lang): TutorialDeck {
  try {
    return deck();
  } catch (error) {
    if (error instanceof DeckSourceError) {
      throw new UserError(
        error.kind === 'missing' ? t(lang, 'classroom.error.deck', { file: error.file }) : t(lang, 'classroom.error.deckInvalid', { file: error.file, reason: error.message }),
      );
    }
    throw error;
  }
}

function savedGameProblem(error: SavedGameError, file: string, lang: Lang): UserError {
  const { reason, n, total } = error.detail;
  switch (error.kind) {
    case 'json':
      return new UserError(t(lang, 'debrief.error.json', { file, reason }));
    case 'shape':
      return new UserError(t(lang, 'debrief.error.shape', { file, problem: reason }));
    case 'setup':
      return new UserError(t(lang, 'debrief.error.setup', { file, reason }));
    case 'replay':
      return new UserError(t(lang, 'debrief.error.replay', { file, reason, n: n ?? 0, total: total ?? 0 }));
  }
}

/** The command, with the deck from `deck()` (tests pass the fixture deck). */
export function debriefCommand(deck: () => TutorialDeck = () => classroomDeck()): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      program
        .command('debrief')
        .description('the debrief of a saved game: the cards played and their history, turning points, questions')
        .argument('<file>', 'a saved game (JSON with setup and actions)')
        .addOption(new Option('--export <format>', 'write the debrief as a handout').choices(['md']))
        .option('--out <file>', 'write the handout to this file instead of standard output (implies --export md)')
        .action(async (file: string, options: DebriefOptions, command: Command) => {
          const lang = chosenLang(command, io.env);
          let text: string;
          try {
            text = readFileSync(file, 'utf8');
          } catch (error) {
            throw new UserError(t(lang, 'debrief.error.read', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
          }
          const cards = deckOrError(deck, lang);
          let debrief;
          try {
            debrief = buildDebrief(replaySavedGame(parseSavedGame(text), cards.cards, cards.decks), lang);
          } catch (error) {
            if (error instanceof SavedGameError) throw savedGameProblem(error, file, lang);
            throw error;
          }
          if (options.export === undefined && options.out === undefined && io.interactive) {
            const { showDebrief } = await import('../../ui/debrief/run-debrief.js');
            await showDebrief(debrief, { alternateScreen: !io.env.CI, color: !io.env.NO_COLOR });
            return;
          }
          const markdown = debriefMarkdown(debrief);
          if (options.out === undefined) {
            io.stdout(markdown);
            return;
          }
          try {
            writeFileSync(options.out, markdown);
          } catch (error) {
            throw new UserError(t(lang, 'debrief.error.read', { file: options.out, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
          }
          io.stdout(`${t(lang, 'debrief.written', { file: options.out })}\n`);
        });
    },
  };
}

export const { register } = debriefCommand();
