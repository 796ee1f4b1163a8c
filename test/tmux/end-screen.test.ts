// The end screen of the built game in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR:
// two easy bots play one round, and the end screen breaks final scoring down region by region
// beside the chart, every line inside the terminal. Needs the bundle and tmux; skipped without.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin/silicon-curtain.js');
const built = existsSync(path.join(repo, 'dist/silicon-curtain.js')) && existsSync(bin);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = !built ? 'no build: run `npm run build` first (dist/silicon-curtain.js)' : !hasTmux ? 'tmux is not installed' : null;
if (skip) console.warn(`test/tmux/end-screen.test.ts skipped: ${skip}`);

const sessions: string[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

function start(size: { columns: number; rows: number }, args: string[]): string {
  const name = `sc-end-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const home = mkdtempSync(path.join(tmpdir(), 'sc-end-'));
  dirs.push(home);
  const command = `cd ${quote(repo)} && env -u CI -u CONTINUOUS_INTEGRATION NO_COLOR=1 SILICON_CURTAIN_HOME=${quote(home)} ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
  execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
  return name;
}

const screen = (name: string): string => execFileSync('tmux', ['capture-pane', '-p', '-t', name], { encoding: 'utf8' });

async function waitFor(name: string, text: string, seconds: number): Promise<string> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(name);
    if (shown.includes(text)) return shown;
    if (Date.now() > end) throw new Error(`'${text}' not on screen after ${seconds}s:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(skip !== null)('the end screen in tmux', () => {
  for (const size of [{ columns: 80, rows: 24 }, { columns: 120, rows: 40 }]) {
    it(`breaks final scoring down at ${size.columns}×${size.rows}`, async () => {
      // Seed 1: the US wins by final scoring after one round.
      const t = start(size, ['play', '--us', 'easy', '--china', 'easy', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--seed', '1', '--rounds', '1']);
      const end = await waitFor(t, 'Final scoring (7.5)', 100);
      expect(end).toContain('wins by final scoring');
      for (const region of ['China Market', 'Developers', 'Global South', 'Supply Chain']) expect(end).toMatch(new RegExp(`${region}\\s+U\\s+\\d+`));
      expect(end).toMatch(/Leadership ([UC]\+\d+|0) → ([UC]\+\d+|0)/);
      expect(end).toContain('Leadership over the game');
      for (const line of end.split('\n')) expect([...line].length).toBeLessThanOrEqual(size.columns);
    }, 120_000);
  }
});
