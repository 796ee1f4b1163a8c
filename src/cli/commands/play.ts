// `silicon-curtain play`: a game in the terminal — hot-seat (two humans), against a bot, or two
// bots to watch. Checks everything it can before loading ink: a missing terminal, a bad
// option or an unreadable deck ends with one line, never a half-drawn screen.
// The game's code (engine, store, decks, ink) loads inside the action: every start of the
// program defines this command, so defining it must stay cheap (--version, --help).
import { helpText } from '../help-lang.js';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { PLAY_ITERATIONS, PLAY_THINK_CAP_MS } from '../../ai/bot.js';
import { botNames } from '../../ai/bot-names.js';
import type { Persona } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { Lang } from '../../i18n/lang.js';
import { sayWording, t } from '../../i18n/messages.js';
import { setupWording } from '../../i18n/setup-words.js';
import type { runPlay as launchRunPlay, Seats, SetupDraft } from '../../ui/launch.js';
import type { CardPool } from '../../decks/card-pool.js';
import { ExitCode, UserError } from '../errors.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import { chosenLang } from '../global-options.js';
import { defaultDeps as saveDeps, saveFolder } from '../save-commands.js';
import type { CliIO } from '../io.js';
import { MAX_SEED, newGameSeed } from '../random-seed.js';
import { lockForPlay } from '../game-lock.js';
import type { GameLock } from '../../store/game-lock.js';
import { setupFields, withSetupOptions } from '../setup-options.js';
import type { Side } from '../../decks/types.js';

export interface PlayDeps {
  /** The cards of the game: the base deck and the --deck files (see ../game-decks.ts). */
  loadDecks(options: DeckOptions, lang: Lang): Promise<CardPool>;
  /** A seed when --seed is not given. */
  randomSeed(): number;
  /** The folder autosaves go to. */
  saveFolder(): string;
  /** The game screen (src/ui/launch.tsx runPlay); tests give their own. */
  runPlay?: typeof launchRunPlay;
}

export function defaultDeps(io: CliIO): PlayDeps {
  return {
    loadDecks: async (options, lang) => (await import('../game-decks.js')).decksFromOptions(io, options, lang),
    randomSeed: newGameSeed,
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
  first?: Side;
  handicap?: string;
  class?: boolean;
}

/** The lesson's game (`--class`): the review timed a first 2-round game at 30–40 minutes. */
export const CLASS_ROUNDS = 2;

/** A class seed when --seed is not given: three digits, short enough to write on the board. */
export function classSeed(random: number): number {
  return 100 + (Math.abs(random) % 900);
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
    if (error instanceof SaveError) throw new UserError(error.wording);
    throw error;
  }
}

/** An unwritable saves folder, said before the game rather than after it. */
export async function checkFolder(dir: string): Promise<void> {
  const { SaveError, checkSaveFolder } = await import('../../store/index.js');
  try {
    checkSaveFolder(dir, process.pid);
  } catch (error) {
    if (error instanceof SaveError) throw new UserError(error.wording);
    throw error;
  }
}

