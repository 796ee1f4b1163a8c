// Private copies for look-ahead: playing on a copy never touches the original, and a
// re-deal moves only the cards the searching side cannot see.
import { describe, expect, it } from 'vitest';
import { determinize, hiddenCards } from '../../src/ai/determinize.js';
import { forkState, redeal } from '../../src/ai/search-state.js';
import { applyActionInPlace, cloneState, hashState, legalActions, rules, viewFor } from '../../src/engine/index.js';
import { cardPlaces } from '../engine/helpers.js';
import { positions } from './positions.js';

const POSITIONS = positions(8, 6, 2);

describe('forkState', () => {
  it('is a full copy: equal to the engine’s clone, and playing it out leaves the original unchanged', () => {
    for (const s of POSITIONS) {
      const original = cloneState(s);
      const before = hashState(original);
      const fork = forkState(original);
      expect(fork).toEqual(cloneState(original));
      for (let i = 0; i < 30 && !fork.outcome; i++) applyActionInPlace(fork, legalActions(fork).at(-1) as never);
      expect(hashState(original)).toBe(before);
    }
  });
});

describe('redeal', () => {
  it('deals the opponent’s unknown cards, secret headline and draw pile again, in the same numbers', () => {
    let changed = 0;
    for (const [i, s] of POSITIONS.entries()) {
      const side = s.decision?.side ?? 'china';
      const opp = rules.other(side);
      const view = viewFor(s, side);
      const det = determinize(view, s.cards, { rng: i + 1 }, { withoutLog: true });
      const { opponentKnown } = hiddenCards(view, s.cards);
      const deal = { side, opponentKnown, secretHeadline: view.headlineChosen[opp] && view.headline[opp] === null };
      const again = forkState(det);
      redeal(again, deal, { rng: 99 + i });
      expect(again.hands[side]).toEqual(det.hands[side]);
      expect(again.hands[opp].length).toBe(det.hands[opp].length);
      expect(again.deck.length).toBe(det.deck.length);
      for (const id of opponentKnown) expect(again.hands[opp]).toContain(id);
      expect(cardPlaces(again).sort()).toEqual(cardPlaces(det).sort());
      expect(viewFor(again, side)).toEqual(viewFor(det, side));
      if (JSON.stringify(again.hands[opp]) !== JSON.stringify(det.hands[opp])) changed++;
    }
    expect(changed).toBeGreaterThan(POSITIONS.length / 3);
  });
});
