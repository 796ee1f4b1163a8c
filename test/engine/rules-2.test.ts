// The rules that came with 2.0: the end-of-round hold, held scoring cards, scoring cards back in
// the pile, lobbying closed by the clock, the trap's loop, the Stack discount, the pressure reward,
// the trailing side's extra card, eras 2 and 3 in round 2. Positions are made by hand on the
// fixture deck, each at the last action of round 1.
import { describe, expect, it } from 'vitest';
import { applyAction, cloneState, createGame, eraEntryRound, legalActions, raceCost, rules } from '../../src/engine/index.js';
import type { GameState, Side } from '../../src/engine/index.js';
import { lobbyTargets } from '../../src/engine/ops.js';
import { fixtureSetup } from './fixture-deck.js';
import { atFirstActionRound } from './helpers.js';

/** Put exactly `cards` in `side`'s hand: the others go back to the draw pile. */
function setHand(s: GameState, side: Side, cards: string[]): void {
  s.deck.push(...s.hands[side].filter((id) => !cards.includes(id)));
  s.hands[side] = [];
  for (const card of cards) {
    for (const list of [s.deck, s.discard, s.removed, s.box, s.hands.us, s.hands.china, s.aside.us, s.aside.china]) {
      const at = list.indexOf(card);
      if (at >= 0) list.splice(at, 1);
    }
    s.hands[side].push(card);
  }
}

/** Round 1, `side` to play its last action (the opponent has played all of theirs), these hands. */
function lastAction(side: Side, hands: Record<Side, string[]>, seed = 1): GameState {
  const s = atFirstActionRound(seed);
  s.decision = { kind: 'play', side };
  s.phasing = side;
  s.actionsTaken = { [side]: s.actionsPerRound - 1, [rules.other(side)]: s.actionsPerRound } as Record<Side, number>;
  setHand(s, 'us', hands.us);
  setHand(s, 'china', hands.china);
  return s;
}

/** Answer every decision with its first legal action until the next round begins (or the game ends). */
function toRound2(state: GameState, keep: Partial<Record<Side, string>> = {}): GameState {
  let s = state;
  while (s.round === 1 && s.decision && !s.outcome) {
    const d = s.decision;
    const kept = d.kind === 'hold' ? keep[d.side] : undefined;
    s = applyAction(s, kept ? { type: 'hold', card: kept } : (legalActions(s)[0] as never));
  }
  return s;
}

const since = (before: GameState, after: GameState) => after.log.slice(before.log.length);

describe('the hold at the end of the round', () => {
  it('keeps one card; own and neutral leftovers are discarded, the opponent’s fire with the holder acting', () => {
    const s = lastAction('us', { us: ['us-vp', 'us-flag', 'us-next', 'neutral-choose', 'china-vp'], china: [] });
    const played = applyAction(s, { type: 'play', card: 'us-vp', use: 'event' });
    expect(played.decision).toEqual({ kind: 'hold', side: 'us' });
    expect(legalActions(played).map((a) => (a.type === 'hold' ? a.card : ''))).toEqual(['us-flag', 'us-next', 'neutral-choose', 'china-vp']);
    const held = applyAction(played, { type: 'hold', card: 'us-flag' });
    const log = since(played, held);
    // Own and neutral cards go to the discard pile without firing.
    expect(held.discard).toEqual(expect.arrayContaining(['us-next', 'neutral-choose', 'china-vp']));
    expect(log.filter((e) => e.type === 'eventFires').map((e) => (e.type === 'eventFires' ? [e.card, e.side, e.owner] : []))).toEqual([
      ['china-vp', 'us', 'china'],
    ]);
    // China's event fired: China +2 Leadership, logged as the event's.
    const fired = log.find((e) => e.type === 'track' && e.reason === 'event:china-vp');
    expect(fired?.type === 'track' ? [fired.track, fired.to - fired.from] : []).toEqual(['leadership', -2]);
    const next = toRound2(held);
    expect(next.hands.us).toContain('us-flag');
  });

  it('a clock a leftover takes to 1 is the holder’s loss', () => {
    const s = lastAction('us', { us: ['us-vp'], china: ['china-vp', 'us-clock'] });
    s.clock = 2;
    const played = applyAction(s, { type: 'play', card: 'us-vp', use: 'event' });
    expect(played.decision).toEqual({ kind: 'hold', side: 'china' });
    const held = applyAction(played, { type: 'hold', card: 'china-vp' });
    // The US's card fired from China's hand: China was acting, so China took the clock to 1.
    expect(held.clock).toBe(rules.CLOCK_MIN);
    expect(held.outcome).toMatchObject({ winner: 'us', reason: 'suddenDeath', loser: 'china' });
  });
});

