// `silicon-curtain bot-match`: a game between two bots, or between a bot and an outside
// program speaking the JSON-lines protocol on stdin/stdout (src/ai/PROTOCOL.md):
//
//   silicon-curtain bot-match --us stdio --china normal --seed 7
//
// Without a stdio side it prints every move with the bot's reason, then the result. `--save FILE`
// also writes the game as a normal save, for `debrief`, `replay` and a teacher's examples.
import { helpText } from '../help-lang.js';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { AsyncBot, BotOptions } from '../../ai/bot.js';
import { botNames, isBotName } from '../../ai/bot-names.js';
import type { StdioBot } from '../../ai/stdio-protocol.js';
import type { CardPool } from '../../decks/card-pool.js';
import type { Persona, Side } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { Action, GameState, Outcome } from '../../engine/index.js';
import { sayWording, t } from '../../i18n/messages.js';
import { setupWording } from '../../i18n/setup-words.js';
import type { MessageKey } from '../../i18n/messages.js';
import { regionPlace } from '../../i18n/game-words.js';
import { UserError, userError } from '../errors.js';
import { MAX_SEED } from '../random-seed.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import { setupFields, withSetupOptions, type SetupOptions } from '../setup-options.js';
import type { Lang } from '../../i18n/lang.js';

export const STDIO = 'stdio';

export interface BotMatchOptions extends SetupOptions {
  us: string;
  china: string;
  seed: number;
  usPersona: Persona;
  chinaPersona: Persona;
  rounds?: number;
  thinkMs?: number;
  iterations?: number;
  /** Longest wait for one answer of the stdio side (ms). */
  timeout?: number;
  /** Write the game in this new file, as `play` saves it. */
  save?: string;
  /** The language the save records (its debrief's default). */
  lang?: Lang;
  /** The --deck files, recorded in the save so it can be opened again. */
  deckFiles?: string[];
}

/** A program that has not answered in ten minutes has hung: long enough for any real thinking. */
export const DEFAULT_STDIO_TIMEOUT_MS = 600_000;

/** The match did not reach its end (the stdio side stopped answering). */
const UNFINISHED_EXIT = 1;

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

function checkPlayer(name: string, side: Side): void {
  if (name !== STDIO && !isBotName(name)) {
    throw userError('cli.botMatch.badPlayer', { option: `--${side}`, bots: botNames().join(', '), stdio: STDIO, value: name });
  }
}

/** The match's last line: who won, how, where, when, and the seed that plays it again. */
export function describeOutcome(o: Outcome, seed: number, lang: Lang = 'en'): string {
  const who = o.winner ? t(lang, `cli.botMatch.wins.${o.winner}`) : t(lang, 'cli.botMatch.draw');
  const how = t(lang, `end.${o.reason}` as MessageKey);
  const where = o.region ? t(lang, 'cli.botMatch.where', { region: regionPlace(o.region) }) : '';
  const leadership = `${o.leadership > 0 ? '+' : ''}${o.leadership}`;
  return t(lang, 'cli.botMatch.result', { who, how, where, round: o.round, leadership, seed });
}

/** Play one match; `stdin` feeds a stdio side. Returns the exit code. */
export async function runBotMatch(options: BotMatchOptions, io: CliIO, stdin: Readable, deck: CardPool): Promise<number> {
  checkPlayer(options.us, 'us');
  checkPlayer(options.china, 'china');
  if (options.us === STDIO && options.china === STDIO) throw userError('cli.botMatch.twoStdio');
  // A file that cannot be used is said before the match, not after it.
  const savePath = options.save === undefined ? undefined : await prepareSave(options.save);
  // The engine and the bots load only now: defining the command must stay cheap (start-up).
  const { createGame, SetupError } = await import('../../engine/index.js');
  const { asAsync } = await import('../../ai/bot.js');
  const { playMatch } = await import('../../ai/match.js');
  const { makeBot } = await import('../../ai/registry.js');
  const { botSeed } = await import('../../ai/seeding.js');
  const { stdioBot } = await import('../../ai/stdio-protocol.js');
  let state;
  try {
    state = createGame({
      seed: options.seed,
      personas: { us: options.usPersona, china: options.chinaPersona },
      rounds: options.rounds,
      ...setupFields(options),
      cards: deck.cards,
      decks: deck.decks,
    });
  } catch (error) {
    if (error instanceof SetupError) throw new UserError(sayWording(options.lang ?? 'en', setupWording(error)));
    throw error;
  }
  const botOptions: BotOptions = { thinkMs: options.thinkMs, iterations: options.iterations };
  let outside: StdioBot | null = null;
  const seat = (side: Side): AsyncBot => {
    const name = options[side];
    if (name !== STDIO) return asAsync(makeBot(name, botSeed(options.seed, side), botOptions));
    outside = stdioBot(side, state.cards, { input: stdin, write: (line) => io.stdout(line), timeoutMs: options.timeout ?? DEFAULT_STDIO_TIMEOUT_MS });
    return outside;
  };
  const seats = { us: seat('us'), china: seat('china') };
  const report = outside ? (text: string) => io.stderr(text) : (text: string) => io.stdout(text);
  const lang = options.lang ?? 'en';
  const result = await playMatch(
    state,
    seats,
    (move) => {
      if (outside) return;
      report(`${t(lang, 'cli.botMatch.move', { round: move.before.round, side: t(lang, `side.${move.side}`), bot: move.bot, reason: move.reason })}\n`);
    },
    lang,
  );
  if (savePath) report(`${await writeSave(savePath, options, result.actions, result.state)}\n`);
  const outcome = result.state.outcome;
  const stdio = outside as StdioBot | null;
  if (result.stopped || !outcome) {
    stdio?.close();
    const why =
      stdio?.stopped === 'timeout' ? t(lang, 'cli.botMatch.noAnswer', { ms: options.timeout ?? DEFAULT_STDIO_TIMEOUT_MS }) : t(lang, 'cli.botMatch.endOfInput');
    io.stderr(`silicon-curtain: ${t(lang, 'cli.botMatch.stopped', { why, round: result.state.round })}\n`);
    return UNFINISHED_EXIT;
  }
  stdio?.gameOver(outcome);
  report(`${describeOutcome(outcome, options.seed, options.lang)}\n`);
  return 0;
}

