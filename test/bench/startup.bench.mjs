// Start-up time under a pseudo-terminal: from spawn to the first output that holds a marker text
// (to exit for `node -e 0`). Median of RUNS runs per case, the cases interleaved so that machine
// noise spreads over all of them. Targets (ARCHITECTURE.md, Shipping):
//   the game's first frame <= 1.25 x a bare Ink app bundled the same way
//   silicon-curtain --version <= 1.5 x node -e 0
// The pty is util-linux `script`, sized 100x30 by stty (the same small cost in every case).
// Prints figures; it is not a pass/fail test.
//
// Results behind esbuild.config.mjs's choices (code splitting, the faster modules, the menu
// preload), dated by the commit that wrote them. Code splitting: a commander program that
// `await import()`s a bare Ink app, bundled both ways; medians of 15 runs on 2 cores (ms;
// `node -e 0` took 94):
//                        --version   first frame
//   one file                105          218
//   splitting, chunks        89          204
// (an earlier run of 9: 109 / 212 one file, 99 / 211 split). The first frame is no slower split,
// and one file makes --version, --help and every non-interactive command parse Ink, React and
// Yoga for nothing. So: splitting, and interactive code only behind `await import()`.
//
// The main menu's first frame (`silicon-curtain` with no command) against the bare Ink app, same
// benchmark, BENCH_RUNS=15, the 2 cores shared with another CPU-heavy job: 290 vs 201 ms (1.45x)
// before (a less loaded moment); 290 vs 235 ms (1.23x; five runs gave 1.21 to 1.29) once the bin
// preloads the menu, ink's text measuring and frame writing have faster equivalents
// (FASTER_MODULES in esbuild.config.mjs) and the menu's path lost node:crypto and overflow clipping.
// Main-thread CPU to that frame: 206 ms, was 227 (the bare app: 176). Then Yoga without fetch
// (its `define`), for both apps since they share these options: 212 vs 172 ms (1.23x, one
// core busy with a bot ladder), from 256 vs 197 ms in the same conditions just before.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bundleOptions, buildCli } from '../../esbuild.config.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TIMEOUT_MS = 10_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const fixtures = path.join(here, 'fixtures');
const HELLO_MARKER = 'hello from ink';

if (spawnSync('script', ['--version']).error) {
  console.log('startup: skipped, needs `script` from util-linux (apt-get install bsdutils)');
  process.exit(0);
}

const version = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')).version;
const tmp = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-bench-'));
try {
  await writeFile(path.join(tmp, 'package.json'), '{"type":"module"}\n');
  await buildFixtures(tmp);
  await buildCli();
  const bin = path.join(repo, 'bin/silicon-curtain.js');
  const node = process.execPath;

  // The game's first frame is the main menu (no command); its saves folder is an empty one.
  process.env.SILICON_CURTAIN_HOME = path.join(tmp, 'saves');
  const cases = [
    { name: 'node -e 0', argv: [node, '-e', '0'], marker: null },
    { name: 'bare Ink app (bundled)', argv: [node, path.join(tmp, 'bare/bare-ink.js')], marker: HELLO_MARKER },
    { name: 'silicon-curtain --version', argv: [node, bin, '--version'], marker: version },
    { name: 'silicon-curtain --help', argv: [node, bin, '--help'], marker: 'Usage: silicon-curtain' },
    { name: 'silicon-curtain main menu', argv: [node, bin], marker: 'New game' },
    { name: 'fixture CLI --version, split', argv: [node, path.join(tmp, 'split/lazy-ink-cli.js'), '--version'], marker: '1.0.0' },
    { name: 'fixture CLI --version, one file', argv: [node, path.join(tmp, 'single/lazy-ink-cli.js'), '--version'], marker: '1.0.0' },
    { name: 'fixture CLI first frame, split', argv: [node, path.join(tmp, 'split/lazy-ink-cli.js')], marker: HELLO_MARKER },
    { name: 'fixture CLI first frame, one file', argv: [node, path.join(tmp, 'single/lazy-ink-cli.js')], marker: HELLO_MARKER },
  ];

  const times = new Map(cases.map((c) => [c.name, []]));
  for (const c of cases) await timeToMarker(c); // warm the file cache
  for (let run = 0; run < RUNS; run++) {
    for (const c of cases) times.get(c.name).push(await timeToMarker(c));
  }

  const median = (name) => {
    const sorted = [...times.get(name)].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const ratio = (name, reference) => median(name) / median(reference);

  console.log(`start-up under a pty, median of ${RUNS} runs (ms), ${os.cpus().length} cores, node ${process.version}`);
  const width = Math.max(...cases.map((c) => c.name.length));
  for (const c of cases) {
    const sorted = [...times.get(c.name)].sort((a, b) => a - b);
    console.log(`  ${c.name.padEnd(width)}  ${median(c.name).toFixed(0).padStart(5)}   (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})`);
  }
  const firstFrame = 'silicon-curtain main menu';
  const ratios = [
    [`first frame (${firstFrame}) / bare Ink`, ratio(firstFrame, 'bare Ink app (bundled)'), '(target <= 1.25)'],
    ['silicon-curtain --version / node -e 0', ratio('silicon-curtain --version', 'node -e 0'), '(target <= 1.5)'],
    ['fixture --version, split / one file', ratio('fixture CLI --version, split', 'fixture CLI --version, one file'), ''],
    ['fixture first frame, split / one file', ratio('fixture CLI first frame, split', 'fixture CLI first frame, one file'), ''],
  ];
  const labelWidth = Math.max(...ratios.map(([label]) => label.length));
  console.log('ratios');
  for (const [label, value, target] of ratios) console.log(`  ${label.padEnd(labelWidth)}  ${value.toFixed(2)}  ${target}`.trimEnd());
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/** The bare Ink app, and the lazy-Ink CLI fixture bundled with and without code splitting. */
async function buildFixtures(dir) {
  const common = { ...bundleOptions, absWorkingDir: repo, logLevel: 'error' };
  await build({ ...common, entryPoints: [path.join(fixtures, 'bare-ink.tsx')], outdir: path.join(dir, 'bare') });
  await build({
    ...common,
    entryPoints: [path.join(fixtures, 'lazy-ink-cli.ts')],
    outdir: path.join(dir, 'split'),
    splitting: true,
    chunkNames: 'chunk-[hash]',
  });
  await build({ ...common, entryPoints: [path.join(fixtures, 'lazy-ink-cli.ts')], outdir: path.join(dir, 'single') });
}

/** Milliseconds from spawn until `marker` is on the pty (until exit if marker is null). */
function timeToMarker({ argv, marker }) {
  const command = `stty cols 100 rows 30; exec ${argv.map(shellQuote).join(' ')}`;
  const env = { ...process.env, TERM: process.env.TERM ?? 'xterm-256color' };
  // Ink only prints its last frame when it believes it runs in CI.
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, detached: true, stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    let done = false;
    const finish = (error, elapsed) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      if (error) reject(error);
      else resolve(elapsed);
    };
    const timer = setTimeout(() => finish(new Error(`no '${marker}' after ${TIMEOUT_MS} ms: ${argv.join(' ')}\n${output}`)), TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      if (marker !== null && output.includes(marker)) finish(null, performance.now() - start);
    });
    child.on('exit', () => {
      if (marker === null) finish(null, performance.now() - start);
      else setTimeout(() => finish(new Error(`exited before '${marker}': ${argv.join(' ')}\n${output}`)), 50);
    });
    child.on('error', (error) => finish(error));
  });
}

function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
