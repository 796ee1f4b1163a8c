// A card's number in the hand is its place in the hand as shown, the same in the headline and in
// the action round: the bargaining chip, which cannot be a headline, keeps its number (marked ×,
// readable without colour), and its digit says why instead of choosing another card.
import { afterEach, describe, expect, it } from 'vitest';
import type { GameSetup } from '../../src/engine/index.js';
import { localText } from '../../src/i18n/lang.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { fitsTerminal, mountPlay, type PlayHarness } from './helpers.js';

const BASE = loadDeckForTest('base.yaml');
const SETUP: GameSetup = { seed: 7, personas: { us: 'washington', china: 'beijing' }, cards: BASE, decks: [{ id: 'test', hash: 'test' }] };
const CARDS = Object.fromEntries(BASE.map((c) => [c.id, c]));
const SIZE = { columns: 80, rows: 24 };

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** The number and mark the hand panel shows before each card of `hand` (titles may be cut with "…"). */
function numbersShown(frame: string, hand: readonly string[]): Map<string, { number: number; mark: string }> {
  const out = new Map<string, { number: number; mark: string }>();
  for (const id of hand) {
    const title = localText(CARDS[id]!.title, 'en').slice(0, 14);
    const line = frame.split('\n').find((l) => l.includes(title));
    const m = line ? /([▶× ])(\d) \d[UCN] .?\S*/.exec(line.slice(51)) : null;
    if (m) out.set(id, { number: Number(m[2]), mark: m[1]! });
  }
  return out;
}

describe('card numbers in the hand', () => {
  it('keep each card’s place from the headline to the action round; an unchoosable card is marked and refuses', async () => {
    screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, color: false, size: SIZE });
    const headline = await screen.waitFor('Choose your headline');
    const state = screen.changes.at(-1)?.state;
    expect(state?.decision?.kind).toBe('headline');
    const hand = [...state!.hands.us];
    const chip = hand.findIndex((id) => CARDS[id]?.passes);
    expect(chip).toBeGreaterThanOrEqual(0);
    expect(chip).toBeLessThan(hand.length - 2);
    const before = numbersShown(headline, hand);
    // Every card numbered by its place, the chip too, marked × (no colour here).
    expect([...before.entries()].map(([id, n]) => [id, n.number])).toEqual(hand.map((id, i) => [id, i + 1]));
    expect(before.get(hand[chip]!)?.mark).toBe('×');
    // The chip's digit chooses nothing and says why, in one line.
    await screen.press(String(chip + 1));
    const refused = screen.frame();
    expect(refused).toContain('The bargaining chip is never a headline');
    expect(refused).toContain('Choose your headline');
    expect(refused).not.toContain('Headline Trade Truce?');
    expect(fitsTerminal(refused, SIZE)).toBe(true);
    // Headline the last card by the number shown, then read the hand in the action round.
    const last = hand.at(-1)!;
    await screen.press(String(hand.length));
    await screen.waitFor(`Headline ${localText(CARDS[last]!.title, 'en')}?`);
    await screen.press('\r');
    // The headlines' events may ask for a space or two first: take the cursor's.
    for (let i = 0; i < 12 && !screen.frame().includes('Play a card'); i++) await screen.press('\r');
    const play = await screen.waitFor('Play a card');
    const after = numbersShown(play, hand.slice(0, -1));
    for (const [id, n] of after) expect([id, n.number]).toEqual([id, before.get(id)?.number]);
    expect(after.size).toBe(hand.length - 1);
    // In the action round the chip can be played: its number is unchanged and unmarked.
    expect(after.get(hand[chip]!)?.mark).not.toBe('×');
  });
});
