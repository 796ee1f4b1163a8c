// `silicon-curtain play`: a game in the terminal — hot-seat (two humans), against a bot, or two
// bots to watch. Checks everything it can before loading ink: a missing terminal, a bad
// option or an unreadable deck ends with one line, never a half-drawn screen.
// The game's code (engine, store, decks, ink) loads inside the action: every start of the
// program defines this command, so defining it must stay cheap (--version, --help).
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { PLAY_ITERATIONS, PLAY_THINK_CAP_MS } from '../../ai/bot.js';
import { botNames } from '../../ai/bot-names.js';
import type { Persona } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Seats, SetupDraft } from '../../ui/launch.js';
import type { CardPool } from '../../decks/cardPool.js';
import { ExitCode, UserError } from '../errors.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import { chosenLang } from '../global-options.js';
import { defaultDeps as saveDeps, saveFolder } from './resume.js';
import type { CliIO } from '../io.js';
import { MAX_SEED, randomSeed } from '../random-seed.js';
import { lockForPlay } from '../game-lock.js';
import type { GameLock } from '../../store/game-lock.js';

export interface PlayDeps {
  /** The cards of the game: the base deck and the --deck files (see ../game-decks.ts). */
  loadDecks(options: DeckOptions): Promise<CardPool>;
  /** A seed when --seed is not given. */
  randomSeed(): number;
  /** The folder autosaves go to. */
  saveFolder(): string;
}

export function defaultDeps(io: CliIO): PlayDeps {
  return {
    loadDecks: async (options) => (await import('../game-decks.js')).decksFromOptions(io, options),
    randomSeed: () => randomSeed(1_000_000),
    saveFolder: () => saveFolder(io, saveDeps),
  };
}

interface PlayOptions {
  us: string;
  china: string;
  usPersona?: Persona;
  chinaPersona?: Persona;
  seed?: string;
  rounds?: string;
  deck?: string[];
  baseDeck?: boolean;
  save?: string;
  thinkMs?: string;
}

function defaultBot(): string {
  const bots = botNames();
  return bots.includes('normal') ? 'normal' : (bots[0] ?? 'random');
}

function player(value: string, option: string, lang: Lang): string {
  if (value === 'human' || botNames().includes(value)) return value;
  throw new UserError(t(lang, 'cli.play.badPlayer', { option, value, bots: botNames().join(', ') }));
}

function wholeNumber(value: string, option: string, min: number, max: number, lang: Lang): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(t(lang, 'cli.play.badNumber', { option, value, min, max }));
  }
  return n;
}

/** The named save's path, locked for this process: locked first, then checked to be new, so two
 * `play --save` of one file started together cannot both pass the check. */
async function namedSavePath(file: string): Promise<{ path: string; lock: GameLock }> {
  const { SaveError, prepareNamedSave } = await import('../../store/index.js');
  let lock: GameLock | undefined;
  try {
    lock = await lockForPlay(resolve(file));
    return { path: prepareNamedSave(file), lock };
  } catch (error) {
    lock?.release();
    if (error instanceof SaveError) throw new UserError(error.message);
    throw error;
  }
}

/** An unwritable saves folder, said before the game rather than after it. */
export async function checkFolder(dir: string): Promise<void> {
  const { SaveError, checkSaveFolder } = await import('../../store/index.js');
  try {
    checkSaveFolder(dir, process.pid);
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.message);
    throw error;
  }
}

