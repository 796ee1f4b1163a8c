// The work of `silicon-curtain tutorial` (tutorial.ts defines the command): open the saved
// lesson or a new one, run it on screen, keep the progress after every move.
import { resumeTutorial, startTutorial, TutorialReplayError } from '../../classroom/tutorial.js';
import type { TutorialDeck, TutorialSession } from '../../classroom/tutorial.js';
import {
  clearTutorialProgress, ProgressError, progressOf, readTutorialProgress, tutorialProgressPath, writeTutorialProgress,
} from '../../classroom/tutorial-progress.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { ExitCode, UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { deckOrError, type DeckLoader } from './debrief-run.js';

/** The saved tutorial if it can go on with this deck, else a new one (saying why on stderr). */
export function openTutorial(deck: TutorialDeck, file: string, restart: boolean, lang: Lang, io: CliIO): TutorialSession {
  if (restart) return startTutorial(deck);
  try {
    const saved = readTutorialProgress(file);
    if (saved === null) return startTutorial(deck);
    if (JSON.stringify(saved.decks) !== JSON.stringify(deck.decks)) throw new TutorialReplayError('the cards have changed since');
    return resumeTutorial(deck, saved);
  } catch (error) {
    if (!(error instanceof ProgressError || error instanceof TutorialReplayError)) throw error;
    io.stderr(`silicon-curtain: ${t(lang, 'tutorial.restarted', { reason: error.message })}\n`);
    return startTutorial(deck);
  }
}

/** The tutorial command's action: a new lesson with `restart`, else the saved one. */
export async function runTutorialCommand(restart: boolean, lang: Lang, io: CliIO, deck: DeckLoader): Promise<void> {
  if (!io.interactive) throw new UserError(t(lang, 'tutorial.noTerminal'), ExitCode.noTerminal);
  const cards = await deckOrError(deck, lang);
  let file: string;
  try {
    file = tutorialProgressPath(io.env);
  } catch (error) {
    if (error instanceof ProgressError) throw new UserError(error.message);
    throw error;
  }
  const session = openTutorial(cards, file, restart, lang, io);
  // A write that fails must not stop the lesson: say so once the screen is gone.
  let notSaved: string | null = null;
  const save = (s: TutorialSession) => {
    try {
      writeTutorialProgress(file, progressOf(s));
    } catch (error) {
      notSaved ??= error instanceof Error ? error.message : String(error);
    }
  };
  const { runTutorial } = await import('../../ui/tutorial/run-tutorial.js');
  const { alternateScreen } = await import('../process-terminal.js');
  const result = await runTutorial({ session, lang, onProgress: save, alternateScreen: alternateScreen(io.env) });
  if (result.finished) clearTutorialProgress(file);
  else if (notSaved !== null) io.stderr(`silicon-curtain: ${t(lang, 'tutorial.notSaved', { file, reason: notSaved })}\n`);
}
