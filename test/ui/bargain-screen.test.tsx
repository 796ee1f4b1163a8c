// The bargaining chip on the game screen at 80×24: the opponent's line says who holds it and
// whether face down, the own face-down chip has its line under the hand, the log says it passed.
import { afterEach, describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import type { Action } from '../../src/engine/index.js';
import type { ChooseBotAction } from '../../src/ui/game/bots.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mountPlay, type PlayHarness } from './helpers.js';

const CHIP: CardDef = {
  id: 'chip',
  title: 'Trade Truce',
  side: 'neutral',
  ops: 2,
  era: 2,
  passes: true,
  text: 'Gain 1 Leadership.',
  event: [{ op: 'vp', side: 'self', amount: 1 }],
  history: 'A test card.',
  date: '2025-01-01',
  source: 'test fixture',
};

/** The US bot plays the chip for its event as soon as it may, and otherwise its first legal move. */
const chipFirst: ChooseBotAction = async ({ view }) => {
  const chip = view.legal.find((a) => a.type === 'play' && a.card === 'chip' && a.use === 'event');
  return { action: chip ?? (view.legal[0] as Action), reason: 'test' };
};

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('the bargaining chip on the game screen', () => {
  it('shows who holds it, then the pass, the face-down line and the log line, at 80×24', async () => {
    const size = { columns: 80, rows: 24 };
    screen = await mountPlay({
      setup: fixtureSetup(7, { cards: [...FIXTURE_CARDS, CHIP] }),
      seats: { us: 'random', china: 'human' },
      chooseBotAction: chipFirst,
      size,
    });
    // China is asked who acts first (6.1.4); then its hand panel names the chip's holder.
    await screen.waitFor('Choose who acts first');
    await screen.press(KEY.enter);
    await screen.waitFor('Choose your headline');
    expect(screen.frame()).toContain('Washington holds Trade Truce');
    // Play on (Enter takes the first choice each time) until the US bot has played the chip.
    for (let i = 0; i < 80 && !screen.frame().includes('Trade Truce, face down'); i++) await screen.press(KEY.enter);
    const frame = screen.frame();
    // Wrapped to the hand panel's width, never cut.
    expect(frame).toMatch(/⇄ Trade Truce, face down:\s*\n.*yours next round/);
    expect(frame).not.toContain('Washington holds Trade Truce');
    expect(fitsTerminal(frame, size)).toBe(true);
    const passed = screen.changes.at(-1)?.state.log.find((e) => e.type === 'bargainPasses');
    expect(passed).toMatchObject({ card: 'chip', from: 'us', to: 'china' });
  });
});
