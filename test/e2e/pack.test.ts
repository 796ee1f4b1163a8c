// The package as a player gets it: `npm pack` a copy of this checkout (prepack builds it), install
// the tarball into an empty folder offline with an empty npm cache (which only works because the
// package has no runtime dependency: everything is bundled into dist/), and run the installed
// `silicon-curtain`: every command and subcommand the README shows, with its documented options.
// Slow (an install); skipped, with the reason, where npm or git cannot run.
//
// To check another command, add one line to CLI_CASES (plain run) or PTY_CASES (under a terminal).
// The cases run in order in one folder (RUN) with its own saves folder (HOME): `deck new` makes
// the deck that `deck validate` checks, game.json is a real save of the base deck.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnSyncReturns } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBaseDeckSave } from './make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CliCase {
  args: string[];
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
  /** A file the run must leave in RUN, with content matching. */
  file?: { name: string; content: RegExp };
  /** Prepares RUN first (the README's broken deck). */
  before?: () => Promise<void>;
}

/** Every command of `silicon-curtain --help`, and the subcommands of `cards` and `deck`. */
const HELP_PAGES = [
  ['play'],
  ['resume'],
  ['saves'],
  ['replay'],
  ['tutorial'],
  ['rules'],
  ['debrief'],
  ['cards'],
  ['cards', 'show'],
  ['deck'],
  ['deck', 'validate'],
  ['deck', 'new'],
  ['deck', 'schema'],
  ['simulate'],
  ['bot-match'],
  ['host'],
  ['join'],
  ['watch'],
  ['serve'],
];

