// The strength ladder: N games per pairing, each deal played twice with the seats swapped,
// the four persona matchups in turn; win rates with 95% Wilson intervals, and move times.
// A benchmark: it prints figures and fails nothing.
//
//   npm run bench -- ai-ladder --pairs easy:random,normal:easy --games 400 --workers 1
//   npm run bench -- ai-ladder --pairs hard:normal --games 60 --think-ms 1000
//   npm run bench -- ai-ladder --pairs hard:normal --games 400 --iterations 900
//   (or: npx tsx test/bench/ai-ladder.bench.ts --pairs ...)
//
// Options: --pairs A:B,... (default easy:random,normal:easy,hard:normal), --games N (default 400),
// --workers N (default: cores; use 1 on a shared machine), --seed S (first deal), --deck base|fixture
// (default base), --think-ms / --iterations (the hard bot's budget; default its own 1000 ms).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Bot, BotOptions } from '../../src/ai/bot.js';
import { botContext } from '../../src/ai/context.js';
import { DEFAULT_THINK_MS } from '../../src/ai/bot.js';
import { isMacro } from '../../src/ai/policy.js';
import { makeBot } from '../../src/ai/registry.js';
import { botSeed } from '../../src/ai/seeding.js';
import { applyActionInPlace, cloneState, createGame } from '../../src/engine/index.js';
import type { GameSetup, Persona, Side } from '../../src/engine/index.js';
import YAML from 'yaml';
import type { CardDef } from '../../src/decks/types.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

/** The deck the ladder plays (--deck): the test fixture deck, or the shipped base deck read
 * straight from cards/base.yaml (a stand-in until the deck loader lands: no validation here). */
function ladderSetup(deck: string, seed: number, personas: { us: Persona; china: Persona }): GameSetup {
  if (deck === 'fixture') return fixtureSetup(seed, { personas });
  const file = fileURLToPath(new URL(`../../cards/${deck}.yaml`, import.meta.url));
  const cards = (YAML.parse(readFileSync(file, 'utf8')) as { cards: CardDef[] }).cards;
  return { seed, personas, cards, decks: [{ id: deck, hash: deck }] };
}

/** The issue's strength ladder: the share of games the stronger bot must win. */
const TARGETS: Record<string, number> = { 'easy:random': 0.9, 'normal:easy': 0.65, 'hard:normal': 0.6 };

const MATCHUPS: { us: Persona; china: Persona }[] = [
  { us: 'washington', china: 'beijing' },
  { us: 'washington', china: 'huawei' },
  { us: 'nvidia', china: 'beijing' },
  { us: 'nvidia', china: 'huawei' },
];

interface Job {
  deck: string;
  a: string;
  b: string;
  game: number;
  firstSeed: number;
  options: BotOptions;
}

interface GameResult {
  game: number;
  aSide: Side;
  winner: Side | null;
  reason: string;
  /** Milliseconds per decision for each bot; whether it was a play decision, and whether it
   * was a whole decision (play, headline...: the searching bot's full budget) or a step of one. */
  times: { bot: 'a' | 'b'; ms: number; play: boolean; macro: boolean; iterations?: number }[];
}

function playGame(job: Job): GameResult {
  // Game 2k and 2k+1 play the same deal and personas with the seats swapped.
  const deal = Math.floor(job.game / 2);
  const aSide: Side = job.game % 2 === 0 ? 'us' : 'china';
  const seed = job.firstSeed + deal;
  const s = cloneState(createGame(ladderSetup(job.deck, seed, MATCHUPS[deal % MATCHUPS.length] as { us: Persona; china: Persona })));
  const bSide: Side = aSide === 'us' ? 'china' : 'us';
  const bots: Record<Side, { bot: Bot; tag: 'a' | 'b' }> = {
    [aSide]: { bot: makeBot(job.a, botSeed(seed, aSide), job.options), tag: 'a' },
    [bSide]: { bot: makeBot(job.b, botSeed(seed, bSide), job.options), tag: 'b' },
  } as Record<Side, { bot: Bot; tag: 'a' | 'b' }>;
  const times: GameResult['times'] = [];
  while (!s.outcome && s.decision) {
    const side = s.decision.side;
    const play = s.decision.kind === 'play';
    const macro = isMacro(s.decision);
    const start = performance.now();
    const choice = bots[side].bot.choose(botContext(s, side));
    const ms = performance.now() - start;
    const iterations = /after (\d+) simulations/.exec(choice.reason)?.[1];
    times.push({ bot: bots[side].tag, ms, play, macro, ...(iterations ? { iterations: Number(iterations) } : {}) });
    applyActionInPlace(s, choice.action);
  }
  return { game: job.game, aSide, winner: s.outcome?.winner ?? null, reason: s.outcome?.reason ?? 'none', times };
}

