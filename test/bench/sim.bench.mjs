// Simulation speed: random-vs-random games a second on 1 and on 2 worker threads, bundled and
// minified the way the CLI ships (esbuild, dist/sim-worker.js next to the code that starts it).
// Targets (issue 6): 10,000 games in under 20 s on 2 cores, and 2 workers ≥ 1.7× one.
// Also: what viewFor costs per call against a whole action, since every bot decision makes one.
//
// Every V8 isolate (the main thread, each worker) compiles the engine afresh: about 1.2 s of
// optimising-compiler time in its first second or so (measured with --trace-opt). Playing in
// process, that compiler runs on the idle second core for free; with 2 workers, both isolates
// compile on cores that are busy playing. With random bots a game costs about 0.5 ms, so that
// warm-up weighs on a 10,000-game run: it is printed apart ("after warm-up": the rate over the
// second half of each run's games), and so is the same job split between two separate
// processes, which pay the same warm-up and are the machine's ceiling for it. Bots that think
// (normal vs normal) make the warm-up negligible: their figure is the designer's usual run.
//
//   node test/bench/sim.bench.mjs [GAMES] [THINKING_GAMES]   (defaults 10,000 random-vs-random
//   games per run, the issue's own figure, and 100 normal-vs-normal games per run; 0 skips them)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../esbuild.config.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const RUN_SEED = 1;

function planOf(games, bot = 'random') {
  return {
    games,
    seed: RUN_SEED,
    rounds: 3,
    bots: { us: { name: bot, thinkMs: null }, china: { name: bot, thinkMs: null } },
    personas: { us: 'all', china: 'all' },
    deckArgs: [],
  };
}

/** The shipped base deck, loaded by the bundled deck loader from this repository. */
async function baseDeck(dir) {
  const { loadBaseDeck } = await import(pathToFileURL(path.join(dir, 'deck-files.js')).href);
  const { cardPool } = await import(pathToFileURL(path.join(dir, 'card-pool.js')).href);
  const loaded = loadBaseDeck(fileURLToPath(import.meta.url));
  if (!loaded.deck) throw new Error('the base deck does not load');
  return cardPool([loaded.deck]);
}

/** Plays `games` games of the run, from game number `from`, in process from the bundle in `dir`; returns the seconds taken. */
async function playInProcess(dir, games, from) {
  const sim = await import(pathToFileURL(path.join(dir, 'sim-lib.js')).href);
  const deck = await baseDeck(dir);
  const start = performance.now();
  // Game seeds add up: a plan seeded with game `from`'s seed plays games from, from + 1, ... of
  // the whole run (and with `from` a multiple of 4, the same personas too).
  const plan = { ...planOf(games), seed: sim.gameSeed(RUN_SEED, from) };
  await sim.runGames(plan, deck, { workers: 1 });
  return (performance.now() - start) / 1000;
}

function child(dir, games, from) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, String(games), String(from)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    proc.stdout.on('data', (chunk) => (text += chunk));
    proc.on('exit', (code) => (code === 0 ? resolve(Number(text)) : reject(new Error(`bench child exited ${code}`))));
  });
}

if (process.argv[2] === '--child') {
  console.log(await playInProcess(process.argv[3], Number(process.argv[4]), Number(process.argv[5])));
  process.exit(0);
}

/** One run of `plan` on `workers`: wall time, CPU time of every thread, and the rate over the
 * second half of its games (when the isolates have compiled the engine). */
