// `silicon-curtain simulate`: the balance lab. Bots play each other N times; the report goes to
// the terminal, to a Markdown file and/or as one JSON object on stdout. Progress goes to stderr.
import { helpText } from '../help-lang.js';
import os from 'node:os';
import type { Command } from 'commander';
import { Option } from 'commander';
import { botNames } from '../../ai/bot-names.js';
import * as rules from '../../engine/rules.js';
import type { LoadedDeck } from '../../decks/types.js';
import type { Against, GameRecord, PersonaChoice, RunOptions, RunOutcome, SimDeck, SimPlan } from '../../sim/index.js';
import { withDeckOptions } from '../deck-options.js';
import { ExitCode, userError } from '../errors.js';
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

/** The known name a mistyped one is likely to mean, if any (decks/did-you-mean.ts, loaded with the run). */
type Closest = (input: string, known: readonly string[]) => string | undefined;

function wholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw userError('cli.sim.wholeNumber', { option, min, max, value });
    return n;
  };
}

function bot(option: string) {
  return (value: string): string => {
    if (!botNames().includes(value)) throw userError('cli.sim.unknownBot', { option, value, bots: botNames().join(', ') });
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
  baseline?: boolean;
  baselineDeck?: string[];
  without?: string[];
  untilCi?: number;
  cardsOf?: string[];
}

function points(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < min || n > max) throw userError('cli.sim.points', { option, min, max, value });
    return n;
  };
}

/** Games in each run before `--until-ci` first looks at the interval: a multiple of 4, so the
 * persona matchups stay balanced. */
const FIRST_STAGE = 100;

function firstStage(maxGames: number): number {
  return Math.min(maxGames, FIRST_STAGE);
}

/** The games to reach next: an interval narrows as 1/√n, so about n·(width/target)² games give the
 * width asked for; 10% more for luck, at least 4 more, at most 4 times as many, at most `maxGames`. */
export function nextStage(played: number, halfWidth: number | null, target: number, maxGames: number): number {
  const needed = halfWidth === null ? played * 2 : Math.ceil(played * (halfWidth / target) ** 2 * 1.1);
  const next = Math.min(played * 4, Math.max(played + 4, needed));
  return Math.min(maxGames, Math.ceil(next / 4) * 4);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
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
  writeOutputFile(file, text, '--markdown', decks, (reason) => ({ key: 'cli.sim.cannotWrite', params: { file, reason } }));
}

/** The cards a run plays with, each card's deck, and which decks were added as expansions. */
function simDeckOf(loaded: { pool: SimDeck; decks: readonly LoadedDeck[] }): SimDeck {
  return {
    ...loaded.pool,
    deckOf: loaded.decks.flatMap((d) => d.cards.map(() => d.id)),
    added: loaded.decks.slice(1).map((d) => d.id),
  };
}

/** The deck ids --cards-of names, checked; by default the added decks' (what a designer is testing). */
function cardsOfFilter(o: SimulateOptions, deck: SimDeck, closest: Closest): string[] {
  const ids = deck.decks.map((d) => d.id);
  const asked = o.cardsOf ?? [];
  if (asked.includes('all')) return [];
  for (const id of asked) {
    if (!ids.includes(id)) {
      const near = closest(id, ids);
      throw userError(near ? 'cli.sim.cardsOf.near' : 'cli.sim.cardsOf', { id, near: near ?? '', decks: ids.join(', ') });
    }
  }
  return asked.length > 0 ? asked : [...(deck.added ?? [])];
}

