// Trying every play on several deals shares what provably lands the same (a class of plays, a
// play that reads no deal); the shared values must be exactly what trying each one gives.
import { describe, expect, it } from 'vitest';
import { determinize, scoringThreat } from '../../src/ai/determinize.js';
import { SEARCH_WEIGHTS, evaluate } from '../../src/ai/evaluate.js';
import { bestReply, landingFor, sharedAcrossDeals, tryAction, tryOnDeals } from '../../src/ai/lookahead.js';
import { legalActions, rules, viewFor } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const plays = positions(6, 3, 5).filter((s) => s.decision?.kind === 'play' && s.phase === 'actions');

/** Three deals of the acting side's view of `s` (dealt from seed `n`), with every legal play tried on each. */
function triedOnDeals(s: GameState, n: number) {
  const side = s.decision?.side ?? 'us';
  const view = viewFor(s, side);
  const w = { ...SEARCH_WEIGHTS, threat: scoringThreat(view, s.cards) };
  const rng = { rng: n + 11 };
  const deals = [0, 1, 2].map(() => determinize(view, s.cards, rng, { withoutLog: true }));
  const legal = legalActions(deals[0]!);
  return { side, w, deals, legal, byDeal: tryOnDeals(deals, legal, w, side) };
}

describe('trying plays on several deals', () => {
  it('has play decisions to test', () => {
    expect(plays.length).toBeGreaterThan(20);
  });

  it('gives every play on every deal the value, luck and landing a try of its own gives', () => {
    let shared = 0;
    for (const [n, s] of plays.entries()) {
      const { side, w, deals, legal, byDeal } = triedOnDeals(s, n);
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

  it("gives the opponent's answer on later deals the value and landing its own search gives", () => {
    let shared = 0;
    for (const [n, s] of plays.entries()) {
      const { side, w, legal, byDeal } = triedOnDeals(s, n);
      for (const [i] of legal.entries()) {
        const first = bestReply(byDeal[0]![i]!.after, w, 2);
        if (!first) continue;
        for (const d of [1, 2]) {
          const mine = byDeal[d]![i]!;
          if (!sharedAcrossDeals(mine) || mine.after.decision?.side !== rules.other(side)) continue;
          const got = bestReply(mine.after, w, 2, first.readingNoDeal)!;
          const own = bestReply(mine.after, w, 2)!;
          if (got.best !== own.best && Object.getPrototypeOf(got.best) !== Object.prototype) shared++;
          expect(got.best?.value).toBe(own.best?.value);
          expect(got.best?.luck).toBe(own.best?.luck);
          // What the bot reads of the answer's landing: its own evaluation.
          expect(evaluate(landingFor(got.best!), side, w)).toBe(evaluate(own.best!.after, side, w));
        }
      }
    }
    expect(shared).toBeGreaterThan(10);
  });
});