async function timedRun(sim, plan, deck, workers) {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  let half = null;
  const onProgress = (done, total) => {
    if (half === null && done >= total / 2) half = { done, at: performance.now() };
  };
  const run = await sim.runGames(plan, deck, { workers, onProgress });
  const end = performance.now();
  // CPU time of every thread: on a busy machine wall time lies, CPU time per game does not.
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (end - start) / 1000;
  const warm = half && end > half.at ? (plan.games - half.done) / ((end - half.at) / 1000) : NaN;
  return { run, seconds, rate: plan.games / seconds, warm, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const games = Number(process.argv[2] ?? 10_000);
const thinkingGames = Number(process.argv[3] ?? 100);
const out = await mkdtemp(path.join(os.tmpdir(), 'sc-sim-bench-'));

try {
  await build({
    absWorkingDir: repo,
    entryPoints: {
      'sim-lib': 'src/sim/index.ts',
      'sim-worker': 'src/sim/worker.ts',
      engine: 'src/engine/index.ts',
      'deck-files': 'src/decks/deck-files.ts',
      'card-pool': 'src/decks/card-pool.ts',
      immer: 'node_modules/immer/dist/immer.mjs',
    },
    ...bundleOptions,
    outdir: out,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    logLevel: 'error',
  });
  const load = (name) => import(pathToFileURL(path.join(out, `${name}.js`)).href);
  const sim = await load('sim-lib');
  const engine = await load('engine');
  const { setAutoFreeze } = await load('immer');

  const deck = await baseDeck(out);
  const plan = planOf(games);

  console.log(
    `cpus: ${os.availableParallelism()}, load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, node ${process.version}`,
  );
  console.log(`deck: the base deck (${deck.cards.length} cards), random vs random, ${games} games a run`);
  const rates = {};
  const warm = {};
  for (const workers of [1, 2]) {
    const { run, seconds, rate, warm: warmRate, cpuSeconds } = await timedRun(sim, plan, deck, workers);
    const actions = run.records.reduce((n, r) => n + r.actions, 0);
    rates[workers] = rate;
    warm[workers] = warmRate;
    console.log(
      `workers ${workers} (${run.mode}): ${games} games in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} games/s ` +
        `(after warm-up ${warmRate.toFixed(0)} games/s), ${(actions / seconds / 1000).toFixed(1)}k actions/s, ${(actions / games).toFixed(1)} actions a game; ` +
        `CPU ${((cpuSeconds * 1000) / games).toFixed(2)} ms a game (${((cpuSeconds / seconds / workers) * 100).toFixed(0)}% of ${workers} core${workers > 1 ? 's' : ''})`,
    );
  }
  console.log(
    `speed-up with 2 workers: ${(rates[2] / rates[1]).toFixed(2)}× over the whole run, ` + `${(warm[2] / warm[1]).toFixed(2)}× after warm-up (target ≥ 1.7×)`,
  );
  const firstHalf = Math.floor(games / 2);
  const [a, b] = await Promise.all([child(out, firstHalf, 0), child(out, games - firstHalf, firstHalf)]);
  const apart = games / Math.max(a, b);
  console.log(
    `the same ${games} games split between two separate processes (${firstHalf} and ${games - firstHalf}, timed without process start): ` +
      `${apart.toFixed(0)} games/s = ${(apart / rates[1]).toFixed(2)}× one worker (this machine's ceiling for the job; ` +
      `2 workers reach ${((rates[2] / apart) * 100).toFixed(0)}% of it)`,
  );
  const measured = games === 10_000 ? 'measured' : 'projected';
  console.log(`10,000 games on 2 workers: ${(10_000 / rates[2]).toFixed(1)} s ${measured} (target < 20 s)`);

  if (thinkingGames > 0) {
    const thinking = planOf(thinkingGames, 'normal');
    const seconds = {};
    const cpu = {};
    for (const workers of [1, 2]) {
      const timed = await timedRun(sim, thinking, deck, workers);
      seconds[workers] = timed.seconds;
      cpu[workers] = timed.cpuSeconds;
    }
    // CPU a game as well: on a shared machine the wall-clock rate says more about the neighbours.
    console.log(
      `normal vs normal, ${thinkingGames} games: 1 worker ${seconds[1].toFixed(1)} s, 2 workers ${seconds[2].toFixed(1)} s: ` +
        `speed-up ${(seconds[1] / seconds[2]).toFixed(2)}× (${(thinkingGames / seconds[2]).toFixed(1)} games/s); ` +
        `CPU ${((cpu[1] * 1000) / thinkingGames).toFixed(0)} ms a game on 1 worker, ${((cpu[2] * 1000) / thinkingGames).toFixed(0)} on 2`,
    );
  }

  // viewFor against a whole action, on the states of real games (freeze off, as the simulator runs).
  setAutoFreeze(false);
  const states = [];
  for (let seed = 0; seed < 40; seed++) {
    let s = engine.createGame({ seed, personas: { us: 'washington', china: 'huawei' }, cards: deck.cards, decks: deck.decks });
    let pick = seed;
    while (!s.outcome && s.decision) {
      states.push(s);
      const legal = engine.legalActions(s);
      pick = (pick * 1103515245 + 12345) >>> 0;
      s = engine.applyAction(s, legal[pick % legal.length]);
    }
  }
  let t = performance.now();
  let sink = 0;
  for (let r = 0; r < 5; r++) for (const s of states) sink += engine.viewFor(s, s.decision.side).legal.length;
  const viewUs = ((performance.now() - t) * 1000) / (states.length * 5);
  t = performance.now();
  for (let r = 0; r < 5; r++) {
    for (const s of states) {
      const legal = engine.legalActions(s);
      sink += engine.applyAction(s, legal[sink % legal.length]).actionCount;
    }
  }
  const actionUs = ((performance.now() - t) * 1000) / (states.length * 5);
  console.log(
    `viewFor: ${viewUs.toFixed(1)} µs a call; applyAction: ${actionUs.toFixed(1)} µs an action ` +
      `(viewFor is ${((viewUs / (viewUs + actionUs)) * 100).toFixed(0)}% of a random bot's decision) [${sink > 0 ? 'ok' : ''}]`,
  );
} finally {
  await rm(out, { recursive: true, force: true });
}
