// A sanction's odds in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR: a hot-seat game
// resumed where the US may sanction with one of its own cards. Played for a sanction, the target's
// detail line says what each roll removes before Enter picks it. Needs the bundle and tmux.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, has, keys, skipReason, waitFor, type Size } from './driver.js';
import { losingMove } from '../../src/engine/index.js';
import { saveWhere } from './seeded-save.js';
import { localText } from '../../src/i18n/lang.js';

const skip = skipReason('test/tmux/sanction-odds.test.ts');

/** A game resumed at the first US turn that may sanction with a US card, and that card's title. */
async function saveAtSanction(): Promise<{ file: string; title: string }> {
  const file = path.join(terminals.tempDir(), 'to-sanction.json');
  const { action, state } = await saveWhere(
    file,
    (s, view, legal) =>
      s.decision?.side === 'us' && s.decision.kind === 'play' && view
        ? legal.find((a) => a.type === 'play' && a.use === 'sanction' && s.cards[a.card]?.side === 'us' && !losingMove(view, s.cards, a))
        : undefined,
    'a US sanction',
  );
  const card = action.type === 'play' ? action.card : '';
  return { file, title: localText(state.cards[card]?.title, 'en') || card };
}

const terminals = new Terminals('sc-odds');
afterEach(() => terminals.cleanup());

const start = (size: Size, args: string[]): string => terminals.start(size, args, { NO_COLOR: '1' });

describe.skipIf(skip !== null)('a sanction’s odds in tmux', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
    it(`are on the target's detail line at ${size.columns}×${size.rows}`, async () => {
      const { file, title } = await saveAtSanction();
      const t = start(size, ['resume', file]);
      await waitFor(t, has('Pass the keyboard'), 'the hand-off');
      keys(t, 'Enter');
      const hand = await waitFor(t, has('to act: Play a card'), 'the hand');
      const name = title.slice(0, 12);
      const digit =
        hand
          .split('\n')
          .map((line) => new RegExp(`(\\d)\\s+\\d[UCN]\\s+.?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(line)?.[1])
          .find(Boolean) ?? '';
      expect(digit, `${name} in\n${hand}`).not.toBe('');
      keys(t, digit);
      const uses = await waitFor(t, has('How do you play'), 'the uses');
      const option = /(\d) Ops \d: sanction/.exec(uses)?.[1] ?? '';
      expect(option).not.toBe('');
      keys(t, option);
      // The detail panel is the board's width, left of the log: read it as one text (its lines
      // wrap wherever the words fall).
      const panelOf = (shown: string) =>
        shown
          .split('\n')
          .map((line) => [...line].slice(0, size.columns === 80 ? 51 : 71).join(''))
          .join(' ')
          .replace(/\s+/g, ' ');
      const target = await waitFor(t, (shown) => panelOf(shown).includes('on a roll of 1 to 6'), 'the odds');
      const panel = panelOf(target);
      expect(panel).toMatch(/sanction: die [+−]\d+ → removes \d(\/\d){5} on a roll of 1 to 6/);
      for (const line of target.split('\n')) expect([...line].length).toBeLessThanOrEqual(size.columns);
    }, 60_000);
  }
});
