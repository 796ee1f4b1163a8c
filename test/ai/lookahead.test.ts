// Trying every play on several deals shares what provably lands the same (a class of plays, a
// play that reads no deal); the shared values must be exactly what trying each one gives.
import { describe, expect, it } from 'vitest';
import { determinize, scoringThreat } from '../../src/ai/determinize.js';
import { SEARCH_WEIGHTS } from '../../src/ai/evaluate.js';
import { tryAction, tryOnDeals } from '../../src/ai/lookahead.js';
import { legalActions, viewFor } from '../../src/engine/index.js';
import { positions } from './positions.js';

const plays = positions(6, 3, 5).filter((s) => s.decision?.kind === 'play' && s.phase === 'actions');

describe('trying plays on several deals', () => {
  it('has play decisions to test', () => {
    expect(plays.length).toBeGreaterThan(20);
  });

  it('gives every play on every deal the value, luck and landing a try of its own gives', () => {
    let shared = 0;
    for (const [n, s] of plays.entries()) {
      const side = s.decision?.side ?? 'us';
      const view = viewFor(s, side);
      const w = { ...SEARCH_WEIGHTS, threat: scoringThreat(view, s.cards) };
      const rng = { rng: n + 11 };
      const deals = [0, 1, 2].map(() => determinize(view, s.cards, rng, { withoutLog: true }));
      const legal = legalActions(deals[0]!);
      const byDeal = tryOnDeals(deals, legal, w, side);
      for (const [d, det] of deals.entries()) {
        for (const [i, action] of legal.entries()) {
          const got = byDeal[d]![i]!;
          const own = tryAction(det, action, w, side);
          if (Object.getPrototypeOf(got) !== Object.prototype) shared++;
          expect(got.value).toBe(own.value);
          expect(got.luck).toBe(own.luck);
          expect(JSON.stringify(got.after)).toBe(JSON.stringify(own.after));
        }
      }
    }
    // The shortcuts were taken (else this test checks nothing they do).
    expect(shared).toBeGreaterThan(10);
  });
});
