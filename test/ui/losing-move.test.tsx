// A move that loses on the spot, on the game screen: the option's line says why, the first
// Enter only asks, Esc backs out, and a second Enter (or y) plays it. China to act at clock 2
// holding the US "Clock −1" card, which fires its event when played for Ops.
import { afterEach, describe, expect, it } from 'vitest';
import { cloneState, type GameState } from '../../src/engine/index.js';
import { botRunner } from '../../src/ui/game/bots.js';
import { startModel } from '../../src/ui/game/game-model.js';
import { initialPlayState } from '../../src/ui/game/play-state.js';
import { PlayApp } from '../../src/ui/play-app.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { atFirstActionRound, giveCard } from '../engine/helpers.js';
import { fitsTerminal, KEY, mount, settle, type Screen } from './helpers.js';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const SEED = 3;

function atClockTwo(): GameState {
  const s = cloneState(atFirstActionRound(SEED));
  s.decision = { kind: 'play', side: 'china' };
  s.phasing = 'china';
  s.clock = 2;
  s.hands.china = [];
  giveCard(s, 'us-clock');
  giveCard(s, 'china-place');
  return s;
}

async function mountAtClockTwo(size: { columns: number; rows: number }, states: GameState[][]): Promise<Screen> {
  const setup = fixtureSetup(SEED);
  const initial = initialPlayState(setup, { us: 'random', china: 'human' });
  const model = { ...startModel(setup), states: [atClockTwo()] };
  const s = mount(
    <PlayApp
      initial={{ ...initial, model }}
      chooseBotAction={botRunner()}
      thinkMs={0}
      onChange={(_actions, state) => states.push([state])}
      onExit={() => undefined}
      fromMenu={false}
    />,
    { size, color: false },
  );
  await settle(5);
  return s;
}

describe('a move that loses the game on the spot', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
    it(`is marked, asked again, and backed out of with Esc at ${size.columns}×${size.rows}`, async () => {
      const changes: GameState[][] = [];
      screen = await mountAtClockTwo(size, changes);
      // The first card is the US "Clock −1" card: its uses list the warning.
      await screen.press('1');
      const uses = await screen.waitFor('loses the game');
      // Wrapped in the side panel at 80 columns: read the words, not the line breaks.
      expect(uses).toContain('⚠ loses the game');
      if (size.columns >= 120) expect(uses).toContain('⚠ loses the game: the clock would reach 1');
      expect(fitsTerminal(uses, size)).toBe(true);
      // Ops to place influence: the US event fires too, in either order, so it is asked again.
      await screen.press(KEY.enter);
      await screen.waitFor('Their event first');
      await screen.press(KEY.enter);
      const asked = await screen.waitFor('Play it anyway?');
      expect(asked).toContain('⚠ loses the game: the clock would reach 1 · Play it anyway?');
      expect(asked).toContain('Enter/y play it anyway');
      expect(fitsTerminal(asked, size)).toBe(true);
      expect(changes).toHaveLength(0);
      // Esc backs out: nothing was played, the choice is still open.
      await screen.press(KEY.esc);
      await screen.waitFor((f) => !f.includes('Play it anyway?'));
      expect(changes).toHaveLength(0);
      // Chosen again and confirmed: the game ends in sudden death.
      await screen.press(KEY.enter);
      await screen.waitFor('Play it anyway?');
      await screen.press('y');
      await settle(5);
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.at(-1)?.[0]?.outcome?.reason).toBe('suddenDeath');
    });
  }

  it('does not mark or ask for a harmless card', async () => {
    const changes: GameState[][] = [];
    screen = await mountAtClockTwo({ columns: 80, rows: 24 }, changes);
    await screen.press('2');
    const uses = await screen.waitFor('place influence');
    expect(uses).not.toContain('loses the game');
    await screen.press(KEY.enter);
    await settle(5);
    expect(screen.frame()).not.toContain('Play it anyway?');
    expect(changes.length).toBeGreaterThan(0);
  });
});
