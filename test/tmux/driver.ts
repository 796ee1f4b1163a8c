// Driving the built game in a real terminal: each test starts the bundle in a detached tmux
// session of a given size, sends keys and reads the screen back, as a player would see it. The
// tmux tests share this; each one is skipped, with the reason, when the bundle or tmux is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(repo, 'bin/silicon-curtain.js');
export const built = existsSync(path.join(repo, 'dist/silicon-curtain.js')) && existsSync(bin);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const hasLess = spawnSync('less', ['--version']).status === 0;

/** Why the tmux tests of `file` cannot run here (printed once), or null when they can. */
export function skipReason(file: string, needs: { less?: boolean } = {}): string | null {
  const reason = !built
    ? 'no build: run `npm run build` first (dist/silicon-curtain.js)'
    : !hasTmux
      ? 'tmux is not installed'
      : needs.less && !hasLess
        ? 'less is not installed'
        : null;
  if (reason) console.warn(`${file} skipped: ${reason}`);
  return reason;
}

export interface Size {
  columns: number;
  rows: number;
}

export const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

// Each test file has its own tmux server (its own socket), so files running side by side never
// share one: with a shared server, one file killing its last session stops the server while
// another file's new session is connecting to it ("server exited unexpectedly").
const socket = `sc-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** Runs tmux on this file's own server; a server caught stopping is retried, not a failure. */
export function tmux(args: string[]): string {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stopping = /server exited unexpectedly|lost server|no server running|error connecting/.test(String((error as { stderr?: unknown }).stderr ?? ''));
      if (!stopping || attempt >= 5 || args[0] !== 'new-session') throw error;
      execFileSync('sleep', ['0.2']);
    }
  }
}

/** Ends a session on this file's server; one already gone is no error. */
export function killSession(name: string): void {
  spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]);
}

/** The terminals and scratch folders of one test file, all removed after each test. */
export class Terminals {
  private readonly sessions: string[] = [];
  private readonly dirs: string[] = [];

  constructor(private readonly prefix: string) {}

  /** A scratch folder (a saves folder, a save file's home), removed after the test. */
  tempDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), `${this.prefix}-`));
    this.dirs.push(dir);
    return dir;
  }

  /** Starts the game with `args` in a terminal of that size; CI is unset as in a player's shell.
   * The shell prints EXIT=code when the game ends and keeps the screen a minute to be read. */
  start(size: Size, args: string[], env: Record<string, string> = {}, unset: string[] = []): string {
    const name = `${this.prefix}-${process.pid}-${this.sessions.length}`;
    this.sessions.push(name);
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const drop = ['CI', 'CONTINUOUS_INTEGRATION', ...unset].flatMap((k) => ['-u', k]);
    const command = `cd ${quote(repo)} && env ${[...drop, ...vars].join(' ')} ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
    tmux(['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
    return name;
  }

  cleanup(): void {
    for (const name of this.sessions.splice(0)) killSession(name);
    // A killed game may still be writing its save and lock: retry until the folder is empty.
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}

export function screen(name: string, escapes = false): string {
  return tmux(['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name]);
}

export function keys(name: string, ...k: string[]): void {
  tmux(['send-keys', '-t', name, ...k]);
}

export const has = (text: string) => (shown: string) => shown.includes(text);

/** Waits until the screen shows `text` (or passes the test), else fails with the screen. */
export async function waitFor(name: string, test: string | RegExp | ((shown: string) => boolean), what?: string, seconds = 15): Promise<string> {
  const passes = typeof test === 'string' ? has(test) : test instanceof RegExp ? (shown: string) => test.test(shown) : test;
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(name);
    if (passes(shown)) return shown;
    if (Date.now() > end) throw new Error(`${what ?? `'${String(test)}'`} not on screen after ${seconds}s:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
