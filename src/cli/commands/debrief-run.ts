// The work of `silicon-curtain debrief` (debrief.ts defines the command): read and replay the
// saved game, then show its debrief or write the handout.
import { FileReadError, MAX_JSON_DEPTH, jsonTooDeep, readBoundedFile } from '../../decks/boundedRead.js';
import { MAX_SAVE_BYTES } from '../../store/save-file.js';
import { buildDebrief } from '../../classroom/debrief.js';
import { debriefMarkdown } from '../../classroom/debrief-markdown.js';
import { DeckSourceError } from '../../classroom/deck-source.js';
import { parseSavedGame, replaySavedGame, SavedGameError } from '../../classroom/saved-game.js';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { writeOutputFile } from '../output-file.js';

export interface DebriefOptions {
  export?: 'md';
  out?: string;
}

/** Where a classroom command gets its cards (tests pass the fixture deck). */
export type DeckLoader = () => TutorialDeck | Promise<TutorialDeck>;

/** The deck a command plays with, as a one-line error when it cannot be had. */
export async function deckOrError(deck: DeckLoader, lang: Lang): Promise<TutorialDeck> {
  try {
    return await deck();
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

/** Debrief the saved game in `file`: on screen in a terminal, else as Markdown. */
export async function runDebrief(file: string, options: DebriefOptions, lang: Lang, io: CliIO, deck: DeckLoader): Promise<void> {
  let text: string;
  try {
    text = readBoundedFile(file, MAX_SAVE_BYTES).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    const reason = error.code === 'tooLarge' ? `over ${MAX_SAVE_BYTES} bytes` : error.code === 'notRegular' ? 'not a regular file' : error.code;
    throw new UserError(t(lang, 'debrief.error.read', { file, reason }));
  }
  if (jsonTooDeep(text)) throw new UserError(t(lang, 'debrief.error.shape', { file, problem: `nested more than ${MAX_JSON_DEPTH} deep` }));
  const cards = await deckOrError(deck, lang);
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
  const out = options.out;
  writeOutputFile(out, markdown, '--out', [file], (reason) => t(lang, 'debrief.error.write', { file: out, reason }));
  io.stdout(`${t(lang, 'debrief.written', { file: options.out })}\n`);
}