describe('a scoring card still in hand when the action rounds end', () => {
  it('scores there, its holder first losing HELD_SCORING_PENALTY Leadership', () => {
    const s = lastAction('us', { us: ['us-vp', 'score-devs'], china: ['china-vp'] });
    const played = applyAction(s, { type: 'play', card: 'us-vp', use: 'event' });
    const log = since(s, played);
    const at = log.findIndex((e) => e.type === 'discard' && e.card === 'score-devs');
    expect(at).toBeGreaterThanOrEqual(0);
    const fine = log[at + 1];
    expect(fine).toEqual(expect.objectContaining({ type: 'track', track: 'leadership', reason: 'heldScoring:developers' }));
    expect(fine?.type === 'track' ? fine.to - fine.from : 0).toBe(-rules.HELD_SCORING_PENALTY);
    expect(log[at + 2]).toEqual(expect.objectContaining({ type: 'score', region: 'developers' }));
    expect(played.hands.us).not.toContain('score-devs');
  });
});

describe('scoring cards', () => {
  it('return to the draw pile at the start of each round; other discards stay', () => {
    const s = lastAction('us', { us: ['us-vp'], china: [] });
    s.discard.push(...['score-south', 'china-draw'].filter((id) => !s.discard.includes(id)));
    for (const side of ['us', 'china'] as const) {
      for (const id of ['score-south', 'china-draw']) {
        const list = s.deck.includes(id) ? s.deck : s.box.includes(id) ? s.box : null;
        if (list) list.splice(list.indexOf(id), 1);
        if (s.hands[side].includes(id)) s.hands[side].splice(s.hands[side].indexOf(id), 1);
      }
    }
    const next = toRound2(applyAction(s, { type: 'play', card: 'us-vp', use: 'event' }));
    expect(next.round).toBe(2);
    expect(next.discard).not.toContain('score-south');
    expect([...next.deck, ...next.hands.us, ...next.hands.china]).toContain('score-south');
    expect(next.discard).toContain('china-draw');
  });

  it('of eras 2 and 3 both enter in round 2 of a 3-round game', () => {
    expect([eraEntryRound(1, 3), eraEntryRound(2, 3), eraEntryRound(3, 3)]).toEqual([1, 2, 2]);
  });
});

describe('the clock', () => {
  it('closes regions to lobbying as to sanctions', () => {
    const s = atFirstActionRound(4);
    const side = s.decision?.side ?? 'us';
    const opp = rules.other(side);
    for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
    for (const sp of ['tencent', 'cudaDevs', 'foundries', 'thailand']) s.influence[sp] = { us: 0, china: 0, [opp]: 1 } as { us: number; china: number };
    s.clock = 5;
    expect(lobbyTargets(s, side)).toEqual(['tencent', 'cudaDevs', 'thailand', 'foundries']);
    // At 3: the Supply Chain (closed at 4), the China Market and the Developers (at 3) are closed.
    s.clock = 3;
    expect(lobbyTargets(s, side)).toEqual(['thailand']);
    s.clock = 2;
    expect(lobbyTargets(s, side)).toEqual([]);
    const anyLobby = legalActions(s).some((a) => a.type === 'play' && a.use === 'lobby');
    expect(anyLobby).toBe(false);
  });

  it('recovers CLOCK_RECOVERY steps at the start of the next round', () => {
    const s = lastAction('us', { us: ['us-vp'], china: [] });
    s.clock = 2;
    const next = toRound2(applyAction(s, { type: 'play', card: 'us-vp', use: 'event' }));
    expect(next.clock).toBe(2 + rules.CLOCK_RECOVERY);
  });
});

