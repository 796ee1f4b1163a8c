// The strength ladder: N games per pairing, each deal played twice with the seats swapped,
// the four persona matchups in turn; win rates with 95% Wilson intervals, and move times.
//
//   npx tsx test/bench/ai-ladder.bench.ts --pairs easy:random,normal:easy --games 400
//   npx tsx test/bench/ai-ladder.bench.ts --pairs hard:normal --games 60 --think-ms 1000
//   npx tsx test/bench/ai-ladder.bench.ts --pairs hard:normal --games 400 --iterations 400
//
// Options: --workers N (default: cores), --seed S (first deal), --deck fixture|base, --think-ms /
// --iterations (the hard bot's budget; default its own 1000 ms).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Bot, BotOptions } from '../../src/ai/bot.js';
import { botContext } from '../../src/ai/context.js';
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
  /** Milliseconds per decision for each bot, and whether it was a play decision. */
  times: { bot: 'a' | 'b'; ms: number; play: boolean; iterations?: number }[];
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
    const start = performance.now();
    const choice = bots[side].bot.choose(botContext(s, side));
    const ms = performance.now() - start;
    const iterations = /after (\d+) simulations/.exec(choice.reason)?.[1];
    times.push({ bot: bots[side].tag, ms, play, ...(iterations ? { iterations: Number(iterations) } : {}) });
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

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

async function runPairing(deck: string, a: string, b: string, games: number, workers: number, firstSeed: number, options: BotOptions): Promise<GameResult[]> {
  const jobs: Job[][] = Array.from({ length: workers }, () => []);
  for (let game = 0; game < games; game++) jobs[game % workers]?.push({ deck, a, b, game, firstSeed, options });
  const results: GameResult[] = [];
  let done = 0;
  await Promise.all(
    jobs.filter((list) => list.length > 0).map(
      (list) =>
        new Promise<void>((resolve, reject) => {
          // From source, the worker registers tsx itself before loading this TypeScript file.
          const boot = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(import.meta.url)});`;
          const worker = new Worker(boot, { eval: true, workerData: list });
          worker.on('message', (r: GameResult) => {
            results.push(r);
            done++;
            if (process.stderr.isTTY) process.stderr.write(`\r${a} vs ${b}: ${done}/${games}`);
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
  const score = (list: GameResult[]) => list.reduce((sum, r) => sum + (r.winner === r.aSide ? 1 : r.winner === null ? 0.5 : 0), 0);
  const total = score(results);
  const [lo, hi] = wilson(total, n);
  const draws = results.filter((r) => r.winner === null).length;
  const budget = options.iterations !== undefined ? `, hard: ${options.iterations} iterations a move` : options.thinkMs !== undefined ? `, hard: ${options.thinkMs} ms a move` : '';
  console.log(`\n${a} vs ${b}: ${n} games (seats swapped on every deal, 4 persona matchups${budget})`);
  console.log(`  ${a} wins ${pct(total / n)}  95% CI [${pct(lo)}, ${pct(hi)}]  (draws ${draws}, counted as half)`);
  for (const side of ['us', 'china'] as const) {
    const seat = results.filter((r) => r.aSide === side);
    console.log(`  ${a} as ${side.padEnd(5)}: ${pct(score(seat) / Math.max(1, seat.length))} of ${seat.length}`);
  }
  const endings = new Map<string, number>();
  for (const r of results) endings.set(r.reason, (endings.get(r.reason) ?? 0) + 1);
  console.log(`  endings: ${[...endings].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [tag, name] of [['a', a], ['b', b]] as const) {
    if (name === 'random') continue;
    const all = results.flatMap((r) => r.times.filter((t) => t.bot === tag));
    const plays = all.filter((t) => t.play).map((t) => t.ms);
    const ms = all.map((t) => t.ms);
    const searched = all.filter((t) => t.iterations !== undefined);
    const rate = searched.length > 0 ? searched.reduce((x, t) => x + (t.iterations as number), 0) / (searched.reduce((x, t) => x + t.ms, 0) / 1000) : 0;
    console.log(
      `  ${name} move time: median ${quantile(ms, 0.5).toFixed(1)} ms, mean ${(ms.reduce((x, y) => x + y, 0) / Math.max(1, ms.length)).toFixed(1)} ms, ` +
        `p95 ${quantile(ms, 0.95).toFixed(1)} ms over ${ms.length} decisions; plays: median ${quantile(plays, 0.5).toFixed(1)} ms, p95 ${quantile(plays, 0.95).toFixed(1)} ms` +
        (rate > 0 ? `; ${rate.toFixed(0)} iterations/s` : ''),
    );
  }
}

async function main(): Promise<void> {
  const pairs = (arg('pairs') ?? 'easy:random,normal:easy,hard:normal').split(',').map((p) => p.split(':') as [string, string]);
  const games = Number(arg('games') ?? 400);
  const workers = Number(arg('workers') ?? os.availableParallelism());
  const firstSeed = Number(arg('seed') ?? 1);
  const deck = arg('deck') ?? 'fixture';
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
