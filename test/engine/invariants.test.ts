// Properties over random seeds and random legal actions: the game always ends, never
// throws, and its invariants hold at every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  applyActionInPlace,
  cloneState,
  createGame,
  createGameInPlace,
  hasChoice,
  hashState,
  legalActions,
  rules,
  viewFor,
  SPACES,
} from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { fixtureSetup } from './fixture-deck.js';
import { cardPlaces, playGame } from './helpers.js';

function checkInvariants(s: GameState): void {
  for (const sp of SPACES) {
    const inf = s.influence[sp.id];
    expect(inf?.us).toBeGreaterThanOrEqual(0);
    expect(inf?.china).toBeGreaterThanOrEqual(0);
  }
  expect(Math.abs(s.leadership)).toBeLessThanOrEqual(rules.LEADERSHIP_LIMIT);
  expect(s.clock).toBeGreaterThanOrEqual(rules.CLOCK_MIN);
  expect(s.clock).toBeLessThanOrEqual(rules.CLOCK_MAX);
  for (const track of [s.stack, s.lockIn]) {
    expect(track).toBeGreaterThanOrEqual(0);
    expect(track).toBeLessThanOrEqual(rules.RACE_MAX);
  }
  const places = cardPlaces(s).sort();
  expect(places).toEqual(Object.keys(s.cards).sort());
  if (!s.outcome) expect(legalActions(s).length).toBeGreaterThan(0);
}

/** Card ids a side may not know: the opponent's hand and the draw pile, never mentioned in public. */
function secretIds(s: GameState, side: 'us' | 'china'): string[] {
  const publicText = JSON.stringify([s.log, s.cancelled, s.eventsPlayed, s.modifiers, s.tasks]);
  const hidden = [...s.deck, ...s.hands[side === 'us' ? 'china' : 'us']];
  if (!s.headlineRevealed) {
    const theirs = s.headline[side === 'us' ? 'china' : 'us'];
    if (theirs) hidden.push(theirs);
  }
  return hidden.filter((id) => !publicText.includes(`"${id}"`));
}

describe('random games on the fixture deck', () => {
  it('always end within the action bound, never throw, and keep every invariant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pickSeed) => {
        const game = playGame(fixtureSetup(seed), pickSeed, rules.MAX_ACTIONS);
        expect(game.final.outcome).not.toBeNull();
        for (const s of game.states) checkInvariants(s);
      }),
      { numRuns: 60 },
    );
  });

  it('say there is a choice exactly when more than one action is legal, for every hand down to none', () => {
    let plays = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pickSeed) => {
        const game = playGame(fixtureSetup(seed), pickSeed);
        for (const s of game.states) {
          if (!s.decision) continue;
          // A copy has no list kept with it: hasChoice works it out (for a play, card by card).
          const hands = s.decision.kind === 'play' ? [0, 1, 2, 3].map((n) => s.hands[s.decision?.side ?? 'us'].slice(0, n)) : [null];
          for (const hand of hands) {
            const t = cloneState(s);
            if (hand) t.hands[s.decision.side] = [...hand];
            const choice = hasChoice(t);
            expect(choice).toBe(legalActions(cloneState(t)).length > 1);
            if (hand) plays++;
          }
        }
      }),
      { numRuns: 20 },
    );
    expect(plays).toBeGreaterThan(100);
  });

  it('never show a side a card it may not know', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pickSeed) => {
        const game = playGame(fixtureSetup(seed), pickSeed);
        for (const s of game.states) {
          for (const side of ['us', 'china'] as const) {
            const text = JSON.stringify(viewFor(s, side));
            for (const id of secretIds(s, side)) expect(text).not.toContain(`"${id}"`);
            expect(text).not.toContain('"rng"');
            expect(text).not.toContain('"seed"');
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('give the same game from the same seed and actions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pickSeed) => {
        const game = playGame(fixtureSetup(seed), pickSeed);
        let replay = createGame(fixtureSetup(seed));
        for (const action of game.actions) replay = applyAction(replay, action);
        expect(hashState(replay)).toBe(hashState(game.final));
      }),
      { numRuns: 25 },
    );
  });

  it('give the same game built and played in place, without Immer (as the simulator plays)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (seed, pickSeed) => {
        const game = playGame(fixtureSetup(seed), pickSeed);
        const inPlace = createGameInPlace(fixtureSetup(seed));
        expect(inPlace).toEqual(game.states[0]);
        for (const action of game.actions) applyActionInPlace(inPlace, action);
        expect(hashState(inPlace)).toBe(hashState(game.final));
      }),
      { numRuns: 25 },
    );
  });

  it('give different deals for different seeds', () => {
    const a = createGame(fixtureSetup(1));
    const b = createGame(fixtureSetup(2));
    expect(hashState(a)).not.toBe(hashState(b));
  });
});
