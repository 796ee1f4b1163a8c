// Simulation speed: random-vs-random games a second on 1 and on 2 worker threads, bundled and
// minified the way the CLI ships (esbuild, dist/sim-worker.js next to the code that starts it).
// Targets (issue 6): 10,000 games in under 20 s on 2 cores, and 2 workers ≥ 1.7× one.
// Also: what viewFor costs per call against a whole action, since every bot decision makes one.
//
// And the machine's own ceiling: two separate processes, each playing in process at once. The
// engine allocates a lot (Immer), so even fully separate processes do not reach 2× here; the
// workers' speed-up is worth reading against that figure.
//
//   node test/bench/sim.bench.mjs [GAMES]        (default 10,000 games per run: the issue's own figure;
//   shorter runs weigh each worker's start-up and warm-up more, e.g. 2,000 games give about 1.3x)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../esbuild.config.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function planOf(games) {
  return {
    games,
    seed: 1,
    rounds: 3,
    bots: { us: { name: 'random', thinkMs: null }, china: { name: 'random', thinkMs: null } },
    personas: { us: 'all', china: 'all' },
    deckArgs: [],
  };
}

/** The shipped base deck, loaded by the bundled deck loader from this repository. */
async function baseDeck(dir) {
  const decks = await import(pathToFileURL(path.join(dir, 'decks.js')).href);
  const loaded = decks.loadBaseDeck(fileURLToPath(import.meta.url));
  if (!loaded.deck) throw new Error('the base deck does not load');
  return decks.cardPool([loaded.deck]);
}

/** Plays `games` in process from the bundle in `dir`; returns the seconds taken. */
async function playInProcess(dir, games) {
  const sim = await import(pathToFileURL(path.join(dir, 'sim-lib.js')).href);
  const deck = await baseDeck(dir);
  const start = performance.now();
  await sim.runGames(planOf(games), deck, { workers: 1 });
  return (performance.now() - start) / 1000;
}

function child(dir, games) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, String(games)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    proc.stdout.on('data', (chunk) => (text += chunk));
    proc.on('exit', (code) => (code === 0 ? resolve(Number(text)) : reject(new Error(`bench child exited ${code}`))));
  });
}

if (process.argv[2] === '--child') {
  console.log(await playInProcess(process.argv[3], Number(process.argv[4])));
  process.exit(0);
}

const games = Number(process.argv[2] ?? 10_000);
const out = await mkdtemp(path.join(os.tmpdir(), 'sc-sim-bench-'));

try {
  await build({
    absWorkingDir: repo,
    entryPoints: {
      'sim-lib': 'src/sim/index.ts',
      'sim-worker': 'src/sim/worker.ts',
      engine: 'src/engine/index.ts',
      decks: 'src/decks/index.ts',
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

  console.log(`cpus: ${os.availableParallelism()}, load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
  console.log(`deck: the base deck (${deck.cards.length} cards), random vs random, ${games} games a run`);
  const rates = {};
  for (const workers of [1, 2]) {
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    const run = await sim.runGames(plan, deck, { workers });
    const seconds = (performance.now() - start) / 1000;
    // CPU time of every thread: on a busy machine wall time lies, CPU time per game does not.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const actions = run.records.reduce((n, r) => n + r.actions, 0);
    rates[workers] = games / seconds;
    console.log(
      `workers ${workers} (${run.mode}): ${games} games in ${seconds.toFixed(2)} s = ${rates[workers].toFixed(0)} games/s, ` +
        `${(actions / seconds / 1000).toFixed(1)}k actions/s, ${(actions / games).toFixed(1)} actions a game; ` +
        `CPU ${((cpuSeconds * 1000) / games).toFixed(2)} ms a game (${(cpuSeconds / seconds / workers * 100).toFixed(0)}% of ${workers} core${workers > 1 ? 's' : ''})`,
    );
  }
  const speedup = rates[2] / rates[1];
  console.log(`speed-up with 2 workers: ${speedup.toFixed(2)}× (target ≥ 1.7×)`);
  const [a, b] = await Promise.all([child(out, games), child(out, games)]);
  const apart = (2 * games) / Math.max(a, b);
  console.log(
    `two separate processes at once, ${games} games each: ${apart.toFixed(0)} games/s together = ` +
      `${(apart / rates[1]).toFixed(2)}× one (the machine's ceiling for this engine; 2 workers reach ${((rates[2] / apart) * 100).toFixed(0)}% of it)`,
  );
  const measured = games === 10_000 ? 'measured' : 'projected';
  console.log(`10,000 games on 2 workers: ${(10_000 / rates[2]).toFixed(1)} s ${measured} (target < 20 s)`);

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
