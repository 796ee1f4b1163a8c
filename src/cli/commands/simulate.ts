// `silicon-curtain simulate`: the balance lab. Bots play each other N times; the report goes to
// the terminal, to a Markdown file and/or as one JSON object on stdout. Progress goes to stderr.
import { helpText } from '../help-lang.js';
import os from 'node:os';
import type { Command } from 'commander';
import { Option } from 'commander';
import { botNames } from '../../ai/bot-names.js';
import * as rules from '../../engine/rules.js';
import type { PersonaChoice, RunOptions, SimPlan } from '../../sim/index.js';
import { withDeckOptions } from '../deck-options.js';
import { ExitCode, UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { MAX_SEED } from '../random-seed.js';
import { withSetupOptions, type SetupOptions } from '../setup-options.js';

/** What the command needs from the process beyond CliIO; tests give their own. */
export interface SimulateTerminal {
  /** Whether stderr is a terminal: a progress bar redrawn in place, else plain lines. */
  stderrIsTerminal(): boolean;
  columns(): number;
  /** Calls `handler` on each Ctrl-C until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  now(): number;
  cpuCount(): number;
}

export const processTerminal: SimulateTerminal = {
  stderrIsTerminal: () => process.stderr.isTTY === true,
  columns: () => process.stderr.columns || 80,
  onInterrupt(handler) {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
  now: () => performance.now(),
  cpuCount: () => os.availableParallelism(),
};

/** Exit code after Ctrl-C (128 + SIGINT), once the finished games are reported. */
export const INTERRUPTED_EXIT = 130;

function wholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new UserError(`${option} must be a whole number from ${min} to ${max}, got '${value}'`);
    return n;
  };
}

function bot(option: string) {
  return (value: string): string => {
    if (!botNames().includes(value)) throw new UserError(`${option}: unknown bot '${value}' (bots: ${botNames().join(', ')})`);
    return value;
  };
}

interface SimulateOptions extends SetupOptions {
  games: number;
  us: string;
  china: string;
  usPersona: PersonaChoice;
  chinaPersona: PersonaChoice;
  deck?: string[];
  baseDeck: boolean;
  seed: number;
  rounds: number;
  workers?: number;
  thinkMs?: number;
  json?: boolean;
  markdown?: string;
}

function planOf(o: SimulateOptions): SimPlan {
  const deckArgs = [...(o.deck ?? []).flatMap((file) => ['--deck', file]), ...(o.baseDeck ? [] : ['--no-base-deck'])];
  const thinkMs = o.thinkMs ?? null;
  return {
    games: o.games,
    seed: o.seed,
    rounds: o.rounds,
    bots: { us: { name: o.us, thinkMs }, china: { name: o.china, thinkMs } },
    personas: { us: o.usPersona, china: o.chinaPersona },
    ...(o.first ? { first: o.first } : {}),
    ...(o.handicap ? { handicap: o.handicap } : {}),
    deckArgs,
  };
}

async function writeMarkdown(file: string, text: string, decks: readonly string[]): Promise<void> {
  const { writeOutputFile } = await import('../output-file.js');
  writeOutputFile(file, text, '--markdown', decks, (reason) => `--markdown ${file}: ${reason}, cannot write the report`);
}

