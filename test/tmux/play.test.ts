// The built game in a real terminal (tmux) at 80×24 and 160×48: what a player sees, the keys,
// NO_COLOR, quitting back to a clean shell, and the one-line refusal without a terminal.
// Needs the bundle (`npm run build` → dist/) and tmux; skipped, saying why, without either.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin/silicon-curtain.js');
const built = existsSync(path.join(repo, 'dist/silicon-curtain.js')) && existsSync(bin);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = !built ? 'no build: run `npm run build` first (dist/silicon-curtain.js)' : !hasTmux ? 'tmux is not installed' : null;
if (skip) console.warn(`test/tmux/play.test.ts skipped: ${skip}`);

const sessions: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
});

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Start the game in a detached tmux terminal of that size; CI is unset as in a player's shell. */
function start(size: { columns: number; rows: number }, args: string[], env: Record<string, string> = {}): string {
  const name = `sc-play-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
  const command = `cd ${quote(repo)} && env -u CI -u CONTINUOUS_INTEGRATION ${vars} ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
  execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
  return name;
}

function screen(name: string, escapes = false): string {
  return execFileSync('tmux', ['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name], { encoding: 'utf8' });
}

function keys(name: string, ...k: string[]): void {
  execFileSync('tmux', ['send-keys', '-t', name, ...k]);
}

async function waitFor(name: string, text: string | RegExp, seconds = 15): Promise<string> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(name);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > end) throw new Error(`'${String(text)}' not on screen after ${seconds}s:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const PLAY = ['play', '--us', 'human', '--china', 'random', '--us-persona', 'washington', '--china-persona', 'huawei', '--seed', '7'];

describe.skipIf(skip !== null)('the built game in tmux', () => {
  it('plays at 80×24: board, tracks, hand, status; help and quit with confirmation; the shell comes back', async () => {
    const t = start({ columns: 80, rows: 24 }, PLAY);
    const first = await waitFor(t, 'Hand · Washington');
    for (const part of ['SILICON CURTAIN', 'Leadership', 'China Market', 'Supply Chain', 'Global South', 'Developers', '? help']) expect(first).toContain(part);
    const lines = first.replace(/\n+$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    keys(t, '?');
    await waitFor(t, 'Reminders');
    keys(t, 'Escape');
    await waitFor(t, 'Hand · Washington');
    keys(t, 'q');
    await waitFor(t, 'Quit this game?');
    keys(t, 'y');
    const after = await waitFor(t, 'EXIT=0');
    // The alternate screen is gone: the seed line printed before the game is back in view.
    expect(after).toContain('Seed 7');
    expect(after).not.toContain('Hand · Washington');
  }, 60_000);

  it('uses a 160×48 terminal and draws without colour under NO_COLOR', async () => {
    const t = start({ columns: 160, rows: 48 }, PLAY, { NO_COLOR: '1' });
    const big = await waitFor(t, 'Hand · Washington');
    expect(big).toContain('Decoupling clock');
    expect(big).toContain('◆ battleground');
    // eslint-disable-next-line no-control-regex -- colour codes are escape sequences
    expect(screen(t, true)).not.toMatch(/\u001B\[(3[0-7]|9[0-7]|38;)/);
    keys(t, 'C-c');
    await waitFor(t, 'EXIT=0');
  }, 60_000);

  it('says "please enlarge" in a terminal under 80×24', async () => {
    const t = start({ columns: 70, rows: 20 }, PLAY);
    await waitFor(t, 'Please enlarge the terminal');
    keys(t, 'C-c');
    await waitFor(t, 'EXIT=0');
  }, 60_000);
});

describe.skipIf(!built)('the built game without a terminal', () => {
  it('exits 2 with one line pointing to simulate', () => {
    const result = spawnSync(process.execPath, [bin, 'play'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('simulate');
  });
});
