// The work of `silicon-curtain tutorial` (tutorial.ts defines the command) and of the menu's
// Tutorial entry: open the saved tutorial or a new one, play it on the game screen, keep the
// progress after every move, and forget it once the tutorial is over.
import { checkTutorialMoves, TutorialReplayError } from '../../classroom/tutorial.js';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import {
  clearTutorialProgress,
  ProgressError,
  progressOf,
  readTutorialProgress,
  tutorialProgressPath,
  writeTutorialProgress,
} from '../../classroom/tutorial-progress.js';
import type { Action } from '../../engine/index.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { ExitCode, UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { deckOrError, type DeckLoader } from './debrief-run.js';

/** The saved moves if the tutorial can go on with them and this deck, else none (saying why on stderr). */
export function savedMoves(deck: TutorialDeck, file: string, restart: boolean, lang: Lang, io: CliIO): Action[] {
  if (restart) return [];
  try {
    const saved = readTutorialProgress(file);
    if (saved === null) return [];
    if (JSON.stringify(saved.decks) !== JSON.stringify(deck.decks)) throw new TutorialReplayError('the cards have changed since');
    const state = checkTutorialMoves(deck, saved.actions);
    // A finished tutorial starts again.
    return state.outcome ? [] : saved.actions;
  } catch (error) {
    if (!(error instanceof ProgressError || error instanceof TutorialReplayError)) throw error;
    io.stderr(`silicon-curtain: ${t(lang, 'tutorial.restarted', { reason: error.message })}\n`);
    return [];
  }
}

export interface TutorialRunOptions {
  restart: boolean;
  /** Started from the main menu: the tutorial's end goes back there, and nothing is printed. */
  fromMenu?: boolean;
}

/** Plays the tutorial: a new one with `restart`, else the saved one. Resolves true when left with Ctrl-C. */
export async function runTutorialCommand(options: TutorialRunOptions, lang: Lang, io: CliIO, deck: DeckLoader): Promise<boolean> {
  if (!io.interactive) throw new UserError(t(lang, 'tutorial.noTerminal'), ExitCode.noTerminal);
  const cards = await deckOrError(deck, lang);
  let file: string;
  try {
    file = tutorialProgressPath(io.env);
  } catch (error) {
    if (error instanceof ProgressError) throw new UserError(error.message);
    throw error;
  }
  const actions = savedMoves(cards, file, options.restart, lang, io);
  // A write that fails must not stop the lesson: say so once the screen is gone.
  let notSaved: string | null = null;
  let finished = false;
  const save = (moves: Action[], state: { outcome: unknown }) => {
    finished = state.outcome !== null;
    try {
      writeTutorialProgress(file, progressOf(cards.decks, moves));
    } catch (error) {
      notSaved ??= error instanceof Error ? error.message : String(error);
    }
  };
  const { runTutorial } = await import('../../ui/launch.js');
  const { processTerminal } = await import('../process-terminal.js');
  const result = await runTutorial({
    deck: cards,
    actions,
    lang,
    onChange: save,
    color: !io.env.NO_COLOR,
    fromMenu: options.fromMenu ?? false,
    terminal: processTerminal(),
  });
  if (finished) {
    clearTutorialProgress(file);
    if (!options.fromMenu) io.stdout(`${t(lang, 'tutorial.done')}\n`);
  } else if (notSaved !== null) io.stderr(`silicon-curtain: ${t(lang, 'tutorial.notSaved', { file, reason: notSaved })}\n`);
  else if (!options.fromMenu || result.interrupted === true) io.stdout(`${t(lang, 'tutorial.left')}\n`);
  return result.interrupted === true;
}