/** The baseline run's cards and what it leaves out, or null when no comparison was asked for. */
function baselineOf(
  o: SimulateOptions,
  deck: SimDeck,
  closest: Closest,
  load: (options: Pick<SimulateOptions, 'deck' | 'baseDeck'>) => SimDeck,
): { deck: SimDeck; against: Against; deckArgs: string[] } | null {
  const without = o.without ?? [];
  const versions = o.baselineDeck ?? [];
  if ((o.baseline || versions.length > 0) && without.length > 0) {
    throw userError('cli.sim.baselineWithout', { option: versions.length > 0 ? '--baseline-deck' : '--baseline' });
  }
  if (o.untilCi !== undefined && !o.baseline && versions.length === 0 && without.length === 0) {
    throw userError('cli.sim.untilCi');
  }
  if (versions.length > 0) {
    const added = deck.added ?? [];
    if (added.length === 0) throw userError('cli.sim.baselineDeckNeedsDeck');
    // The base deck (or, with --no-base-deck, the first --deck file) stays; the added files are replaced.
    const kept = o.baseDeck ? [] : (o.deck ?? []).slice(0, 1);
    const baselineDeck = load({ deck: [...kept, ...versions], baseDeck: o.baseDeck });
    const ids = (d: SimDeck, which: readonly string[]) => d.decks.filter((x) => which.includes(x.id)).map(({ id, hash }) => ({ id, hash }));
    return {
      deck: baselineDeck,
      against: { kind: 'deck', decks: ids(baselineDeck, baselineDeck.added ?? []), instead: ids(deck, added) },
      deckArgs: [...kept.flatMap((file) => ['--deck', file]), ...versions.flatMap((file) => ['--deck', file]), ...(o.baseDeck ? [] : ['--no-base-deck'])],
    };
  }
  if (o.baseline) {
    const added = deck.added ?? [];
    if (added.length === 0) throw userError('cli.sim.baselineNeedsDeck');
    const keep = deck.decks.filter((d) => !added.includes(d.id));
    const cards = deck.cards.filter((_, i) => !added.includes(deck.deckOf?.[i] ?? ''));
    const deckOf = (deck.deckOf ?? []).filter((id) => !added.includes(id));
    const first = (o.deck ?? [])[0];
    const deckArgs = o.baseDeck ? [] : first === undefined ? [] : ['--deck', first, '--no-base-deck'];
    return { deck: { cards, decks: keep, deckOf, added: [] }, against: { kind: 'baseline', decks: added }, deckArgs };
  }
  if (without.length === 0) return null;
  const ids = deck.cards.map((c) => c.id);
  for (const id of without) {
    if (!ids.includes(id)) {
      const near = closest(id, ids);
      throw userError(near ? 'cli.sim.without.near' : 'cli.sim.without', { id, near: near ?? '' });
    }
  }
  const keep = deck.cards.map((c) => !without.includes(c.id));
  return {
    deck: { ...deck, cards: deck.cards.filter((_, i) => keep[i]), deckOf: deck.deckOf?.filter((_, i) => keep[i]) },
    against: { kind: 'without', cards: [...new Set(without)] },
    // No option plays a run without a card alone: the reproducing command plays the pair.
    deckArgs: [...planOf(o).deckArgs, ...[...new Set(without)].flatMap((id) => ['--without', id])],
  };
}