/** Plain runs: stdin not a terminal, output captured; cwd RUN, saves in HOME. */
const CLI_CASES: CliCase[] = [
  { args: ['--version'], code: 0, stdout: new RegExp(`^${escape(pkg.version)}\\n$`) },
  { args: ['--help'], code: 0, stdout: /^Usage: silicon-curtain[\s\S]*\n {2}bot-match/ },
  ...HELP_PAGES.map((words) => ({ args: [...words, '--help'], code: 0, stdout: new RegExp(`^Usage: silicon-curtain ${words.join(' ')}`) })),
  { args: [], code: 2, stderr: /^silicon-curtain: the game needs an interactive terminal;[^\n]*\n$/ },
  { args: ['play'], code: 2, stderr: /^silicon-curtain: play needs an interactive terminal;[^\n]*simulate[^\n]*\n$/ },
  { args: ['plya'], code: 1, stderr: /^silicon-curtain: unknown command 'plya' \(did you mean play\?\)\n$/ },
  { args: ['play', '--rounds', '12'], code: 1, stderr: /^silicon-curtain: --rounds must be a whole number from 1 to 9, not 12\n$/ },
  // saves
  { args: ['saves'], code: 0, stdout: /^Saved games in [^\n]*home[\s\S]*NVIDIA vs Huawei[^\n]*in progress[^\n]*game\.json\n/ },
  { args: ['saves', '--json'], code: 0, stdout: /^\[\n *\{\n *"path": "[^"]*game\.json",[\s\S]*"playable": true/ },
  // replay
  { args: ['replay', 'game.json', '--verify'], code: 0, stdout: /^ok: \d+ actions, hash [0-9a-f]{16}\n$/ },
  { args: ['replay', 'game.json', '--export', 'md'], code: 0, stdout: /^# [^\n]*\n[\s\S]*NVIDIA/ },
  { args: ['replay', 'game.json', '--export', 'md', '--out', 'game-log.md'], code: 0, file: { name: 'game-log.md', content: /^# [\s\S]*NVIDIA/ } },
  // rules
  { args: ['rules'], code: 0, stdout: /Leadership/ },
  { args: ['rules', '--lang', 'fr'], code: 0, stdout: /Leadership[\s\S]*(la|le|les) / },
  // debrief
  { args: ['debrief', 'game.json'], code: 0, stdout: /^# [\s\S]*Sources/ },
  { args: ['debrief', 'game.json', '--export', 'md'], code: 0, stdout: /^# [\s\S]*Sources/ },
  {
    args: ['debrief', 'game.json', '--out', 'handout.md'],
    code: 0,
    stdout: /^Debrief written to handout\.md\n$/,
    file: { name: 'handout.md', content: /^# [\s\S]*Sources/ },
  },
  // cards
  { args: ['cards'], code: 0, stdout: /^ID +SIDE +OPS +ERA +TITLE\n[\s\S]*H20/ },
  { args: ['cards', '--json', '--lang', 'fr'], code: 0, stdout: /^\[\n *\{\n *"id": "[\s\S]*"title": "Règle du produit direct étranger"/ },
  { args: ['cards', '--deck', 'FRONTIERS'], code: 0, stdout: /frontiers|Frontiers|[\s\S]{2000}/ },
  // The README's own example; the bundle once broke it with a default-only `yaml` chunk.
  { args: ['cards', 'show', 'cuda-platform'], code: 0, stdout: /^id: {2,}cuda-platform\n[\s\S]*\nevent:\n {2}- op: /m },
  { args: ['cards', 'show', 'cuda-platform', '--json'], code: 0, stdout: /^\{\n *"id": "cuda-platform",/ },
  { args: ['cards', 'show', 'h20-licence'], code: 1, stderr: /^silicon-curtain: unknown card "h20-licence"; did you mean "h20-licence-requirement"\?\n$/ },
  { args: ['cards', '--sources', '--deck', 'FRONTIERS'], code: 0, stdout: /^# [\s\S]*\n- / },
  // deck
  {
    args: ['deck', 'new', 'my-deck.yaml'],
    code: 0,
    stdout: /^created my-deck\.yaml and deck\.schema\.json beside it/,
    file: { name: 'my-deck.yaml', content: /cards:/ },
  },
  {
    args: ['deck', 'validate', 'my-deck.yaml', '--as-expansion'],
    code: 0,
    stdout:
      /^(my-deck\.yaml:\d+:17: warning: sources: still the placeholder that deck new wrote; [^\n]*\n){2}ok: 1 deck, 2 cards, 2 warnings \(my-deck [0-9a-f]{16}\)\n$/,
  },
  // The README's broken deck: the starter deck with `side: usa` on line 17.
  {
    args: ['deck', 'validate', 'broken.yaml', '--as-expansion'],
    code: 1,
    stdout: /^broken\.yaml:17:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"\?\n1 error, 0 warnings in 1 file\n$/,
    before: async () => {
      const starter = await readFile(path.join(run, 'my-deck.yaml'), 'utf8');
      await writeFile(path.join(run, 'broken.yaml'), starter.replace(/side: us /, 'side: usa '));
    },
  },
  { args: ['deck', 'validate', 'BASE', '--format', 'json'], code: 0, stdout: /^\[\]\n$|^\{[\s\S]*\}\n$|^\[[\s\S]*\]\n$/ },
  { args: ['deck', 'schema'], code: 0, stdout: /^\{\n? *"\$schema": "http:\/\/json-schema\.org\/draft-07\/schema#"/ },
  // simulate (few games: the command, not the balance, is under test)
  { args: ['simulate', '--games', '6', '--workers', '2', '--json'], code: 0, stdout: /^\{"[^\n]*"played":6[^\n]*\}\n$/ },
  {
    args: ['simulate', '--games', '2', '--seed', '7'],
    code: 0,
    stdout: /^SILICON CURTAIN BALANCE REPORT\n[\s\S]*Games: 2; 2 finished by the rules, 0 with errors/,
  },
  {
    args: [
      'simulate',
      '--games',
      '2',
      '--us',
      'random',
      '--china',
      'random',
      '--us-persona',
      'nvidia',
      '--china-persona',
      'all',
      '--rounds',
      '1',
      '--workers',
      '1',
    ],
    code: 0,
    stdout: /Games: 2;/,
  },
  {
    args: ['simulate', '--games', '2', '--deck', 'my-deck.yaml', '--markdown', 'report.md', '--think-ms', '5', '--workers', '1'],
    code: 0,
    stdout: /my-deck/,
    file: { name: 'report.md', content: /^# [\s\S]*my-deck/ },
  },
  { args: ['simulate', '--games', '2', '--no-base-deck', '--deck', 'BASE', '--workers', '1'], code: 0, stdout: /Games: 2;/ },
  // serve: a file where the data folder should be is refused in one line, before listening
  {
    args: ['serve', '--data', 'game.json'],
    code: 1,
    stderr: /^silicon-curtain: the --data folder [^\n]*game\.json cannot hold the games: a file is in the way, not a folder\n$/,
  },
  { args: ['serve', '--port', '70000'], code: 1, stderr: /^silicon-curtain: --port must be a whole number from 0 to 65535, not 70000\n$/ },
  // bot-match without a stdio side: every move with its reason, then the result
  {
    args: ['bot-match', '--us', 'random', '--china', 'easy', '--seed', '7', '--rounds', '1', '--us-persona', 'nvidia', '--china-persona', 'huawei'],
    code: 0,
    stdout: /^r1 (US|China) \((random|easy)\): [\s\S]*; seed 7\n$/,
  },
  // A stdio side that never answers: given up after --timeout, exit 1 (stdin is /dev/null here: its end comes first).
  {
    args: ['bot-match', '--us', 'stdio', '--china', 'random', '--seed', '7', '--timeout', '1000'],
    code: 1,
    stderr: /^silicon-curtain: the stdio side stopped answering \(end of input\) in round 1; the game is not over\n$/,
  },
];

interface PtyCase {
  args: string[];
  /** Text that must appear on the screen. */
  marker: string;
}

/** Runs under a pseudo-terminal (util-linux `script`), 100x30; passes once the marker is on screen. */
const PTY_CASES: PtyCase[] = [
  // No command on a terminal: the main menu.
  { args: [], marker: 'New game' },
  { args: ['play'], marker: 'Enter select' },
  { args: ['play', '--us', 'human', '--china', 'human'], marker: 'Enter select' },
  {
    args: ['play', '--china', 'hard', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--seed', '42', '--think-ms', '50'],
    marker: 'Choose your headline',
  },
  { args: ['play', '--us', 'random', '--china', 'random', '--rounds', '1'], marker: 'a random legal choice' },
  // The README's class game, everything on the command line, in French.
  {
    args: [
      'play',
      '--us',
      'human',
      '--china',
      'human',
      '--us-persona',
      'washington',
      '--china-persona',
      'beijing',
      '--seed',
      '7',
      '--rounds',
      '2',
      '--lang',
      'fr',
    ],
    marker: 'La manche 1 commence',
  },
  { args: ['play', '--save', 'named.json', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--deck', 'my-deck.yaml'], marker: 'Choose your headline' },
  { args: ['resume', 'game.json'], marker: 'NVIDIA (US) to act' },
  { args: ['resume'], marker: 'q quit' },
  { args: ['replay', 'game.json'], marker: 'The deal, before any action' },
  { args: ['replay', 'game.json', '--reveal'], marker: 'The deal, before any action' },
  { args: ['tutorial'], marker: 'Lesson 1/13 · The headline' },
  { args: ['tutorial', '--restart'], marker: 'Lesson 1/13 · The headline' },
  { args: ['debrief', 'game.json'], marker: 'Real date:' },
];

let skipReason: string | null = null;
let work = '';
let installedBin = '';
let installedPackage = '';
let packedFiles: string[] = [];
let installReport = '';
/** Where the commands run, and the saves folder they use. */
let run = '';
let home = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-pack-'));
  skipReason = await packAndInstall();
  run = path.join(work, 'run');
  home = path.join(work, 'home');
  await mkdir(run);
  await mkdir(home);
  writeBaseDeckSave(path.join(run, 'game.json'));
  await copyFile(path.join(run, 'game.json'), path.join(home, 'game.json'));
}, 300_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** The installed package's own deck files stand for the README's `cards/...` paths. */
function argsOf(args: string[]): string[] {
  const named: Record<string, string> = {
    FRONTIERS: path.join(installedPackage, 'cards/frontiers.yaml'),
    BASE: path.join(installedPackage, 'cards/base.yaml'),
  };
  return args.map((arg) => named[arg] ?? arg);
}

function envOf(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SILICON_CURTAIN_HOME: home, TERM: 'xterm-256color', LANG: 'en_US.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return env;
}

describe('npm pack, install offline with an empty cache, run', () => {
  it('the tarball holds what runs, and no sources or tests', (ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/silicon-curtain.js', 'dist/silicon-curtain.js']));
    // The teacher's pack travels with the game, in both languages (README, Classroom).
    expect(packedFiles).toEqual(expect.arrayContaining(['docs/classroom/teacher-guide.md', 'docs/classroom/guide-enseignant.md']));
    const unexpected = packedFiles.filter((file) => !/^(package\.json|README\.md|LICENSE|RULES(\.fr)?\.md|bin\/|dist\/|cards\/|docs\/classroom\/)/.test(file));
    expect(unexpected).toEqual([]);
  });

  it('installs one package: no runtime dependency to fetch', async (ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    expect(installReport).toMatch(/added 1 package\b/);
    const manifest = JSON.parse(await readFile(path.join(installedPackage, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it.for(CLI_CASES)('silicon-curtain $args', async (testCase, ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    await testCase.before?.();
    const result = spawnSync(installedBin, argsOf(testCase.args), {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: run,
      env: envOf(),
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(testCase.code);
    if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout);
    if (testCase.stderr) expect(result.stderr).toMatch(testCase.stderr);
    if (testCase.code === 0) expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    if (testCase.file) expect(await readFile(path.join(run, testCase.file.name), 'utf8')).toMatch(testCase.file.content);
  });

  it('silicon-curtain bot-match --us stdio --china normal --seed 7, with a program answering the first legal action', async (ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    const child = spawn(installedBin, ['bot-match', '--us', 'stdio', '--china', 'normal', '--seed', '7'], {
      cwd: run,
      env: envOf(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const types: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const message = JSON.parse(pending.slice(0, end)) as { type: string };
        pending = pending.slice(end + 1);
        types.push(message.type);
        if (message.type === 'decision') child.stdin.write('0\n');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code, stderr).toBe(0);
    expect(types[0]).toBe('start');
    expect(types).toContain('decision');
    expect(types.at(-1)).toBe('gameOver');
    expect(stderr).toMatch(/; seed 7\n$/);
  });

  it('silicon-curtain serve: bots play a game through it on loopback, SIGTERM stops it with every game saved', async (ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    const data = path.join(work, 'class-data');
    const server = startProcess(['serve', '--port', '0', '--data', data, '--rounds', '1']);
    try {
      const first = await server.untilOut(/^Serving on 127\.0\.0\.1:(\d+): no games yet\.\n/, 20_000);
      const address = `127.0.0.1:${first[1]}`;
      const lines = (await server.untilOut(/The teacher's dashboard: [^\n]*\n/, 5_000)).input.split('\n');
      expect(lines.slice(1, 4)).toEqual([
        `Every game is saved in ${data} after each move.`,
        `Players join with: silicon-curtain join ${address}`,
        expect.stringMatching(new RegExp(`^The teacher's dashboard: silicon-curtain watch ${escape(address)} --teacher [0-9a-f]{32}$`)),
      ]);
      // The first bot opens a game (its save appears), the second takes the other seat of it.
      const a = startProcess(['join', address, '--bot', 'random', '--seed', '1']);
      await until(() => savesIn(data).length === 1, 20_000);
      const b = startProcess(['join', address, '--bot', 'random', '--seed', '2']);
      const [ra, rb] = await Promise.all([a.exited, b.exited]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      expect(ra.stdout).toMatch(/^(The game was a draw\.|(US|China) won by .+\.)\n$/);
      expect(rb.stdout).toBe(ra.stdout);

      server.child.kill('SIGTERM');
      const stopped = await server.exited;
      expect(stopped.code, stopped.stderr).toBe(0);
      expect(stopped.stdout).toMatch(/\nServer stopped \(1 game\)\.\n$/);
      expect(stopped.stderr).toBe('');
      // The data folder holds the finished game as a normal save: the installed replay verifies it.
      const saves = savesIn(data);
      expect(saves).toHaveLength(1);
      const verified = spawnSync(installedBin, ['replay', path.join(data, saves[0] as string), '--verify'], {
        encoding: 'utf8',
        cwd: run,
        env: envOf(),
        timeout: 60_000,
      });
      expect(verified.status, verified.stderr).toBe(0);
      expect(verified.stdout).toMatch(/^ok: \d+ actions, hash [0-9a-f]{16}\n$/);
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 120_000);

  it.for(PTY_CASES)('silicon-curtain $args under a terminal shows "$marker"', async (testCase, ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    if (spawnSync('script', ['--version']).error) ctx.skip('no pseudo-terminal: `script` (util-linux) is not installed');
    const screen = await untilOnScreen([installedBin, ...argsOf(testCase.args)], testCase.marker, 20_000);
    expect(screen).not.toMatch(/internal error/);
  });
});

interface Started {
  child: ChildProcess;
  /** Resolves with the match once stdout matches `pattern`; rejects after `timeoutMs`. */
  untilOut(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** The installed binary as a plain process (cwd RUN, saves in HOME); killed at the latest after 90 s. */
function startProcess(args: string[]): Started {
  const child = spawn(installedBin, args, { cwd: run, env: envOf(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const waiter of [...waiters]) waiter();
  });
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(guard);
      for (const waiter of [...waiters]) waiter();
      resolve({ code, stdout, stderr });
    }),
  );
  const untilOut = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) {
          done();
          resolve(match);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          done();
          reject(new Error(`${args.join(' ')} ended before printing ${pattern}:\n${stdout}${stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${args.join(' ')} did not print ${pattern} in ${timeoutMs} ms:\n${stdout}${stderr}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
      };
      waiters.push(check);
      check();
    });
  return { child, untilOut, exited };
}

/** The save files (not backups, not the hidden seat folder) in a serve data folder. */
function savesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  } catch {
    return [];
  }
}

/** Waits for `condition`, checking every 100 ms; throws after `timeoutMs`. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not true after ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Packs a copy of the checkout and installs the tarball; returns why it could not, or null. */
async function packAndInstall(): Promise<string | null> {
  if (spawnSync('npm', ['--version']).error) return 'npm is not on PATH';
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' });
  if (listed.error || listed.status !== 0) return 'not a git checkout: cannot tell which files a clean clone has';

  // A copy, so that prepack's build neither races other tests on dist/ nor uses a stale one.
  const source = path.join(work, 'source');
  for (const file of listed.stdout.split('\0').filter((f) => f !== '')) {
    await mkdir(path.dirname(path.join(source, file)), { recursive: true });
    await copyFile(path.join(REPO, file), path.join(source, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // deleted in the work tree, not yet in the index
    });
  }
  await symlink(path.join(REPO, 'node_modules'), path.join(source, 'node_modules'), 'dir');

  const packDir = path.join(work, 'pack');
  await mkdir(packDir);
  const packed = npm(['pack', '--json', '--pack-destination', packDir], source);
  if (packed.error) return `npm pack cannot run: ${packed.error.message}`;
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [report] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (report === undefined) throw new Error(`npm pack printed no report:\n${packed.stdout}`);
  packedFiles = report.files.map((file) => file.path);

  const app = path.join(work, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'silicon-curtain-e2e', version: '0.0.0', private: true }));
  // Offline, with an empty cache: a dependency left in `dependencies` would fail the install here.
  const cache = path.join(work, 'npm-cache');
  await mkdir(cache);
  const installed = npm(['install', '--omit=dev', '--offline', '--cache', cache, '--no-audit', '--no-fund', path.join(packDir, report.filename)], app);
  if (installed.status !== 0) throw new Error(`npm install of the tarball failed (offline, empty cache):\n${installed.stderr}`);
  installReport = installed.stdout;
  installedPackage = path.join(app, 'node_modules', pkg.name);
  installedBin = path.join(app, 'node_modules/.bin/silicon-curtain');
  return null;
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  // Not the npm_* variables of an outer `npm test`: this npm works on another package.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(lifecycle|package)_/i.test(name)));
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
}

/** Starts argv under a 100x30 pseudo-terminal and resolves with the output once `marker` shows. */
function untilOnScreen(argv: string[], marker: string, timeoutMs: number): Promise<string> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const env = envOf();
  delete env.CI; // Ink prints only its last frame when it believes it runs in CI
  delete env.CONTINUOUS_INTEGRATION;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${argv.map(quote).join(' ')}`, '/dev/null'], {
      cwd: run,
      env,
      detached: true,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    const stop = () => {
      clearTimeout(timer);
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // already ended
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`'${marker}' not on screen after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // Colours and cursor moves split the words of a screen: match its text alone.
      // eslint-disable-next-line no-control-regex
      if (output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes(marker)) {
        stop();
        resolve(output);
      }
    });
    child.on('error', (error) => {
      stop();
      reject(error);
    });
  });
}
