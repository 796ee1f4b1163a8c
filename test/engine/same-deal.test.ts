// A class plays one seed at every table: the cards dealt must not depend on who acts first,
// on the bots, or on `setup.first` (rules 2.1.1, 6.1.5: the US always draws first).
import { describe, expect, it } from 'vitest';
import { makeBot } from '../../src/ai/registry.js';
import { botNames } from '../../src/ai/bot-names.js';
import { applyAction, createGame, legalActions, SetupError, viewFor } from '../../src/engine/index.js';
import type { GameSetup, GameState, Side } from '../../src/engine/index.js';
import { fixtureSetup } from './fixture-deck.js';
import { picker } from './helpers.js';

/** What a table is dealt: both hands and the draw pile, in order. */
function deal(s: GameState) {
  return { us: [...s.hands.us], china: [...s.hands.china], deck: [...s.deck] };
}

function afterChoice(setup: GameSetup, first: Side): GameState {
  return applyAction(createGame(setup), { type: 'chooseFirst', first });
}

/** Bots play from the start until the first headline is asked: the deal is done by then. */
function dealtWithBots(setup: GameSetup, us: string, china: string): GameState {
  const bots = { us: makeBot(us, 11, { iterations: 50 }), china: makeBot(china, 12, { iterations: 50 }) };
  let s = createGame(setup);
  while (s.decision && s.decision.kind !== 'headline') {
    const side = s.decision.side;
    s = applyAction(s, bots[side].choose({ view: viewFor(s, side), catalog: s.cards, lang: 'en' }).action);
  }
  return s;
}

describe('the same seed deals the same game at every table', () => {
  it('gives the same opening hands and draw pile whoever is chosen to act first', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const usFirst = afterChoice(fixtureSetup(seed), 'us');
      const chinaFirst = afterChoice(fixtureSetup(seed), 'china');
      expect(usFirst.firstPlayer).toBe('us');
      expect(chinaFirst.firstPlayer).toBe('china');
      expect(deal(chinaFirst), `seed ${seed}`).toEqual(deal(usFirst));
      expect(usFirst.hands.us.length).toBeGreaterThan(0);
    }
  });

  it('gives the same deal with the first player fixed in the setup, either way, and asks nobody', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const us = createGame(fixtureSetup(seed, { first: 'us' }));
      const china = createGame(fixtureSetup(seed, { first: 'china' }));
      expect(us.decision).toMatchObject({ kind: 'headline', side: 'us' });
      expect(china.decision).toMatchObject({ kind: 'headline', side: 'china' });
      expect(china.firstPlayer).toBe('china');
      expect(deal(china)).toEqual(deal(us));
      expect(deal(us)).toEqual(deal(afterChoice(fixtureSetup(seed), 'us')));
      // Recorded in the setup, so a save of the game replays it.
      expect(china.setup.first).toBe('china');
    }
  });

  it('gives the same deal whatever bots sit at the table', () => {
    const names = botNames();
    const deals = [];
    for (const us of names) for (const china of names) deals.push({ pair: `${us}/${china}`, ...deal(dealtWithBots(fixtureSetup(7), us, china)) });
    const { pair: _pair, ...reference } = deals[0] ?? { pair: '' };
    for (const { pair, ...dealt } of deals) expect(dealt, pair).toEqual(reference);
  });

  it('keeps later rounds’ draws independent of who acts first', () => {
    let checked = 0;
    for (let seed = 1; seed <= 20 && checked < 5; seed++) {
      const pick = picker(seed);
      let s = createGame(fixtureSetup(seed));
      while (!s.outcome && !(s.round > 1 && s.decision?.kind === 'chooseFirst')) s = applyAction(s, pick(legalActions(s)));
      if (s.outcome) continue;
      const us = applyAction(s, { type: 'chooseFirst', first: 'us' });
      const china = applyAction(s, { type: 'chooseFirst', first: 'china' });
      expect(deal(china), `seed ${seed}, round ${s.round}`).toEqual(deal(us));
      checked++;
    }
    expect(checked).toBe(5);
  });

  it('fixes the first player of round 1 only: later rounds are chosen as usual', () => {
    const pick = picker(3);
    let s = createGame(fixtureSetup(3, { first: 'china' }));
    expect(s.log.find((e) => e.type === 'firstPlayer')).toMatchObject({ side: 'china' });
    while (!s.outcome && s.round === 1) s = applyAction(s, pick(legalActions(s)));
    expect(s.outcome).toBeNull();
    expect(s.decision?.kind).toBe('chooseFirst');
    expect(legalActions(s)).toHaveLength(2);
  });

  it('refuses a first player that is not a side', () => {
    expect(() => createGame(fixtureSetup(1, { first: 'moon' as Side }))).toThrow(SetupError);
    expect(createGame(fixtureSetup(1)).setup).not.toHaveProperty('first');
  });
});