describe('the trap’s loop at the end of each round', () => {
  const endOfRound = (clock: number, licensed: boolean) => {
    const s = lastAction('us', { us: ['us-vp'], china: [] });
    s.clock = clock;
    if (licensed) s.flags = [rules.TRAP_FLAG];
    const next = toRound2(applyAction(s, { type: 'play', card: 'us-vp', use: 'event' }));
    return {
      before: s,
      next,
      reasons: since(s, next).flatMap((e) => (e.type === 'track' && (e.reason === 'trap' || e.reason === 'decoupling') ? [[e.track, e.reason]] : [])),
    };
  };

  it('H20 licensed: Lock-in +1, whatever the clock', () => {
    for (const clock of [5, 3]) {
      const { before, next, reasons } = endOfRound(clock, true);
      expect(reasons).toEqual([['lockIn', 'trap']]);
      expect([next.lockIn, next.stack]).toEqual([before.lockIn + 1, before.stack]);
    }
  });

  it('otherwise, at clock DECOUPLED_AT or lower: Stack +1; above it, nothing', () => {
    const low = endOfRound(rules.DECOUPLED_AT, false);
    expect(low.reasons).toEqual([['stack', 'decoupling']]);
    expect(low.next.stack).toBe(low.before.stack + 1);
    expect(endOfRound(rules.DECOUPLED_AT + 1, false).reasons).toEqual([]);
  });
});

describe('the Stack discount', () => {
  it('at clock DECOUPLED_AT or lower, China’s Stack steps cost one Op less; the US’s do not', () => {
    const s = atFirstActionRound(5);
    s.stack = 1;
    s.lockIn = 1;
    s.clock = rules.DECOUPLED_AT + 1;
    expect([raceCost(s, 'china'), raceCost(s, 'us')]).toEqual([rules.RACE_COST[1], rules.RACE_COST[1]]);
    s.clock = rules.DECOUPLED_AT;
    expect([raceCost(s, 'china'), raceCost(s, 'us')]).toEqual([(rules.RACE_COST[1] ?? 0) - 1, rules.RACE_COST[1]]);
  });
});

describe('the pressure checks', () => {
  it('a met check pays its persona PRESSURE.reward Leadership', () => {
    // Washington (needs clock − 2 Ops of controls) and Huawei (3 influence in Developers or the Global South).
    const s = lastAction('us', { us: ['us-vp'], china: [] });
    s.stats.us.controlOps = s.clock - rules.PRESSURE.washingtonOffset;
    s.stats.china.influencePlaced.developers = rules.PRESSURE.huaweiInfluence;
    const next = toRound2(applyAction(s, { type: 'play', card: 'us-vp', use: 'event' }));
    const log = since(s, next);
    expect(log.filter((e) => e.type === 'pressure').map((e) => (e.type === 'pressure' ? [e.persona, e.met] : []))).toEqual(
      expect.arrayContaining([
        ['washington', true],
        ['huawei', true],
      ]),
    );
    const rewards = log.flatMap((e) => (e.type === 'track' && e.reason.startsWith('pressure:') ? [[e.reason, e.to - e.from]] : []));
    expect(rewards).toEqual(
      expect.arrayContaining([
        ['pressure:washington', rules.PRESSURE.reward],
        ['pressure:huawei', -rules.PRESSURE.reward],
      ]),
    );
  });
});

describe('the deal', () => {
  it('the side behind on Leadership draws TRAILING_EXTRA_CARD more', () => {
    for (const [leadership, behind] of [
      [-3, 'us'],
      [3, 'china'],
    ] as const) {
      const s = cloneState(createGame(fixtureSetup(7)));
      s.leadership = leadership;
      const dealt = applyAction(s, legalActions(s)[0] as never);
      const ordinary = (side: Side) => dealt.hands[side].filter((id) => !dealt.cards[id]?.signature).length;
      expect(ordinary(behind)).toBe(rules.HAND_SIZE + rules.TRAILING_EXTRA_CARD);
      expect(ordinary(rules.other(behind))).toBe(rules.HAND_SIZE);
    }
    const level = applyAction(createGame(fixtureSetup(7)), { type: 'chooseFirst', first: 'us' });
    expect([level.hands.us, level.hands.china].map((h) => h.filter((id) => !level.cards[id]?.signature).length)).toEqual([rules.HAND_SIZE, rules.HAND_SIZE]);
  });
});
