// The fuzzer's checks must bite: each one is shown a state broken in the way it guards against.
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine/index.js';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { PublicKnowledge, cardPlaceProblems, decisionProblems, trackProblems, viewProblems } from './invariants.js';

function midGame(): GameState {
  let s = createGame(fixtureSetup(5));
  for (let i = 0; i < 6; i++) s = applyAction(s, legalActions(s)[0]!);
  return s;
}

const broken = (change: (s: GameState) => void): GameState => {
  const s = structuredClone(midGame());
  change(s);
  return s;
};

describe('fuzz invariants', () => {
  it('accept a sound game', () => {
    const s = midGame();
    const k = new PublicKnowledge();
    k.observe(s);
    expect([trackProblems(s), cardPlaceProblems(s), decisionProblems(s), viewProblems(s, k)]).toEqual([null, null, null, null]);
  });

  it('catch negative influence and tracks off their range', () => {
    expect(trackProblems(broken((s) => void (s.influence.tencent!.china = -1)))).toBe('china influence in tencent is -1');
    expect(trackProblems(broken((s) => void (s.clock = 0)))).toBe('the clock is at 0');
    expect(trackProblems(broken((s) => void (s.leadership = 21)))).toBe('Leadership 21 is off the track');
  });

  it('catch a card in two places or in none', () => {
    expect(cardPlaceProblems(broken((s) => void s.discard.push(s.hands.us[0]!)))).toMatch(/is both in us hand and in discard/);
    expect(cardPlaceProblems(broken((s) => void s.deck.pop()))).toMatch(/is nowhere/);
  });

  it('catch a view that names a card its side cannot have seen', () => {
    const s = broken((st) => void st.flags.push(st.hands.china.find((id) => !st.cards[id]?.signature)!));
    const k = new PublicKnowledge();
    k.observe(s);
    expect(viewProblems(s, k)).toMatch(/^the us view names '.+', which it cannot have seen$/);
  });
});
