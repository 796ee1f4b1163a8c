// The losing-move confirmation in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR: a
// hot-seat game of seed 138918 (the reported case) resumed where Washington, at clock 2, holds
// China's Minerals Ban (Clock −1). Its Ops use is marked, the first Enter only asks, Esc backs out,
// y plays it and the game ends in sudden death. Needs the bundle and tmux; skipped without either.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, has, keys, screen, skipReason, waitFor, type Size } from './driver.js';
import { losingMove } from '../../src/engine/index.js';
import { saveWhere } from './seeded-save.js';
import { localText } from '../../src/i18n/lang.js';

const skip = skipReason('test/tmux/losing-move.test.ts');

/** A game resumed where the side to act could lose on the spot with an Ops play, and that card's title. */
async function saveAtLosingMove(): Promise<{ file: string; title: string }> {
  const file = path.join(terminals.tempDir(), 'at-clock-2.json');
  const { action, state } = await saveWhere(
    file,
    (s, view, legal) =>
      view && s.decision?.kind === 'play' ? legal.find((a) => a.type === 'play' && a.use === 'influence' && losingMove(view, s.cards, a)?.sure) : undefined,
    'a losing move',
  );
  const card = action.type === 'play' ? action.card : '';
  return { file, title: localText(state.cards[card]?.title, 'en') || card };
}

const terminals = new Terminals('sc-losing');
afterEach(() => terminals.cleanup());

const start = (size: Size, args: string[]): string => terminals.start(size, args, { NO_COLOR: '1' });

describe.skipIf(skip !== null)('the losing-move confirmation in tmux', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
    it(`marks, asks, backs out and plays at ${size.columns}×${size.rows}`, async () => {
      const { file, title } = await saveAtLosingMove();
      const t = start(size, ['resume', file]);
      // The hand shows "N  1C  Title": the digit to press for the card that would lose.
      const row = new RegExp(`(\\d)\\s+\\d[UC]\\s+${title.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      await waitFor(t, has('Pass the keyboard'), 'the hand-off');
      keys(t, 'Enter');
      const hand = await waitFor(t, has('to act: Play a card'), 'the hand');
      const digit =
        hand
          .split('\n')
          .map((line) => line.match(row)?.[1])
          .find((d) => d !== undefined) ?? '';
      expect(digit).not.toBe('');
      keys(t, digit);
      const uses = await waitFor(t, has('⚠ loses the game'), 'the warning');
      expect(uses).toContain(`How do you play ${title.split(' ')[0] ?? title}`);
      keys(t, 'Enter');
      await waitFor(t, has('When?'), 'the timing');
      keys(t, 'Enter');
      const asked = await waitFor(t, has('Play it anyway?'), 'the confirmation');
      expect(asked).toContain('⚠ loses the game: the clock would reach 1 · Play it anyway?');
      for (const line of asked.split('\n')) expect(line.length).toBeLessThanOrEqual(size.columns);
      keys(t, 'Escape');
      await waitFor(t, (shown) => !shown.includes('Play it anyway?') && shown.includes('When?'), 'backing out');
      expect(screen(t)).not.toContain('Game over');
      keys(t, 'Enter');
      await waitFor(t, has('Play it anyway?'), 'the confirmation again');
      keys(t, 'y');
      // An event that asks its owner to choose (where to remove influence) hands the keyboard over
      // first: Enter takes the default answers until the clock falls. Only on those screens: an
      // Enter that reached the end screen would start a rematch.
      const end = await waitFor(
        t,
        (shown) => {
          if (shown.includes('Game over')) return true;
          if (shown.includes('Pass the keyboard') || /to act: (Remove|Place)/.test(shown)) keys(t, 'Enter');
          return false;
        },
        'the end screen',
      );
      expect(end).toContain('wins by sudden death');
    }, 40_000);
  }
});