export async function runSimulate(o: SimulateOptions, io: CliIO, terminal: SimulateTerminal, extra: Partial<RunOptions> = {}): Promise<void> {
  // The simulator and the deck code load here, not with the command's definition (start-up).
  const { decksFromOptions } = await import('../game-decks.js');
  const { progressReporter, renderMarkdown, renderText, simulate } = await import('../../sim/index.js');
  const deck = decksFromOptions(io, o);
  const plan = planOf(o);
  // A path that cannot be written fails now, not after an hour of games.
  if (o.markdown !== undefined) await writeMarkdown(o.markdown, '', o.deck ?? []);
  // More threads than cores only add memory (each holds its own engine and bots: 256 took 2.6 GB).
  const cores = terminal.cpuCount();
  const workers = Math.min(o.workers ?? cores, Math.max(cores, 1));
  if (o.workers !== undefined && o.workers > workers) io.stderr(`simulate: --workers ${o.workers} lowered to ${workers}, one per core\n`);
  const progress = progressReporter({ write: (text) => (io.stderrControl ?? io.stderr)(text), isTerminal: terminal.stderrIsTerminal(), columns: terminal.columns(), now: terminal.now });
  const abort = new AbortController();
  let interrupts = 0;
  const stopListening = terminal.onInterrupt(() => {
    // The first Ctrl-C stops and reports; a second one does not wait for the report.
    if (++interrupts > 1) io.exit(INTERRUPTED_EXIT);
    abort.abort();
  });
  let result;
  try {
    result = await simulate(plan, deck, {
      workers,
      signal: abort.signal,
      onProgress: (done, total) => progress.update(done, total),
      ...extra,
    });
  } finally {
    stopListening();
  }
  const { report, run } = result;
  progress.finish(report.played, plan.games, run.interrupted, run.mode === 'in process' ? 'in process' : `on ${run.workers} worker threads`);
  if (run.note) io.stderr(`simulate: ${run.note}\n`);
  if (o.markdown !== undefined) await writeMarkdown(o.markdown, renderMarkdown(report), o.deck ?? []);
  io.stdout(o.json ? `${JSON.stringify(report)}\n` : renderText(report));
  if (run.interrupted) io.exit(INTERRUPTED_EXIT);
  // A run with a failed game is not a balance report to trust: a script must see it failed.
  const first = report.errors[0];
  if (first) {
    io.stderr(
      `silicon-curtain: ${report.errors.length} of ${report.played} games failed; the first, game ${first.game} (seed ${first.seed}), ${first.kind === 'stalled' ? 'stalled' : 'threw'}: ${first.message}; replay it alone with: ${first.reproduce}\n`,
    );
    io.exit(ExitCode.usage);
  }
}

export function register(program: Command, io: CliIO, terminal: SimulateTerminal = processTerminal): void {
  const command = program
    .command('simulate')
    .description(helpText(program, 'cliHelp.simulate'))
    .requiredOption('--games <n>', helpText(program, 'cliHelp.simulate.games'), wholeNumber('--games', 1, 10_000_000))
    .addOption(new Option('--us <bot>', helpText(program, 'cliHelp.simulate.us', { bots: botNames().join(', ') })).default('random').argParser(bot('--us')))
    .addOption(new Option('--china <bot>', helpText(program, 'cliHelp.simulate.china', { bots: botNames().join(', ') })).default('random').argParser(bot('--china')))
    .addOption(new Option('--us-persona <persona>', helpText(program, 'cliHelp.simulate.usPersona')).choices([...rules.PERSONAS.us, 'all']).default('all'))
    .addOption(new Option('--china-persona <persona>', helpText(program, 'cliHelp.simulate.chinaPersona')).choices([...rules.PERSONAS.china, 'all']).default('all'))
    .option('--seed <s>', helpText(program, 'cliHelp.simulate.seed'), wholeNumber('--seed', 0, MAX_SEED), 1)
    .option('--rounds <n>', helpText(program, 'cliHelp.simulate.rounds', { max: rules.MAX_ROUNDS }), wholeNumber('--rounds', 1, rules.MAX_ROUNDS), rules.STANDARD_ROUNDS)
    .option('--workers <k>', helpText(program, 'cliHelp.simulate.workers'), wholeNumber('--workers', 1, 256))
    .option('--think-ms <ms>', helpText(program, 'cliHelp.simulate.thinkMs'), wholeNumber('--think-ms', 1, 600_000))
    .option('--json', helpText(program, 'cliHelp.simulate.json'))
    .option('--markdown <file>', helpText(program, 'cliHelp.simulate.markdown'));
  withSetupOptions(withDeckOptions(command)).action(async (options: SimulateOptions) => {
      await runSimulate(options, io, terminal);
    });
}