export function register(program: Command, io: CliIO, deps: PlayDeps = defaultDeps(io)): void {
  const command = program
    .command('play')
    .description(helpText(program, 'cliHelp.play'))
    .addOption(new Option('--us <player>', helpText(program, 'cliHelp.play.us', { bots: botNames().join(', ') })).default('human'))
    .addOption(new Option('--china <player>', helpText(program, 'cliHelp.play.china')).default(defaultBot()))
    .addOption(new Option('--us-persona <persona>', helpText(program, 'cliHelp.play.usPersona')).choices(rules.PERSONAS.us))
    .addOption(new Option('--china-persona <persona>', helpText(program, 'cliHelp.play.chinaPersona')).choices(rules.PERSONAS.china))
    .option('--seed <n>', helpText(program, 'cliHelp.play.seed'))
    .option('--rounds <n>', helpText(program, 'cliHelp.play.rounds', { max: rules.MAX_ROUNDS }), String(rules.STANDARD_ROUNDS))
    .option('--think-ms <ms>', helpText(program, 'cliHelp.play.thinkMs', { iterations: PLAY_ITERATIONS }), String(PLAY_THINK_CAP_MS))
    .option('--save <file>', helpText(program, 'cliHelp.play.save'))
    .option('--class', helpText(program, 'cliHelp.play.class', { rounds: CLASS_ROUNDS }));
  withSetupOptions(withDeckOptions(command), { parse: false }).action(async (options: PlayOptions, command: Command) => {
    const lang = chosenLang(command, io.env);
    // --class presets what a teacher wants; an option given on the command line still wins.
    const preset = options.class === true;
    const given = (name: string) => command.getOptionValueSource(name) === 'cli';
    const us = preset && !given('us') ? 'human' : options.us;
    const china = preset && !given('china') ? 'human' : options.china;
    const seats = { us: player(us, '--us', lang), china: player(china, '--china', lang) };
    const seed =
      options.seed !== undefined ? wholeNumber(options.seed, '--seed', 0, MAX_SEED, lang) : preset ? classSeed(deps.randomSeed()) : deps.randomSeed();
    const botThinkMs = wholeNumber(options.thinkMs ?? String(PLAY_THINK_CAP_MS), '--think-ms', 1, 600_000, lang);
    const roundsText = preset && !given('rounds') ? String(CLASS_ROUNDS) : (options.rounds ?? String(rules.STANDARD_ROUNDS));
    const rounds = wholeNumber(roundsText, '--rounds', 1, rules.MAX_ROUNDS, lang);
    const handicap = options.handicap === undefined ? undefined : wholeNumber(options.handicap, '--handicap', -rules.MAX_HANDICAP, rules.MAX_HANDICAP, lang);
    const fixed = setupFields({ ...(options.first ? { first: options.first } : {}), ...(handicap !== undefined ? { handicap } : {}) });
    if (!io.interactive) throw new UserError(t(lang, 'cli.play.noTerminal'), ExitCode.noTerminal);
    const decks = await deps.loadDecks(options, lang);
    const named = options.save === undefined ? undefined : await namedSavePath(options.save);
    if (!named) await checkFolder(deps.saveFolder());
    try {
      await playGames(named?.path);
    } finally {
      named?.lock.release();
    }

    /** The command every pair types for this deal: what decides it (seed, rounds, first player,
     * handicap, decks) and the language, when they differ from the class preset. */
    function classCommand(quote: (path: string) => string): string {
      const words = ['silicon-curtain play --class', `--seed ${seed}`];
      if (rounds !== CLASS_ROUNDS) words.push(`--rounds ${rounds}`);
      if (fixed.first) words.push(`--first ${fixed.first}`);
      if (fixed.handicap) words.push(`--handicap ${fixed.handicap}`);
      for (const file of options.deck ?? []) words.push(`--deck ${quote(file)}`);
      if (options.baseDeck === false) words.push('--no-base-deck');
      if (command.optsWithGlobals<{ lang?: string }>().lang) words.push(`--lang ${lang}`);
      return words.join(' ');
    }

    async function playGames(namedSave: string | undefined): Promise<void> {
      const color = !io.env.NO_COLOR;
      const personas = { ...(options.usPersona ? { us: options.usPersona } : {}), ...(options.chinaPersona ? { china: options.chinaPersona } : {}) };
      const deckFiles = options.deck ?? [];
      const { autosaveGame, resumeHint, shellQuote } = await import('../../store/index.js');
      // Printed before the screen opens, so it stays in the terminal after the game.
      io.stdout(`${t(lang, 'cli.play.seed', { seed })}\n`);
      if (preset) io.stdout(`${t(lang, 'cli.play.class', { seed, rounds, command: classCommand(shellQuote) })}\n`);

      const launch = await import('../../ui/launch.js');
      const runPlay = deps.runPlay ?? launch.runPlay;
      const { processTerminal } = await import('../process-terminal.js');
      const { SetupError } = await import('../../engine/index.js');
      let game: { setup: SetupDraft; seats: Seats; file?: string } = {
        setup: { seed, rounds, personas, ...fixed, cards: decks.cards, decks: decks.decks },
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
          if (error instanceof SetupError) throw new UserError(sayWording(lang, setupWording(error)));
          throw error;
        }
        for (const failure of failures) io.stderr(`silicon-curtain: ${failure}\n`);
        if (result.outcome) {
          const o = result.outcome;
          const winner = o.winner ? t(lang, `side.${o.winner}`) : null;
          // A rematch deals a new seed: say it again then; the first game's was printed before the screen opened.
          const seedNote = game.setup.seed === seed ? '' : ` ${t(lang, 'cli.play.seed', { seed: game.setup.seed })}`;
          io.stdout(`${winner ? t(lang, 'cli.play.won', { winner, reason: t(lang, `end.${o.reason}`) }) : t(lang, 'cli.play.draw')}${seedNote}\n`);
          // Where the finished game is, and how to turn it into the class's handout.
          if (autosave.path && !autosave.lastError)
            io.stdout(`${t(lang, 'cli.play.saved', { path: autosave.path, command: `silicon-curtain debrief ${shellQuote(autosave.path)}` })}\n`);
        } else if (autosave.path && !autosave.lastError) {
          io.stdout(`${resumeHint(autosave.path, lang)}\n`);
        }
        if (result.rematch && result.setup) {
          game = launch.rematchOf(result.setup, game.seats);
          continue;
        }
        if (result.newGame) {
          const { runMainMenu } = await import('../../ui/main-menu.js');
          const { menuAutosave } = await import('../menu-autosave.js');
          const autosave = menuAutosave(deps.saveFolder, lang, deckFiles);
          await runMainMenu({
            lang,
            color,
            decks,
            startAt: 'newGame',
            newSeed: deps.randomSeed,
            autosaveFor: autosave.autosaveFor,
            botThinkMs,
            terminal: processTerminal(),
          });
          for (const failure of autosave.failures()) io.stderr(`silicon-curtain: ${failure}\n`);
        }
        return;
      }
    }
  });
}