/** The absolute path of a new save file in a writable folder, or a one-line UserError. */
async function prepareSave(file: string): Promise<string> {
  const { SaveError, checkSaveFolder, prepareNamedSave } = await import('../../store/index.js');
  try {
    const path = prepareNamedSave(file);
    checkSaveFolder(dirname(path), process.pid);
    return path;
  } catch (error) {
    if (error instanceof SaveError) throw userError('cli.optionSays', { option: `--save ${file}`, message: error.wording });
    throw error;
  }
}

/** Writes the match as `play` saves a game; returns the line that says where, and how to debrief it. */
async function writeSave(path: string, options: BotMatchOptions, actions: Action[], state: GameState): Promise<string> {
  const { createAutosaver, shellQuote } = await import('../../store/index.js');
  const saver = createAutosaver({
    file: path,
    setup: state.setup,
    seats: { us: options.us, china: options.china },
    lang: options.lang ?? 'en',
    deckFiles: options.deckFiles ?? [],
    backupExisting: false,
  });
  saver.save(actions, state);
  if (saver.lastError) throw new UserError(saver.lastError);
  return t(options.lang ?? 'en', 'cli.play.saved', { path, command: `silicon-curtain debrief ${shellQuote(path)}` });
}

export function register(program: Command, io: CliIO): void {
  const personas = (side: Side) =>
    new Option(`--${side}-persona <persona>`, helpText(program, `cliHelp.botMatch.${side}Persona`))
      .choices([...rules.PERSONAS[side]])
      .default(rules.PERSONAS[side][0]);
  const command = program
    .command('bot-match')
    .description(helpText(program, 'cliHelp.botMatch'))
    .option('--us <player>', helpText(program, 'cliHelp.botMatch.us', { players: [...botNames(), STDIO].join(', ') }), 'easy')
    .option('--china <player>', helpText(program, 'cliHelp.botMatch.china', { players: [...botNames(), STDIO].join(', ') }), 'easy')
    .option('--seed <n>', helpText(program, 'cliHelp.botMatch.seed'), wholeNumber(0, MAX_SEED))
    .addOption(personas('us'))
    .addOption(personas('china'))
    .option('--rounds <n>', helpText(program, 'cliHelp.botMatch.rounds'), wholeNumber(1, rules.MAX_ROUNDS))
    .option('--think-ms <ms>', helpText(program, 'cliHelp.botMatch.thinkMs'), wholeNumber(1, 600_000))
    .option('--iterations <n>', helpText(program, 'cliHelp.botMatch.iterations'), wholeNumber(1, 10_000_000))
    .option('--timeout <ms>', helpText(program, 'cliHelp.botMatch.timeout', { ms: DEFAULT_STDIO_TIMEOUT_MS }), wholeNumber(1, 2 ** 31 - 1))
    .option('--save <file>', helpText(program, 'cliHelp.botMatch.save'));
  withSetupOptions(withDeckOptions(command)).action(async (opts: Omit<BotMatchOptions, 'seed'> & DeckOptions & { seed?: number }, cmd: Command) => {
    // The one unseeded choice: a fresh seed when none is given (printed, so the game can be replayed).
    const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
    const { decksFromOptions } = await import('../game-decks.js');
    const lang = chosenLang(cmd, io.env);
    const code = await runBotMatch({ ...opts, seed, lang, deckFiles: opts.deck ?? [] }, io, process.stdin, decksFromOptions(io, opts, lang));
    if (code !== 0) io.exit(code);
  });
}
