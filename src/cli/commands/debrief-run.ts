// The work of `silicon-curtain debrief` (debrief.ts defines the command): read and replay the
// saved game, then show its debrief or write the handout (Markdown or HTML, whole or one page).
// `class report` reads each game of a folder with the same reader.
import { FileReadError, MAX_JSON_DEPTH, jsonTooDeep, readBoundedFile } from '../../decks/bounded-read.js';
import { MAX_SAVE_BYTES, SAVE_FORMAT } from '../../store/save-file.js';
import { buildDebrief } from '../../classroom/debrief.js';
import { debriefHtml } from '../../classroom/debrief-html.js';
import { debriefMarkdown } from '../../classroom/debrief-markdown.js';
import { DeckSourceError } from '../../classroom/deck-source.js';
import { parseSavedGame, replaySavedGame, SavedGameError } from '../../classroom/saved-game.js';
import type { TutorialDeck } from '../../classroom/tutorial.js';
import type { GameState } from '../../engine/index.js';
import { RULES_VERSION } from '../../engine/rules.js';
import type { Lang } from '../../i18n/lang.js';
import { sayWording, t } from '../../i18n/messages.js';
import { UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { writeOutputFile } from '../output-file.js';

export type ExportFormat = 'md' | 'html';

export interface DebriefOptions {
  export?: ExportFormat;
  out?: string;
  handout?: boolean;
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
        error.kind === 'missing'
          ? t(lang, 'classroom.error.deck', { file: error.file })
          : t(lang, 'classroom.error.deckInvalid', { file: error.file, reason: error.message }),
      );
    }
    throw error;
  }
}

function savedGameProblem(error: SavedGameError, file: string, lang: Lang): UserError {
  const { reason, n, total } = error.detail;
  switch (error.kind) {
    case 'json':
      // The reason is the JSON parser's own English: English shows it, French says it in its words.
      return new UserError(lang === 'en' ? t(lang, 'debrief.error.json', { file, reason }) : t(lang, 'debrief.error.json.unreadable', { file }));
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

/** Whether `text` is a save file of the game (src/store), rather than a bare {setup, actions} record:
 * a file naming the save format at its top is one, even cut short, so the saves' reader says how it is damaged. */
function isGameSave(text: string): boolean {
  return text.slice(0, 200).includes(`"${SAVE_FORMAT}"`);
}

/**
 * A save file is read by the saves' own reader (src/store/load.ts), as resume and replay read it:
 * its checksum, its backup when it is damaged, and the deck files it was played with (an
 * expansion's cards included, which the base deck alone cannot replay).
 */
async function gameOfSave(file: string, io: CliIO, lang: Lang): Promise<GameState> {
  const { SaveError, deckFilesSource, restoreGame } = await import('../../store/index.js');
  try {
    const restored = await restoreGame(file, deckFilesSource);
    if (restored.warning) io.stderr(`silicon-curtain: ${sayWording(lang, restored.warning)}\n`);
    return restored.state;
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.wording);
    throw error;
  }
}

/** A bare record of a game ({setup, actions}, as class tools write them), replayed on the shipped decks. */
async function gameOfRecord(text: string, file: string, lang: Lang, deck: DeckLoader): Promise<GameState> {
  const cards = await deckOrError(deck, lang);
  try {
    return replaySavedGame(parseSavedGame(text), cards.cards, cards.decks);
  } catch (error) {
    if (error instanceof SavedGameError) throw savedGameProblem(error, file, lang);
    throw error;
  }
}

/** The final state of the game saved in `file` (a save file, or a bare record of a game); a
 * UserError in one line when it cannot be read or replayed. */
export async function readSavedGame(file: string, lang: Lang, io: CliIO, deck: DeckLoader): Promise<GameState> {
  let text: string;
  try {
    text = readBoundedFile(file, MAX_SAVE_BYTES).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    const reason = error.code === 'tooLarge' ? `over ${MAX_SAVE_BYTES} bytes` : error.code === 'notRegular' ? 'not a regular file' : error.code;
    throw new UserError(t(lang, 'debrief.error.read', { file, reason }));
  }
  if (jsonTooDeep(text)) throw new UserError(t(lang, 'debrief.error.shape', { file, problem: `nested more than ${MAX_JSON_DEPTH} deep` }));
  return isGameSave(text) ? await gameOfSave(file, io, lang) : await gameOfRecord(text, file, lang, deck);
}

/** Writes a handout to stdout, or to `out` (refused over a save or an input) with one line saying so. */
export function writeHandout(text: string, out: string | undefined, inputs: readonly string[], lang: Lang, io: CliIO, written: (file: string) => string): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  writeOutputFile(out, text, '--out', inputs, (reason) => t(lang, 'debrief.error.write', { file: out, reason }));
  io.stdout(`${written(out)}\n`);
}

/** Debrief the saved game in `file`: on screen in a terminal, else as Markdown or HTML. */
export async function runDebrief(file: string, options: DebriefOptions, lang: Lang, io: CliIO, deck: DeckLoader): Promise<void> {
  const debrief = buildDebrief(await readSavedGame(file, lang, io, deck), lang);
  if (options.export === undefined && options.out === undefined && !options.handout && io.interactive) {
    const { showDebrief } = await import('../../ui/debrief/run-debrief.js');
    const { processTerminalOutsideCI } = await import('../process-terminal.js');
    await showDebrief(debrief, { terminal: processTerminalOutsideCI(io.env), color: !io.env.NO_COLOR });
    return;
  }
  const layout = { handout: options.handout === true };
  const text = options.export === 'html' ? debriefHtml(debrief, layout) : debriefMarkdown(debrief, layout);
  writeHandout(text, options.out, [file], lang, io, (out) => t(lang, 'debrief.written', { file: out }));
}