if (!isMainThread) {
  const jobs = workerData as Job[];
  for (const job of jobs) parentPort?.postMessage(playGame(job));
  parentPort?.close();
} else {
  await main();
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** 95% Wilson score interval of a proportion. */
export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Games won by the first bot of the pair, a draw counting half. */
function scoreOf(list: GameResult[]): number {
  return list.reduce((acc, r) => acc + (r.winner === r.aSide ? 1 : r.winner === null ? 0.5 : 0), 0);
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

async function runPairing(deck: string, a: string, b: string, games: number, workers: number, firstSeed: number, options: BotOptions): Promise<GameResult[]> {
  const jobs: Job[][] = Array.from({ length: workers }, () => []);
  for (let game = 0; game < games; game++) jobs[game % workers]?.push({ deck, a, b, game, firstSeed, options });
  const results: GameResult[] = [];
  let done = 0;
  await Promise.all(
    jobs
      .filter((list) => list.length > 0)
      .map(
        (list) =>
          new Promise<void>((resolve, reject) => {
            // From source, the worker registers tsx itself before loading this TypeScript file.
            const boot = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(import.meta.url)});`;
            const worker = new Worker(boot, { eval: true, workerData: list });
            worker.on('message', (r: GameResult) => {
              results.push(r);
              done++;
              if (process.stderr.isTTY) process.stderr.write(`\r${a} vs ${b}: ${done}/${games}`);
              // Long runs in the background: a plain line every 10 games, with the score so far.
              else if (done % 10 === 0 || done === games) {
                process.stderr.write(`${a} vs ${b}: ${done}/${games} games, ${a} ${pct(scoreOf(results) / done)} so far\n`);
              }
            });
            worker.on('error', reject);
            worker.on('exit', () => resolve());
          }),
      ),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  return results.sort((x, y) => x.game - y.game);
}

function report(a: string, b: string, results: GameResult[], options: BotOptions): void {
  const n = results.length;
  const total = scoreOf(results);
  const [lo, hi] = wilson(total, n);
  const draws = results.filter((r) => r.winner === null).length;
  const searching = a === 'hard' || b === 'hard';
  const budget = !searching
    ? ''
    : options.iterations !== undefined
      ? `, hard: ${options.iterations} iterations a move`
      : `, hard: ${options.thinkMs ?? DEFAULT_THINK_MS} ms a move`;
  console.log(`\n${a} vs ${b}: ${n} games (seats swapped on every deal, 4 persona matchups${budget})`);
  const target = TARGETS[`${a}:${b}`];
  const goal =
    target === undefined ? '' : `  target ${pct(target)}: ${lo >= target ? 'met, CI above it' : total / n >= target ? 'met, CI reaches below it' : 'not met'}`;
  console.log(`  ${a} wins ${pct(total / n)}  95% CI [${pct(lo)}, ${pct(hi)}]  (draws ${draws}, counted as half)${goal}`);
  for (const side of ['us', 'china'] as const) {
    const seat = results.filter((r) => r.aSide === side);
    console.log(`  ${a} as ${side.padEnd(5)}: ${pct(scoreOf(seat) / Math.max(1, seat.length))} of ${seat.length}`);
  }
  const endings = new Map<string, number>();
  for (const r of results) endings.set(r.reason, (endings.get(r.reason) ?? 0) + 1);
  console.log(`  endings: ${[...endings].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [tag, name] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (name === 'random') continue;
    const all = results.flatMap((r) => r.times.filter((t) => t.bot === tag));
    const plays = all.filter((t) => t.play).map((t) => t.ms);
    const ms = all.map((t) => t.ms);
    console.log(
      `  ${name} move time: median ${quantile(ms, 0.5).toFixed(1)} ms, mean ${mean(ms).toFixed(1)} ms, ` +
        `p95 ${quantile(ms, 0.95).toFixed(1)} ms over ${ms.length} decisions; plays: median ${quantile(plays, 0.5).toFixed(1)} ms, ` +
        `mean ${mean(plays).toFixed(1)} ms, p95 ${quantile(plays, 0.95).toFixed(1)} ms over ${plays.length}`,
    );
    const searched = all.filter((t) => t.iterations !== undefined);
    if (searched.length === 0) continue;
    // Whole decisions get the full budget; the steps of a play a fifth of it.
    const whole = searched.filter((t) => t.macro);
    const rate = sum(searched.map((t) => t.iterations as number)) / (sum(searched.map((t) => t.ms)) / 1000);
    console.log(
      `  ${name} search: ${rate.toFixed(0)} iterations/s over ${searched.length} searched decisions; whole decisions (full budget): ` +
        `median ${quantile(
          whole.map((t) => t.ms),
          0.5,
        ).toFixed(0)} ms, median ${quantile(
          whole.map((t) => t.iterations as number),
          0.5,
        )} iterations over ${whole.length}`,
    );
  }
}

function sum(values: number[]): number {
  return values.reduce((x, y) => x + y, 0);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}

async function main(): Promise<void> {
  const pairs = (arg('pairs') ?? 'easy:random,normal:easy,hard:normal').split(',').map((p) => p.split(':') as [string, string]);
  const games = Number(arg('games') ?? 400);
  const workers = Number(arg('workers') ?? os.availableParallelism());
  const firstSeed = Number(arg('seed') ?? 1);
  const deck = arg('deck') ?? 'base';
  const options: BotOptions = {};
  if (arg('think-ms') !== undefined) options.thinkMs = Number(arg('think-ms'));
  if (arg('iterations') !== undefined) options.iterations = Number(arg('iterations'));
  console.log(`AI ladder on the ${deck} deck, first seed ${firstSeed}, ${workers} worker thread(s), node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);
  for (const [a, b] of pairs) {
    const started = performance.now();
    const results = await runPairing(deck, a, b, games, workers, firstSeed, options);
    report(a, b, results, options);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}
