// What decides the game and the whole card, in the built game in a real terminal (tmux) at 80×24
// and 120×40 under NO_COLOR: the status line lists i, the Leadership track shows final scoring now,
// i opens the situation (goals, effects, dominance, encirclement, projection) and closes it, and
// c shows the card of the detail panel whole. Needs the bundle and tmux; skipped without either.
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
if (skip) console.warn(`test/tmux/situation.test.ts skipped: ${skip}`);

const sessions: string[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

function start(size: { columns: number; rows: number }, args: string[]): string {
  const name = `sc-situation-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const home = mkdtempSync(path.join(tmpdir(), 'sc-situation-'));
  dirs.push(home);
  const command = `cd ${quote(repo)} && env -u CI -u CONTINUOUS_INTEGRATION NO_COLOR=1 SILICON_CURTAIN_HOME=${quote(home)} ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
  execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
  return name;
}

const screen = (name: string): string => execFileSync('tmux', ['capture-pane', '-p', '-t', name], { encoding: 'utf8' });
const keys = (name: string, ...k: string[]): void => void execFileSync('tmux', ['send-keys', '-t', name, ...k]);

async function waitFor(name: string, test: (shown: string) => boolean, what: string, seconds = 15): Promise<string> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(name);
    if (test(shown)) return shown;
    if (Date.now() > end) throw new Error(`${what} not on screen after ${seconds}s:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const has = (text: string) => (shown: string) => shown.includes(text);
const fits = (shown: string, columns: number) => shown.split('\n').every((line) => [...line].length <= columns);

const PLAY = ['play', '--us', 'human', '--china', 'normal', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--seed', '947544'];

describe.skipIf(skip !== null)('what decides the game, in tmux', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const size of [{ columns: 80, rows: 24 }, { columns: 120, rows: 40 }]) {
      it(`shows the situation and the whole card at ${size.columns}×${size.rows} (${lang})`, async () => {
        const words = lang === 'en'
          ? { hand: 'Hand · NVIDIA', key: 'i situation', title: 'What decides the game', goal: 'Shareholders: influence in the China Market 0/2', final: 'Final scoring if the game ended now', card: 'The whole card' }
          : { hand: 'Main · NVIDIA', key: 'i situation', title: 'Ce qui décide de la partie', goal: 'Actionnaires\u00a0: influence dans le Marché chinois 0/2', final: 'Décompte final si la partie finissait maintenant', card: 'La carte entière' };
        const t = start(size, [...PLAY, '--lang', lang]);
        // Wait for the whole frame (a loaded machine may show it half drawn): the hand and the keys.
        const game = await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the hand and the keys');
        expect(game).toMatch(/Leadership .*⇒ (U|C|US|China|États-Unis|Chine)/);
        keys(t, 'i');
        const panel = await waitFor(t, has(words.title), 'the situation');
        expect(panel).toContain(words.goal);
        expect(panel).toContain(words.final);
        expect(panel).not.toMatch(/h20-licensed|chip-controls/);
        expect(fits(panel, size.columns)).toBe(true);
        keys(t, 'i');
        await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the game again');
        keys(t, 'c');
        const card = await waitFor(t, has(words.card), 'the whole card');
        expect(card).not.toContain('…');
        expect(fits(card, size.columns)).toBe(true);
        keys(t, 'Escape');
        await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the game after the card');
      }, 40_000);
    }
  }
});
