// Determinization: a full state built from one side's view must look exactly like that
// view from that side, deal only the cards the side cannot see, and play on like a game.
import { describe, expect, it } from 'vitest';
import { determinize, hiddenCards, scoringThreat } from '../../src/ai/determinize.js';
import { applyActionInPlace, legalActions, rules, viewFor } from '../../src/engine/index.js';
import type { GameState, PlayerView } from '../../src/engine/index.js';
import { cardPlaces } from '../engine/helpers.js';
import { positions } from './positions.js';

const POSITIONS = positions(12, 5);

const SIDES = ['us', 'china'] as const;

describe('determinize', () => {
  it('gives a state whose view, for the side that asked, is the original view', () => {
    let checked = 0;
    for (const s of POSITIONS) {
      for (const side of SIDES) {
        const view = viewFor(s, side);
        const det = determinize(view, s.cards, { rng: checked + 1 });
        expect(viewFor(det, side)).toEqual(view);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('deals exactly the unseen cards, keeps every card in one place, and the legal actions are the view’s', () => {
    for (const [i, s] of POSITIONS.entries()) {
      const side = s.decision?.side ?? 'us';
      const view = viewFor(s, side);
      const det = determinize(view, s.cards, { rng: i + 7 });
      expect(cardPlaces(det).sort()).toEqual(Object.keys(s.cards).sort());
      expect(det.hands[side]).toEqual(s.hands[side]);
      const opp = rules.other(side);
      const dealtNow = [...det.hands[opp], ...det.deck, ...(s.headlineRevealed ? [] : [det.headline[opp]].filter((c) => c !== null))];
      const trulyHidden = [...s.hands[opp], ...s.deck, ...(s.headlineRevealed ? [] : [s.headline[opp]].filter((c) => c !== null))];
      expect(dealtNow.sort()).toEqual(trulyHidden.sort());
      expect(legalActions(det)).toEqual(legalActions(s));
    }
  });

  it('puts the opponent’s signature card in its hand when it is not set aside or in play', () => {
    let seen = 0;
    for (const s of POSITIONS) {
      const side = s.decision?.side ?? 'us';
      const opp = rules.other(side);
      const signature = Object.values(s.cards).find((c) => c.signature && rules.SIDE_OF[c.signature] === opp)?.id as string;
      if (!s.hands[opp].includes(signature)) continue;
      const { opponentKnown } = hiddenCards(viewFor(s, side), s.cards);
      expect(opponentKnown).toEqual([signature]);
      for (let r = 1; r <= 5; r++) expect(determinize(viewFor(s, side), s.cards, { rng: r }).hands[opp]).toContain(signature);
      seen++;
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('deals a secret headline to the opponent, never a signature card', () => {
    const waiting = POSITIONS.filter((s) => s.decision?.kind === 'headline' && s.headline[rules.other(s.decision.side)] !== null);
    expect(waiting.length).toBeGreaterThan(3);
    for (const s of waiting) {
      const side = s.decision?.side ?? 'us';
      const view = viewFor(s, side);
      expect(view.headline[rules.other(side)]).toBeNull();
      for (let r = 1; r <= 10; r++) {
        const dealt = determinize(view, s.cards, { rng: r }).headline[rules.other(side)];
        expect(dealt).not.toBeNull();
        expect(s.cards[dealt as string]?.signature).toBeUndefined();
      }
    }
  });

  it('varies the hidden deal with the generator, and the deal plays on to the end', () => {
    const s = POSITIONS.find((p) => p.decision?.kind === 'play' && p.round === 1) as GameState;
    const side = s.decision?.side ?? 'us';
    const view = viewFor(s, side);
    const deals = new Set<string>();
    for (let r = 1; r <= 8; r++) {
      const det = determinize(view, s.cards, { rng: r });
      deals.add(JSON.stringify([det.hands[rules.other(side)], det.deck]));
      while (!det.outcome) applyActionInPlace(det, legalActions(det)[0] as never);
      expect(det.outcome).not.toBeNull();
    }
    expect(deals.size).toBeGreaterThan(4);
  });

  it('reports a view that cannot be dealt instead of inventing cards', () => {
    const s = POSITIONS[3] as GameState;
    const view: PlayerView = { ...viewFor(s, 'us'), deckCount: viewFor(s, 'us').deckCount + 1 };
    expect(() => determinize(view, s.cards, { rng: 1 })).toThrow(/cannot deal the hidden cards/);
  });

  it('weighs each unseen scoring card by the share of unseen cards in the opponent’s hand', () => {
    for (const s of POSITIONS.slice(0, 40)) {
      const side = s.decision?.side ?? 'us';
      const view = viewFor(s, side);
      const threat = scoringThreat(view, s.cards);
      expect(threat.side).toBe(rules.other(side));
      for (const { card, odds } of Object.values(threat.odds)) {
        expect(view.hand).not.toContain(card);
        expect(view.discard).not.toContain(card);
        expect(odds).toBeGreaterThanOrEqual(0);
        expect(odds).toBeLessThanOrEqual(1);
      }
    }
  });
});
