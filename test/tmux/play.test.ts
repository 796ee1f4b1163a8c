// The built game in a real terminal (tmux) at 80×24 and 160×48: what a player sees, the keys,
// NO_COLOR, quitting back to a clean shell, and the one-line refusal without a terminal.
// Needs the bundle (`npm run build` → dist/) and tmux; skipped, saying why, without either.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, built, keys, screen, skipReason, Terminals, waitFor } from './driver.js';

const skip = skipReason('test/tmux/play.test.ts');
const terminals = new Terminals('sc-play');
afterEach(() => terminals.cleanup());
const start = (size: { columns: number; rows: number }, args: string[], env: Record<string, string> = {}): string => terminals.start(size, args, env);

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
