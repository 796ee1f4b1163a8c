// The package as a player gets it: `npm pack` a copy of this checkout (prepack builds it), install
// the tarball into an empty folder with --omit=dev, and run the installed `silicon-curtain`.
// Slow (an install); skipped, with the reason, where npm or git cannot run.
//
// To check another command, add one line to CLI_CASES (plain run) or PTY_CASES (under a terminal).
import { spawn, spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CliCase {
  args: string[];
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
}

/** Plain runs: stdin not a terminal, output captured. */
const CLI_CASES: CliCase[] = [
  { args: ['--version'], code: 0, stdout: new RegExp(`^${escape(pkg.version)}\\n$`) },
  { args: ['--help'], code: 0, stdout: /^Usage: silicon-curtain/ },
  { args: [], code: 2, stderr: /^silicon-curtain: the game needs an interactive terminal;[^\n]*\n$/ },
  { args: ['play'], code: 2, stderr: /^silicon-curtain: play needs an interactive terminal;[^\n]*simulate[^\n]*\n$/ },
  { args: ['simulate', '--games', '6', '--workers', '2', '--json'], code: 0, stdout: /^\{"[^\n]*"played":6[^\n]*\}\n$/ },
  { args: ['cards', '--lang', 'en'], code: 0, stdout: /H20/ },
  // The README's own example; the bundle once broke it with a default-only `yaml` chunk.
  { args: ['cards', 'show', 'cuda-platform'], code: 0, stdout: /^id: {2,}cuda-platform\n[\s\S]*\nevent:\n {2}- op: /m },
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
];

let skipReason: string | null = null;
let work = '';
let installedBin = '';
let packedFiles: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-pack-'));
  skipReason = await packAndInstall();
}, 300_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('npm pack, install --omit=dev, run', () => {
  it('the tarball holds what runs, and no sources or tests', (ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/silicon-curtain.js', 'dist/silicon-curtain.js']));
    const unexpected = packedFiles.filter((file) => !/^(package\.json|README\.md|LICENSE|RULES(\.fr)?\.md|bin\/|dist\/|cards\/)/.test(file));
    expect(unexpected).toEqual([]);
  });

  it.for(CLI_CASES)('silicon-curtain $args', (testCase, ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    const run = spawnSync(installedBin, testCase.args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: work, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(testCase.code);
    if (testCase.stdout) expect(run.stdout).toMatch(testCase.stdout);
    if (testCase.stderr) expect(run.stderr).toMatch(testCase.stderr);
  });

  it.for(PTY_CASES)('silicon-curtain $args under a terminal shows "$marker"', async (testCase, ctx) => {
    if (skipReason !== null) ctx.skip(skipReason);
    if (spawnSync('script', ['--version']).error) ctx.skip('no pseudo-terminal: `script` (util-linux) is not installed');
    const screen = await untilOnScreen([installedBin, ...testCase.args], testCase.marker, 20_000);
    expect(screen).toContain(testCase.marker);
  });
});

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
  const installed = npm(['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(packDir, report.filename)], app);
  if (installed.status !== 0) {
    const offline = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH)\b/.exec(installed.stderr);
    if (offline) return `the npm registry cannot be reached (${offline[1]}) to install the dependencies`;
    throw new Error(`npm install of the tarball failed:\n${installed.stderr}`);
  }
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
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI; // Ink prints only its last frame when it believes it runs in CI
  delete env.CONTINUOUS_INTEGRATION;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${argv.map(quote).join(' ')}`, '/dev/null'], {
      cwd: work,
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
      if (output.includes(marker)) {
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
