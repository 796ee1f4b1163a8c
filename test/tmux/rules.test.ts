// The rules book in a real terminal (tmux), at 80×24 and 120×40 under NO_COLOR: the menu's Rules
// screen and `silicon-curtain rules` through less, in English and French, show no Markdown mark
// or comment and no table cut at the edge. Needs the bundle, tmux and less; skipped without them.
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, has, keys, screen, skipReason, waitFor, type Size } from './driver.js';

const skip = skipReason('test/tmux/rules.test.ts', { less: true });

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

const terminals = new Terminals('sc-rules');
afterEach(() => terminals.cleanup());

const start = (size: Size, args: string[]): string =>
  terminals.start(size, args, { NO_COLOR: '1', PAGER: 'less -R', SILICON_CURTAIN_HOME: terminals.tempDir() }, ['LESS']);

describe.skipIf(skip !== null)('the rules in tmux', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
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