export async function runSimulate(o: SimulateOptions, io: CliIO, terminal: SimulateTerminal, extra: Partial<RunOptions> = {}): Promise<void> {
  // The simulator and the deck code load here, not with the command's definition (start-up).
  const { loadedDecksFromOptions } = await import('../game-decks.js');
  const { closest: closestName } = await import('../../decks/did-you-mean.js');
  const closest: Closest = (input, known) => {
    const name = closestName(input, known);
    return name === input ? undefined : name;
  };
  const { againstText, buildReport, compareRuns, progressReporter, renderMarkdown, renderText, runGames, stepCapOf, usWinHalfWidth } =
    await import('../../sim/index.js');
  const deck = simDeckOf(loadedDecksFromOptions(io, o));
  const plan: SimPlan = { ...planOf(o), cardsOf: cardsOfFilter(o, deck, closest) };
  const baseline = baselineOf(o, deck, closest, (options) => simDeckOf(loadedDecksFromOptions(io, options)));
  if (baseline?.against.kind === 'deck' && baseline.deck.decks.map((d) => d.hash).join() === deck.decks.map((d) => d.hash).join()) {
    io.stderr('simulate: the --baseline-deck files hold the same cards as the --deck files: every difference will be 0\n');
  }
  // A path that cannot be written fails now, not after an hour of games.
  if (o.markdown !== undefined) await writeMarkdown(o.markdown, '', [...(o.deck ?? []), ...(o.baselineDeck ?? [])]);
  // More threads than cores only add memory (each holds its own engine and bots: 256 took 2.6 GB).
  const cores = terminal.cpuCount();
  const workers = Math.min(o.workers ?? cores, Math.max(cores, 1));
  if (o.workers !== undefined && o.workers > workers) io.stderr(`simulate: --workers ${o.workers} lowered to ${workers}, one per core\n`);
  const abort = new AbortController();
  let interrupts = 0;
  const stopListening = terminal.onInterrupt(() => {
    // The first Ctrl-C stops and reports; a second one does not wait for the report.
    if (++interrupts > 1) io.exit(INTERRUPTED_EXIT);
    abort.abort();
  });
  const where = (run: RunOutcome) => (run.mode === 'in process' ? 'in process' : `on ${run.workers} worker threads`);
  const runStage = async (stagePlan: SimPlan, stageDeck: SimDeck, from: number): Promise<RunOutcome> => {
    const stageProgress = progressReporter({
      write: (text) => (io.stderrControl ?? io.stderr)(text),
      isTerminal: terminal.stderrIsTerminal(),
      columns: terminal.columns(),
      now: terminal.now,
    });
    const run = await runGames(stagePlan, stageDeck, {
      workers,
      signal: abort.signal,
      from,
      onProgress: (done, total) => stageProgress.update(done, total),
      ...extra,
    });
    stageProgress.finish(run.records.length, stagePlan.games - from, run.interrupted, where(run));
    return run;
  };
  const baselinePlan: SimPlan | null = baseline ? { ...plan, deckArgs: baseline.deckArgs } : null;
  const withRecords: GameRecord[] = [];
  const baselineRecords: GameRecord[] = [];
  let note: string | null = null;
  // Games played in each run so far, and the games of the stage last started.
  let played = 0;
  let planned = o.untilCi === undefined ? plan.games : firstStage(plan.games);
  let withInterrupted = false;
  let baselineInterrupted: boolean | null = null;
  try {
    for (;;) {
      const run = await runStage({ ...plan, games: planned }, deck, played);
      withRecords.push(...run.records);
      note ??= run.note;
      if (run.interrupted) {
        withInterrupted = true;
        break;
      }
      if (!baseline || !baselinePlan) break;
      io.stderr(`simulate: the same ${planned - played} games ${againstText(baseline.against)} (the baseline)\n`);
      const baselineRun = await runStage({ ...baselinePlan, games: planned }, baseline.deck, played);
      baselineRecords.push(...baselineRun.records);
      baselineInterrupted = baselineRun.interrupted;
      if (baselineRun.interrupted || o.untilCi === undefined) break;
      played = planned;
      const halfWidth = usWinHalfWidth(withRecords, baselineRecords);
      if ((halfWidth !== null && halfWidth <= o.untilCi) || played >= plan.games) break;
      planned = nextStage(played, halfWidth, o.untilCi, plan.games);
      io.stderr(
        `simulate: after ${played} games the US win-rate difference is within ±${halfWidth ?? '?'} points, asked ±${o.untilCi}: playing on to ${planned} games\n`,
      );
    }
  } finally {
    stopListening();
  }
  const stepCap = stepCapOf({ workers, ...extra });
  const withReport = buildReport({ ...plan, games: planned }, deck, withRecords, withInterrupted, stepCap);
  const interrupted = withInterrupted || baselineInterrupted === true;
  let report = withReport;
  if (baseline && baselinePlan && baselineInterrupted !== null) {
    const baselineReport = buildReport({ ...baselinePlan, games: planned }, baseline.deck, baselineRecords, baselineInterrupted, stepCap);
    const halfWidth = usWinHalfWidth(withRecords, baselineRecords);
    const untilCi =
      o.untilCi === undefined
        ? null
        : { target: o.untilCi, halfWidth, games: planned, maxGames: plan.games, reached: halfWidth !== null && halfWidth <= o.untilCi };
    report = { ...withReport, comparison: compareRuns(baseline.against, withRecords, baselineRecords, baselineReport, untilCi) };
  }
  if (note) io.stderr(`simulate: ${note}\n`);
  if (o.markdown !== undefined) await writeMarkdown(o.markdown, renderMarkdown(report), [...(o.deck ?? []), ...(o.baselineDeck ?? [])]);
  io.stdout(o.json ? `${JSON.stringify(report)}\n` : renderText(report));
  if (interrupted) io.exit(INTERRUPTED_EXIT);
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
    .addOption(
      new Option('--china <bot>', helpText(program, 'cliHelp.simulate.china', { bots: botNames().join(', ') })).default('random').argParser(bot('--china')),
    )
    .addOption(new Option('--us-persona <persona>', helpText(program, 'cliHelp.simulate.usPersona')).choices([...rules.PERSONAS.us, 'all']).default('all'))
    .addOption(
      new Option('--china-persona <persona>', helpText(program, 'cliHelp.simulate.chinaPersona')).choices([...rules.PERSONAS.china, 'all']).default('all'),
    )
    .option('--seed <s>', helpText(program, 'cliHelp.simulate.seed'), wholeNumber('--seed', 0, MAX_SEED), 1)
    .option(
      '--rounds <n>',
      helpText(program, 'cliHelp.simulate.rounds', { max: rules.MAX_ROUNDS }),
      wholeNumber('--rounds', 1, rules.MAX_ROUNDS),
      rules.STANDARD_ROUNDS,
    )
    .option('--workers <k>', helpText(program, 'cliHelp.simulate.workers'), wholeNumber('--workers', 1, 256))
    .option('--think-ms <ms>', helpText(program, 'cliHelp.simulate.thinkMs'), wholeNumber('--think-ms', 1, 600_000))
    .option('--json', helpText(program, 'cliHelp.simulate.json'))
    .option('--markdown <file>', helpText(program, 'cliHelp.simulate.markdown'))
    .option('--baseline', helpText(program, 'cliHelp.simulate.baseline'))
    .addOption(new Option('--baseline-deck <file>', helpText(program, 'cliHelp.simulate.baselineDeck')).argParser(collect))
    .addOption(new Option('--without <card>', helpText(program, 'cliHelp.simulate.without')).argParser(collect))
    .option('--until-ci <points>', helpText(program, 'cliHelp.simulate.untilCi'), points('--until-ci', 0.1, 50))
    .addOption(new Option('--cards-of <deck>', helpText(program, 'cliHelp.simulate.cardsOf')).argParser(collect));
  withSetupOptions(withDeckOptions(command)).action(async (options: SimulateOptions) => {
    await runSimulate(options, io, terminal);
  });
}
