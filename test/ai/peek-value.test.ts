// What the bots make of a card that peeks or reveals: the evaluation credits each hidden card a
// side sees with a small, fixed amount of information (Weights.glimpse), counted in the
// look-ahead from the bot's own view, so an option that looks is worth a little more than the
// same option that does not. Without it a peek's event counted for nothing against an Ops play.
import { describe, expect, it } from 'vitest';
import { determinize } from '../../src/ai/determinize.js';
import { SEARCH_WEIGHTS, evaluate } from '../../src/ai/evaluate.js';
import type { Effect } from '../../src/decks/types.js';
import { applyAction, viewFor, type GameState, type Side } from '../../src/engine/index.js';
import { withProbeCard } from '../engine/helpers.js';

/** The bot's own position: a deal from its view, with `probe` (of `event`) in its hand. */
function botPosition(event: Effect[]): { det: GameState; side: Side } {
  const s = withProbeCard(event);
  const side = s.decision?.side as Side;
  return { det: determinize(viewFor(s, side), s.cards, { rng: 7 }), side };
}

/** The value, for `side`, of playing the probe's event, less that of the same play with nothing seen. */
function informationGain(event: Effect[], viewer: 'self' | 'opponent'): number {
  const { det, side } = botPosition(event);
  const after = applyAction(det, { type: 'play', card: 'probe', use: 'event' });
  const blind: GameState = { ...after };
  delete blind.seen;
  delete blind.revealed;
  const who = viewer === 'self' ? side : side === 'us' ? 'china' : 'us';
  return evaluate(after, who, SEARCH_WEIGHTS) - evaluate(blind, who, SEARCH_WEIGHTS);
}

describe('the bots value what a card lets them see', () => {
  it('credits each card a peek shows the looking side, and debits its opponent as much', () => {
    expect(SEARCH_WEIGHTS.glimpse).toBeGreaterThan(0);
    expect(SEARCH_WEIGHTS.glimpse).toBeLessThan(SEARCH_WEIGHTS.handCard);
    const event: Effect[] = [{ op: 'peek', side: 'self', at: 'deck', count: 3 }];
    expect(informationGain(event, 'self')).toBeCloseTo(3 * SEARCH_WEIGHTS.glimpse, 9);
    expect(informationGain(event, 'opponent')).toBeCloseTo(-3 * SEARCH_WEIGHTS.glimpse, 9);
  });

  it('credits a reveal of the other hand to the side that did not hold the cards', () => {
    const event: Effect[] = [{ op: 'reveal', side: 'opponent', count: 2 }];
    expect(informationGain(event, 'self')).toBeCloseTo(2 * SEARCH_WEIGHTS.glimpse, 9);
    // A reveal of one's own hand tells the other side.
    expect(informationGain([{ op: 'reveal', side: 'self', count: 1 }], 'self')).toBeCloseTo(-SEARCH_WEIGHTS.glimpse, 9);
  });

  it('counts only the looks of the look-ahead: a bot’s dealt position carries no old peek', () => {
    // A peek and a reveal made in the game: the next deal from either view records neither.
    const { det: game } = botPosition([
      { op: 'peek', side: 'self', at: 'deck', count: 2 },
      { op: 'reveal', side: 'opponent', count: 1 },
    ]);
    const after = applyAction(game, { type: 'play', card: 'probe', use: 'event' });
    expect(after.seen).toBeDefined();
    expect(after.revealed).toBeDefined();
    for (const side of ['us', 'china'] as const) {
      const det = determinize(viewFor(after, side), after.cards, { rng: 3 });
      expect(det.seen).toBeUndefined();
      expect(det.revealed).toBeUndefined();
    }
  });
});
