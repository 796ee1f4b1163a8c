// The work of `silicon-curtain debrief` (debrief.ts defines the command): read and replay the
// saved game, then show its debrief or write the handout.
import { FileReadError, MAX_JSON_DEPTH, jsonTooDeep, readBoundedFile } from '../../decks/boundedRead.js';
import { MAX_SAVE_BYTES, SAVE_FORMAT } from '../../store/save-file.js';
import { buildDebrief, type Debrief } from '../../classroom/debrief.js';
import { debriefMarkdown } from '../../classroom/debrief-markdown.js';
import { DeckSourceError } from '../../classroom/deck-source.js';
import { parseSavedGame, replaySavedGame, SavedGameError } from '../../classroom/saved-game.js';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import { RULES_VERSION } from '../../engine/rules.js';
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
    case 'rules':
      return new UserError(t(lang, 'debrief.error.rules', { file, saved: reason, current: RULES_VERSION }));
    case 'replay':
      return new UserError(t(lang, 'debrief.error.replay', { file, reason, n: n ?? 0, total: total ?? 0 }));
    default: {
      const unhandled: never = error.kind;
      throw new Error(`saved-game problem not handled: ${String(unhandled)}`);
    }
  }
}

/** Whether `text` is a save file of the game (src/store), rather than a bare {setup, actions} record. */
function isGameSave(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown } | null)?.format === SAVE_FORMAT;
  } catch {
    return false;
  }
}

/**
 * A save file is read by the saves' own reader (src/store/load.ts), as resume and replay read it:
 * its checksum, its backup when it is damaged, and the deck files it was played with (an
 * expansion's cards included, which the base deck alone cannot replay).
 */
async function debriefOfSave(file: string, lang: Lang, io: CliIO): Promise<Debrief> {
  const { SaveError, deckFilesSource, restoreGame } = await import('../../store/index.js');
  try {
    const restored = await restoreGame(file, deckFilesSource);
    if (restored.warning) io.stderr(`silicon-curtain: ${restored.warning}\n`);
    return buildDebrief(restored.state, lang);
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.message);
    throw error;
  }
}

/** A bare record of a game ({setup, actions}, as class tools write them), replayed on the shipped decks. */
async function debriefOfGameRecord(text: string, file: string, lang: Lang, deck: DeckLoader): Promise<Debrief> {
  const cards = await deckOrError(deck, lang);
  try {
    return buildDebrief(replaySavedGame(parseSavedGame(text), cards.cards, cards.decks), lang);
  } catch (error) {
    if (error instanceof SavedGameError) throw savedGameProblem(error, file, lang);
    throw error;
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
  const debrief = isGameSave(text) ? await debriefOfSave(file, lang, io) : await debriefOfGameRecord(text, file, lang, deck);
  if (options.export === undefined && options.out === undefined && io.interactive) {
    const { showDebrief } = await import('../../ui/debrief/run-debrief.js');
    const { alternateScreen } = await import('../process-terminal.js');
    await showDebrief(debrief, { alternateScreen: alternateScreen(io.env), color: !io.env.NO_COLOR });
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
