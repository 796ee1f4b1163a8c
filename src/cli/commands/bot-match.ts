// `silicon-curtain bot-match`: a game between two bots, or between a bot and an outside
// program speaking the JSON-lines protocol on stdin/stdout (src/ai/PROTOCOL.md):
//
//   silicon-curtain bot-match --us stdio --china normal --seed 7
//
// Without a stdio side it prints every move with the bot's reason, then the result.
import type { Readable } from 'node:stream';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { AsyncBot, BotOptions } from '../../ai/bot.js';
import { botNames, isBotName } from '../../ai/bot-names.js';
import type { StdioBot } from '../../ai/stdio-protocol.js';
import type { CardPool } from '../../decks/cardPool.js';
import type { Persona, Side } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { Outcome } from '../../engine/index.js';
import { t } from '../../i18n/messages.js';
import type { MessageKey } from '../../i18n/messages.js';
import { UserError } from '../errors.js';
import { MAX_SEED } from '../random-seed.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import type { CliIO } from '../io.js';

export const STDIO = 'stdio';

export interface BotMatchOptions {
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
    throw new UserError(`--${side} must be a bot (${botNames().join(', ')}) or ${STDIO}, got '${name}'`);
  }
}

function describeOutcome(o: Outcome): string {
  const who = o.winner ? `${t('en', `side.${o.winner}`)} wins` : 'draw';
  const how = t('en', `end.${o.reason}` as MessageKey);
  const where = o.region ? ` in ${t('en', `region.${o.region}` as MessageKey)}` : '';
  return `${who}: ${how}${where}, round ${o.round} (Leadership ${o.leadership > 0 ? '+' : ''}${o.leadership})`;
}

/** Play one match; `stdin` feeds a stdio side. Returns the exit code. */
export async function runBotMatch(options: BotMatchOptions, io: CliIO, stdin: Readable, deck: CardPool): Promise<number> {
  checkPlayer(options.us, 'us');
  checkPlayer(options.china, 'china');
  if (options.us === STDIO && options.china === STDIO) throw new UserError('only one side can be played on stdio');
  // The engine and the bots load only now: defining the command must stay cheap (start-up).
  const { createGame, SetupError } = await import('../../engine/index.js');
  const { asAsync } = await import('../../ai/bot.js');
  const { playMatch } = await import('../../ai/match.js');
  const { makeBot } = await import('../../ai/registry.js');
  const { botSeed } = await import('../../ai/seeding.js');
  const { stdioBot } = await import('../../ai/stdio-protocol.js');
  let state;
  try {
    state = createGame({ seed: options.seed, personas: { us: options.usPersona, china: options.chinaPersona }, rounds: options.rounds, cards: deck.cards, decks: deck.decks });
  } catch (error) {
    if (error instanceof SetupError) throw new UserError(error.message);
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
  const result = await playMatch(state, seats, (move) => {
    if (outside) return;
    report(`r${move.before.round} ${t('en', `side.${move.side}`)} (${move.bot}): ${move.reason}\n`);
  });
  const outcome = result.state.outcome;
  const stdio = outside as StdioBot | null;
  if (result.stopped || !outcome) {
    stdio?.close();
    const why = stdio?.stopped === 'timeout' ? `no answer in ${options.timeout ?? DEFAULT_STDIO_TIMEOUT_MS} ms` : 'end of input';
    io.stderr(`silicon-curtain: the stdio side stopped answering (${why}) in round ${result.state.round}; the game is not over\n`);
    return UNFINISHED_EXIT;
  }
  stdio?.gameOver(outcome);
  report(`${describeOutcome(outcome)}; seed ${options.seed}\n`);
  return 0;
}

export function register(program: Command, io: CliIO): void {
  const personas = (side: Side) => new Option(`--${side}-persona <persona>`, `the ${t('en', `side.${side}`)} persona`).choices([...rules.PERSONAS[side]]).default(rules.PERSONAS[side][0]);
  const command = program
    .command('bot-match')
    .description('play a game between two bots, or a bot and your own program on stdin/stdout (JSON lines)')
    .option('--us <player>', `the US player: ${[...botNames(), STDIO].join(', ')}`, 'easy')
    .option('--china <player>', `the China player: ${[...botNames(), STDIO].join(', ')}`, 'easy')
    .option('--seed <n>', 'game seed (the same seed replays the same game)', wholeNumber(0, MAX_SEED))
    .addOption(personas('us'))
    .addOption(personas('china'))
    .option('--rounds <n>', 'number of rounds', wholeNumber(1, rules.MAX_ROUNDS))
    .option('--think-ms <ms>', 'thinking time a move for the hard bot', wholeNumber(1, 600_000))
    .option('--iterations <n>', 'search iterations a move for the hard bot (reproducible; overrides --think-ms)', wholeNumber(1, 10_000_000))
    .option('--timeout <ms>', `longest wait for one answer of the stdio side (default ${DEFAULT_STDIO_TIMEOUT_MS})`, wholeNumber(1, 2 ** 31 - 1));
  withDeckOptions(command).action(async (opts: Omit<BotMatchOptions, 'seed'> & DeckOptions & { seed?: number }) => {
      // The one unseeded choice: a fresh seed when none is given (printed, so the game can be replayed).
      const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
      const { decksFromOptions } = await import('../game-decks.js');
      const code = await runBotMatch({ ...opts, seed }, io, process.stdin, decksFromOptions(io, opts));
      if (code !== 0) io.exit(code);
    });
}