export function register(program: Command, io: CliIO, deps: PlayDeps = defaultDeps(io)): void {
  const command = program
    .command('play')
    .description('play in the terminal: hot-seat (two humans), against a bot, or watch two bots')
    .addOption(new Option('--us <player>', `who plays the US: human or a bot (${botNames().join(', ')})`).default('human'))
    .addOption(new Option('--china <player>', 'who plays China: human or a bot').default(defaultBot()))
    .addOption(new Option('--us-persona <persona>', 'the US persona (asked on screen if not given)').choices(rules.PERSONAS.us))
    .addOption(new Option('--china-persona <persona>', 'the China persona (asked on screen if not given)').choices(rules.PERSONAS.china))
    .option('--seed <n>', 'the seed that deals the game (random if not given; shown so the game can be replayed)')
    .option('--rounds <n>', `number of rounds, 1 to ${rules.MAX_ROUNDS}`, String(rules.STANDARD_ROUNDS))
    .option('--think-ms <ms>', `the longest the hard bot thinks a move (a cap on its ${PLAY_ITERATIONS} search iterations), in ms`, String(PLAY_THINK_CAP_MS))
    .option('--save <file>', 'save the game in this file (a new file; by default games are saved in the saves folder)');
  withDeckOptions(command).action(async (options: PlayOptions, command: Command) => {
      const lang = chosenLang(command, io.env);
      const seats = { us: player(options.us, '--us', lang), china: player(options.china, '--china', lang) };
      const seed = options.seed === undefined ? deps.randomSeed() : wholeNumber(options.seed, '--seed', 0, MAX_SEED, lang);
      const botThinkMs = wholeNumber(options.thinkMs ?? String(PLAY_THINK_CAP_MS), '--think-ms', 1, 600_000, lang);
      const rounds = wholeNumber(options.rounds ?? String(rules.STANDARD_ROUNDS), '--rounds', 1, rules.MAX_ROUNDS, lang);
      if (!io.interactive) throw new UserError(t(lang, 'cli.play.noTerminal'), ExitCode.noTerminal);
      const decks = await deps.loadDecks(options);
      const named = options.save === undefined ? undefined : await namedSavePath(options.save);
      if (!named) await checkFolder(deps.saveFolder());
      try {
        await playGames(named?.path);
      } finally {
        named?.lock.release();
      }

      async function playGames(namedSave: string | undefined): Promise<void> {
        const color = !io.env.NO_COLOR;
        const personas = { ...(options.usPersona ? { us: options.usPersona } : {}), ...(options.chinaPersona ? { china: options.chinaPersona } : {}) };
        const deckFiles = options.deck ?? [];
        // Printed before the screen opens, so it stays in the terminal after the game.
        io.stdout(`${t(lang, 'cli.play.seed', { seed })}\n`);

        const { runPlay, rematchOf } = await import('../../ui/launch.js');
        const { processTerminal } = await import('../process-terminal.js');
        const { autosaveGame, resumeHint } = await import('../../store/index.js');
        const { SetupError } = await import('../../engine/index.js');
        let game: { setup: SetupDraft; seats: Seats; file?: string } = {
          setup: { seed, rounds, personas, cards: decks.cards, decks: decks.decks },
          seats,
          ...(namedSave ? { file: namedSave } : {}),
        };
        for (;;) {
          const failures: string[] = [];
          const autosave = autosaveGame({
            ...(game.file ? { file: game.file } : { dir: deps.saveFolder() }),
            seats: game.seats,
            lang,
            deckFiles,
            onError: (message) => failures.push(message),
          });
          let result;
          try {
            result = await runPlay({ setup: game.setup, seats: game.seats, lang, color, botThinkMs, onChange: autosave.onChange, terminal: processTerminal() });
          } catch (error) {
            if (error instanceof SetupError) throw new UserError(error.message);
            throw error;
          }
          for (const failure of failures) io.stderr(`silicon-curtain: ${failure}\n`);
          if (result.outcome) {
            const o = result.outcome;
            const winner = o.winner ? t(lang, `side.${o.winner}`) : null;
            // A rematch deals a new seed: say it again then; the first game's was printed before the screen opened.
            const seedNote = game.setup.seed === seed ? '' : ` ${t(lang, 'cli.play.seed', { seed: game.setup.seed })}`;
            io.stdout(`${winner ? t(lang, 'cli.play.won', { winner, reason: t(lang, `end.${o.reason}`) }) : t(lang, 'cli.play.draw')}${seedNote}\n`);
          } else if (autosave.path && !autosave.lastError) {
            io.stdout(`${resumeHint(autosave.path, lang)}\n`);
          }
          if (result.rematch && result.setup) {
            game = rematchOf(result.setup, game.seats);
            continue;
          }
          if (result.newGame) {
            const { runMainMenu } = await import('../../ui/main-menu.js');
            const { menuAutosave } = await import('../menu-autosave.js');
            const autosave = menuAutosave(deps.saveFolder, lang, deckFiles);
            await runMainMenu({ lang, color, decks, startAt: 'newGame', newSeed: deps.randomSeed, autosaveFor: autosave.autosaveFor, botThinkMs, terminal: processTerminal() });
            for (const failure of autosave.failures()) io.stderr(`silicon-curtain: ${failure}\n`);
          }
          return;
        }
      }
    });
}
