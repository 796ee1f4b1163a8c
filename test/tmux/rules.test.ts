// The rules book in a real terminal (tmux), at 80×24 and 120×40 under NO_COLOR: the menu's Rules
// screen and `silicon-curtain rules` through less, in English and French, show no Markdown mark
// or comment and no table cut at the edge. Needs the bundle, tmux and less; skipped without them.
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
const hasLess = spawnSync('less', ['--version']).status === 0;
const skip = !built ? 'no build: run `npm run build` first (dist/silicon-curtain.js)' : !hasTmux ? 'tmux is not installed' : !hasLess ? 'less is not installed' : null;
if (skip) console.warn(`test/tmux/rules.test.ts skipped: ${skip}`);

const sessions: string[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

function start(size: { columns: number; rows: number }, args: string[]): string {
  const name = `sc-rules-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const home = mkdtempSync(path.join(tmpdir(), 'sc-rules-'));
  dirs.push(home);
  const command = `cd ${quote(repo)} && env -u CI -u CONTINUOUS_INTEGRATION -u LESS NO_COLOR=1 PAGER='less -R' SILICON_CURTAIN_HOME=${quote(home)} ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
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

/** No raw Markdown on a screen: no bold marks, comments, pipe tables or heading hashes, no line past the edge. */
function expectRendered(shown: string, columns: number): void {
  expect(shown).not.toContain('**');
  expect(shown).not.toContain('<!--');
  expect(shown).not.toMatch(/^\s*\|/m);
  expect(shown).not.toMatch(/^\s*#+ /m);
  for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
}

const TITLE = { en: 'SILICON CURTAIN — RULES OF PLAY', fr: 'SILICON CURTAIN — RÈGLES DU JEU' };
const TABLE = { en: 'What happens', fr: 'Ce qui se passe' };

describe.skipIf(skip !== null)('the rules in tmux', () => {
  for (const size of [{ columns: 80, rows: 24 }, { columns: 120, rows: 40 }]) {
    for (const lang of ['en', 'fr'] as const) {
      it(`the menu's Rules screen is drawn for the terminal at ${size.columns}×${size.rows} (${lang})`, async () => {
        const t = start(size, ['--lang', lang]);
        const menu = await waitFor(t, has(lang === 'en' ? 'New game' : 'Nouvelle partie'), 'the menu');
        // The menu's entries depend on the saves: pick Rules by its number.
        const digit = new RegExp(`(\\d)\\s+${lang === 'en' ? 'Rules' : 'Règles'}`).exec(menu)?.[1] ?? '';
        expect(digit).not.toBe('');
        keys(t, digit);
        const first = await waitFor(t, has(TITLE[lang]), 'the rules');
        expectRendered(first, size.columns);
        // Page through the whole book: no page shows raw Markdown.
        for (let page = 0; page < 80; page++) {
          keys(t, 'PageDown');
          await new Promise((resolve) => setTimeout(resolve, 40));
          expectRendered(screen(t), size.columns);
        }
      }, 60_000);

      it(`\`rules\` through less is drawn for the terminal at ${size.columns}×${size.rows} (${lang})`, async () => {
        const t = start(size, ['rules', '--lang', lang]);
        const first = await waitFor(t, has(TABLE[lang]), 'the rules in less');
        expect(first).toContain(TITLE[lang]);
        expectRendered(first, size.columns);
        keys(t, 'q');
        await waitFor(t, has('EXIT=0'), 'the exit');
      }, 30_000);
    }
  }
});
