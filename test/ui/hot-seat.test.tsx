// A whole hot-seat game played with key presses, from the first hand-off to the end screen,
// checking on every frame that it fits 80×24 and never shows a card the seated player may not
// see: the other hand, or the other side's secret headline.
import { afterEach, describe, expect, it } from 'vitest';
import type { CardId, Side } from '../../src/decks/types.js';
import { applyAction, createGame, hashState, type GameState, type LogEntry } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** Cards every player has seen: named in the log, or lying in the discard or out of the game. */
function publicCards(state: GameState): Set<CardId> {
  const seen = new Set<CardId>([...state.discard, ...state.removed, ...state.inPlay]);
  for (const e of state.log as LogEntry[]) {
    for (const key of ['card', 'us', 'china'] as const) {
      const value = (e as Record<string, unknown>)[key];
      if (typeof value === 'string') seen.add(value);
    }
  }
  return seen;
}

/** What `side`'s player must not see: the other hand and the other side's unrevealed headline. */
function hiddenFrom(state: GameState, side: Side | null): CardId[] {
  const open = publicCards(state);
  const sides: Side[] = side === null ? ['us', 'china'] : [side === 'us' ? 'china' : 'us'];
  const hidden: CardId[] = [];
  for (const s of sides) {
    hidden.push(...state.hands[s].filter((id) => !open.has(id)));
    const headline = state.headline[s];
    if (headline && !state.headlineRevealed) hidden.push(headline);
  }
  return hidden;
}

function seatOnScreen(frame: string): Side | null {
  // The status line names the side too, unless that would push the key hints off (80 columns).
  if (frame.includes('Hand · Washington') || /Washington( \(US\))? to act/.test(frame)) return 'us';
  if (frame.includes('Hand · Huawei') || /Huawei( \(China\))? to act/.test(frame)) return 'china';
  return null;
}

/** A fixed stream of keys: mostly Enter, with moves, a digit and a step back mixed in. */
function* keyPolicy(): Generator<string> {
  const keys = [KEY.enter, KEY.down, KEY.enter, KEY.enter, '2', KEY.right, KEY.enter, KEY.up, KEY.esc, KEY.enter, KEY.enter];
  let x = 12345;
  for (;;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield keys[x % keys.length] as string;
  }
}

describe('a hot-seat game driven by key presses', () => {
  it('is played from the first hand-off to the end screen, never showing a hidden card to the wrong seat', async () => {
    const setup = fixtureSetup(42);
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' } });
    const s = screen;
    const keys = keyPolicy();
    let handoffs = 0;
    let sawHeadlineChoice = false;
    let latest: GameState = createGame(setup);
    for (let step = 0; step < 4000; step++) {
      const frame = s.frame();
      latest = s.changes.at(-1)?.state ?? latest;
      expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
      if (frame.includes('Game over')) break;
      const handoff = frame.includes('Pass the keyboard');
      const seat = handoff ? null : seatOnScreen(frame);
      if (!handoff) expect(seat).not.toBeNull();
      for (const id of hiddenFrom(latest, seat)) expect(frame, `${id} hidden from ${seat ?? 'the hand-off'}`).not.toContain(id);
      if (frame.includes('Choose your headline')) sawHeadlineChoice = true;
      if (handoff) {
        expect(frame).not.toContain('Hand ·');
        // The seed is on every hand-off: a class checks it plays the seed on the board.
        expect(frame).toContain('seed 42');
        handoffs++;
        await s.press(KEY.enter);
      } else {
        await s.press(keys.next().value as string);
      }
    }
    const end = s.frame();
    expect(end).toContain('Game over');
    expect(sawHeadlineChoice).toBe(true);
    expect(handoffs).toBeGreaterThan(10);

    // What the screen reports is what the rules say of the same actions.
    const last = s.changes.at(-1);
    if (!last) throw new Error('no action was reported');
    let replayed = createGame(setup);
    for (const action of last.actions) replayed = applyAction(replayed, action);
    expect(hashState(replayed)).toBe(hashState(last.state));
    const outcome = replayed.outcome;
    expect(outcome).not.toBeNull();
    if (outcome?.winner) expect(end).toContain(outcome.winner === 'us' ? 'Washington (US) wins' : 'Huawei (China) wins');
    else expect(end).toContain('A draw');
    expect(end).toContain('Leadership over the game');
    expect(end).toContain('seed 42');

    await s.press(KEY.enter);
    expect(s.results).toHaveLength(1);
    expect(s.results[0]).toMatchObject({ rematch: true, outcome });
    expect(s.results[0]?.actions).toEqual(last.actions);
  }, 120_000);
});
