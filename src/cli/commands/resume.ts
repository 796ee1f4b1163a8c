// `silicon-curtain resume [FILE]`: continue a saved game (the newest unfinished one by default)
// in the terminal UI, saving after every action into the same file. The store (save files are
// checked with zod) and the engine load inside the actions, so defining the command stays cheap.
import { helpText } from '../help-lang.js';
import { readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { botNames } from '../../ai/bot-names.js';
import type { Lang } from '../../i18n/lang.js';
import { sayWording, t } from '../../i18n/messages.js';
import { envLang } from '../global-options.js';
import type { RestoredGame } from '../../store/index.js';
import { isSaveName } from '../../store/paths.js';
import { ExitCode, userError } from '../errors.js';
import type { CliIO } from '../io.js';
import { lockForPlay } from '../game-lock.js';
import { randomSeed } from '../random-seed.js';
import { processTerminal } from '../process-terminal.js';
import { asUserError, defaultDeps, langFor, saveFolder, type SaveCommandDeps } from '../save-commands.js';

/** The line without a terminal, in English (the run says it in its language). */
export const NO_TERMINAL_RESUME = t('en', 'cli.resume.noTerminal');

/** Whether the save folder holds a game to resume (the main menu's Resume entry). */
export async function hasUnfinishedGame(io: CliIO, deps: SaveCommandDeps): Promise<boolean> {
  const dir = saveFolder(io, deps);
  // Without a file named like a save there is nothing to read: the main menu then opens without
  // loading the save-file code at all.
  if (!holdsSaveNames(dir)) return false;
  const { latestUnfinished, listSaves } = await import('../../store/index.js');
  return latestUnfinished(listSaves(dir)) !== undefined;
}

function holdsSaveNames(dir: string): boolean {
  try {
    return readdirSync(dir).some(isSaveName);
  } catch {
    return false;
  }
}

async function pickLatest(io: CliIO, deps: SaveCommandDeps, lang: Lang): Promise<string> {
  const { isDamaged, latestUnfinished, listSaves } = await import('../../store/index.js');
  const dir = saveFolder(io, deps);
  const listing = listSaves(dir, lang);
  const latest = latestUnfinished(listing);
  // A newer game that cannot be read is passed over, but not in silence.
  for (const entry of listing) {
    if (entry === latest) break;
    if (isDamaged(entry)) io.stderr(`silicon-curtain: ${t(lang, 'cli.resume.skipDamaged', { error: entry.error })}\n`);
  }
  if (!latest) throw userError('cli.resume.none', { dir });
  return latest.path;
}

function checkSeats(restored: RestoredGame): void {
  const known = botNames();
  for (const side of ['us', 'china'] as const) {
    const seat = restored.save.setup.seats[side];
    if (seat !== 'human' && !known.includes(seat)) {
      throw userError(side === 'us' ? 'cli.resume.unknownBot.us' : 'cli.resume.unknownBot.china', { path: restored.path, seat, bots: known.join(', ') });
    }
  }
}

/** A save that carries its decks continues with them; say so when the deck files now differ. */
async function noteChangedDecks(restored: RestoredGame, io: CliIO, deps: SaveCommandDeps, lang: Lang): Promise<void> {
  const carried = restored.save.deckContents ?? [];
  if (carried.length === 0) return;
  let now: readonly { id: string; hash: string }[] = [];
  try {
    now = await deps.decks(restored.save.setup.deckFiles);
  } catch {
    // Moved or broken: every carried deck counts as changed.
  }
  for (const deck of carried) {
    const current = now.find((d) => d.id === deck.id);
    if (current?.hash === deck.hash) continue;
    const note = current
      ? t(lang, 'cli.resume.deckChanged', { deck: deck.id, saved: deck.hash, now: current.hash })
      : t(lang, 'cli.resume.deckGone', { deck: deck.id, file: deck.file });
    io.stderr(`silicon-curtain: ${note}\n`);
  }
}

/** Continues the game in `file`, or the newest unfinished one; `langOf` picks the language from the saved one.
 * Resolves true when the player left with Ctrl-C (the main menu then quits too). */
export async function resume(file: string | undefined, langOf: (saved: Lang) => Lang, io: CliIO, deps: SaveCommandDeps): Promise<boolean> {
  if (!io.interactive) throw userError('cli.resume.noTerminal', undefined, ExitCode.noTerminal);
  const path = file ?? (await pickLatest(io, deps, langOf(envLang(io.env))));
  // Before the file is read: a second terminal on the same game is refused here, in one line.
  const lock = await asUserError(() => (deps.lockGame ?? lockForPlay)(path));
  try {
    return await resumeLocked(path, langOf, io, deps);
  } finally {
    lock.release();
  }
}

async function resumeLocked(path: string, langOf: (saved: Lang) => Lang, io: CliIO, deps: SaveCommandDeps): Promise<boolean> {
  const { createAutosaver, restoreGame, resumeHint } = await import('../../store/index.js');
  const { createGame } = await import('../../engine/index.js');
  const restored = await asUserError(() => restoreGame(path, deps.decks));
  const { setup: saved } = restored.save;
  const lang = langOf(saved.lang);
  if (restored.state.outcome) throw userError('cli.resume.finished', { path });
  checkSeats(restored);
  if (restored.warning) io.stderr(`silicon-curtain: ${sayWording(lang, restored.warning)}\n`);
  await noteChangedDecks(restored, io, deps, lang);
  const runPlay = await deps.loadRunPlay();
  let game = { setup: restored.setup, actions: [...restored.save.actions], file: path as string | undefined, backupExisting: restored.readFrom === path };
  for (;;) {
    const failures: string[] = [];
    const autosaver = createAutosaver({
      ...(game.file ? { file: game.file } : { dir: saveFolder(io, deps) }),
      setup: game.setup,
      seats: saved.seats,
      lang,
      deckFiles: saved.deckFiles,
      // The decks as played: the save carries them (or, for an older save, the files still match).
      ...(restored.save.deckContents ? { deckContents: restored.save.deckContents } : {}),
      // A damaged file must not become the backup of the good one it was restored from.
      backupExisting: game.backupExisting,
      onError: (message) => failures.push(message),
    });
    if (game.actions.length === 0) autosaver.save([], createGame(game.setup));
    const result = await runPlay({
      setup: game.setup,
      actions: game.actions,
      seats: saved.seats,
      lang,
      color: !io.env.NO_COLOR,
      onChange: autosaver.save,
      terminal: processTerminal(),
    });
    for (const failure of failures) io.stderr(`silicon-curtain: ${failure}\n`);
    if (!result.outcome) io.stdout(`${resumeHint(autosaver.path, lang)}\n`);
    if (!result.rematch) return result.interrupted === true;
    // A rematch: the same seats and personas, a new deal, a new autosave.
    game = { setup: { ...game.setup, seed: randomSeed(2 ** 31) }, actions: [], file: undefined, backupExisting: true };
  }
}

export function registerWith(program: Command, io: CliIO, deps: SaveCommandDeps): void {
  program
    .command('resume')
    .description(helpText(program, 'cliHelp.resume'))
    .argument('[file]', helpText(program, 'cliHelp.saveFile'))
    .action(async (file: string | undefined, _options: unknown, command: Command) => {
      await resume(file, (saved) => langFor(command, saved), io, deps);
    });
}

export function register(program: Command, io: CliIO): void {
  registerWith(program, io, defaultDeps);
}
