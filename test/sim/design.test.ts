// The design figures (issue 17): a hand-written game log read into a game's digest, hand-made
// digests folded into the figures, and seeded games checked against the simulator's other counts.
import { describe, expect, it } from 'vitest';
import { cardPool } from '../../src/decks/card-pool.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import type { CardDef } from '../../src/decks/types.js';
import type { GameState, LogEntry } from '../../src/engine/index.js';
import type { DesignGame, GameDesign } from '../../src/sim/design.js';
import { DecisionCounter, designFigures, digestDesign, isTopLevel } from '../../src/sim/design.js';
import { registryBot } from '../../src/sim/bots.js';
import type { SimPlan } from '../../src/sim/plan.js';
import { gameSpec } from '../../src/sim/plan.js';
import { playGame, setTable } from '../../src/sim/play.js';
import type { SimReport } from '../../src/sim/index.js';
import { runSimulateCli } from './harness.js';

const base = loadBaseDeck().deck;
if (!base) throw new Error('the base deck does not load');
const pool = cardPool([base]);
const find = (test: (c: CardDef) => boolean): CardDef => {
  const c = pool.cards.find(test);
  if (!c) throw new Error('the base deck lacks a card this test needs');
  return c;
};
const usCard = find((c) => c.side === 'us' && !c.signature && !c.scoring).id;
const chinaCard = find((c) => c.side === 'china' && !c.signature && !c.scoring).id;
const usSignature = find((c) => c.side === 'us' && c.signature !== undefined).id;
const scoringOf = (region: string) => find((c) => c.scoring === region).id;
const cardNumber = new Map(pool.cards.map((c, i) => [c.id, i] as const));

type Entry = LogEntry extends infer E ? (E extends { round: number } ? Omit<E, 'round'> : never) : never;

/** Three rounds: the entries of each round, in order. */
function handBuiltGame(rounds: Entry[][], leadershipHistory: number[]): GameState {
  const log = rounds.flatMap((entries, i) => entries.map((e) => ({ round: i + 1, ...e }) as LogEntry));
  const cards = Object.fromEntries(pool.cards.map((c) => [c.id, c]));
  return { rounds: 3, cards, log, leadershipHistory } as unknown as GameState;
}

const cm = scoringOf('chinaMarket');
const dev = scoringOf('developers');
const gs = scoringOf('globalSouth');

const game = handBuiltGame(
  [
    [
      { type: 'roundStart', clock: 5 },
      { type: 'firstPlayer', side: 'us', chosenBy: 'china' },
      { type: 'headlineReveal', us: cm, china: chinaCard },
      { type: 'play', side: 'us', card: cm, use: 'headline', ops: 0 },
      { type: 'play', side: 'china', card: chinaCard, use: 'headline', ops: 2 },
      { type: 'eventFires', side: 'us', card: cm, owner: 'us' },
      { type: 'score', region: 'chinaMarket', us: 3, china: 1, level: { us: 'domination', china: 'presence' } },
      { type: 'eventFires', side: 'china', card: chinaCard, owner: 'china' },
      { type: 'play', side: 'us', card: usCard, use: 'influence', ops: 2 },
      // China plays a US card for its event: an event play, not an own event.
      { type: 'play', side: 'china', card: usCard, use: 'event', ops: 2 },
      { type: 'eventFires', side: 'china', card: usCard, owner: 'us' },
      { type: 'play', side: 'us', card: usCard, use: 'event', ops: 2 },
      { type: 'eventFires', side: 'us', card: usCard, owner: 'us' },
      { type: 'play', side: 'china', card: dev, use: 'event', ops: 0 },
      { type: 'eventFires', side: 'china', card: dev, owner: 'china' },
      { type: 'score', region: 'developers', us: 0, china: 2, level: { us: 'none', china: 'presence' } },
      // A signature card for its event: not an own non-signature event.
      { type: 'play', side: 'us', card: usSignature, use: 'event', ops: 3 },
      { type: 'eventBlocked', card: usSignature },
      { type: 'play', side: 'china', card: chinaCard, use: 'race', ops: 3 },
      { type: 'track', track: 'stack', from: 5, to: 6, reason: 'race' },
      { type: 'track', track: 'clock', from: 5, to: 3, reason: 'sanction' },
      // End of the round: a scoring card still in hand scores itself.
      { type: 'discard', side: 'us', card: gs },
      { type: 'score', region: 'globalSouth', us: 1, china: 0, level: { us: 'presence', china: 'none' } },
      { type: 'pressure', side: 'us', persona: 'washington', met: true, needed: 0, done: 0, penalty: 0 },
      { type: 'discard', side: 'china', card: chinaCard },
      { type: 'hold', side: 'china' },
    ],
    [
      { type: 'roundStart', clock: 4 },
      { type: 'track', track: 'clock', from: 3, to: 4, reason: 'recovery' },
      { type: 'play', side: 'us', card: usCard, use: 'sanction', ops: 2 },
      { type: 'track', track: 'clock', from: 4, to: 2, reason: 'sanction' },
      { type: 'play', side: 'china', card: chinaCard, use: 'lobby', ops: 2 },
      { type: 'track', track: 'lockIn', from: 0, to: 5, reason: 'event' },
    ],
    [
      { type: 'roundStart', clock: 3 },
      { type: 'play', side: 'us', card: usCard, use: 'event', ops: 2 },
      { type: 'eventFires', side: 'us', card: usCard, owner: 'us' },
      { type: 'pressure', side: 'china', persona: 'huawei', met: false, needed: 2, done: 0, penalty: 2 },
      // Final scoring: not an in-round scoring.
      { type: 'score', region: 'chinaMarket', us: 3, china: 1, level: { us: 'domination', china: 'presence' } },
      { type: 'score', region: 'supplyChain', us: 0, china: 2, level: { us: 'none', china: 'presence' } },
      { type: 'gameOver', winner: 'china', reason: 'finalScoring' },
    ],
  ],
  [0, 3, 0, -2],
);

describe('a game digested from its log', () => {
  const decisions = { us: { all: 40, topLevel: 17 }, china: { all: 38, topLevel: 16 } };
  const d = digestDesign(game, cardNumber, decisions);

  it('counts action-round plays by use; headlines are not action-round plays', () => {
    // influence, sanction, lobby, race, event, ownEvent, scoring
    expect(d.plays).toEqual([1, 1, 1, 1, 5, 2, 1]);
  });

  it('attributes in-round scorings to a headline, an action or the end of the round, and skips the final scoring', () => {
    expect(d.scoringCauses).toEqual([1, 1, 1]);
    expect(d.scoringsByRound).toEqual([3, 0, 0]);
  });

  it('reads the lowest clock, the highest race step, the leaders and the events that fired', () => {
    expect(d.clockLowest).toBe(2);
    expect(d.raceHighest).toBe(6);
    expect(d.leaders).toEqual([1, 0, -1]);
    expect(d.eventsFired).toEqual([cm, chinaCard, usCard, dev].map((id) => cardNumber.get(id)).sort((a, b) => (a as number) - (b as number)));
    expect(d.decisions).toEqual(decisions);
  });
});

describe('decisions', () => {
  it('top level: who goes first, headlines, plays and the card held', () => {
    const counter = new DecisionCounter();
    counter.answered({ kind: 'play', side: 'us' });
    counter.answered({ kind: 'lobby', side: 'us', remaining: 2, card: usCard });
    counter.answered({ kind: 'hold', side: 'china' });
    expect(counter.counts).toEqual({ us: { all: 2, topLevel: 1 }, china: { all: 1, topLevel: 1 } });
    expect(isTopLevel('chooseFirst')).toBe(true);
    expect(isTopLevel('place')).toBe(false);
  });
});

function digest(over: Partial<GameDesign>): GameDesign {
  return {
    plays: [0, 0, 0, 0, 0, 0, 0],
    scoringsByRound: [0, 0, 0],
    scoringCauses: [0, 0, 0],
    clockLowest: 5,
    raceHighest: 0,
    leaders: [],
    decisions: { us: { all: 0, topLevel: 0 }, china: { all: 0, topLevel: 0 } },
    eventsFired: [],
    ...over,
  };
}

describe('the figures over games', () => {
  const deck = { cards: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as CardDef[], decks: [] };
  const games: DesignGame[] = [
    {
      winner: 'us',
      round: 3,
      design: digest({
        plays: [4, 2, 1, 1, 2, 1, 1],
        scoringsByRound: [2, 1, 1],
        scoringCauses: [1, 1, 2],
        clockLowest: 2,
        raceHighest: 6,
        leaders: [1, 1, 1],
        decisions: { us: { all: 40, topLevel: 17 }, china: { all: 30, topLevel: 15 } },
        eventsFired: [0, 2],
      }),
    },
    {
      winner: 'china',
      round: 2,
      design: digest({
        plays: [3, 1, 0, 0, 1, 0, 0],
        scoringsByRound: [1, 2, 0],
        scoringCauses: [0, 0, 3],
        clockLowest: 3,
        leaders: [0],
        decisions: { us: { all: 20, topLevel: 10 }, china: { all: 50, topLevel: 19 } },
        eventsFired: [2],
      }),
    },
  ];
  const f = designFigures(games, deck, 3);

  it('shares of action-round plays are of all plays pooled over games', () => {
    // 15 plays: 7 influence, 3 sanction, 1 lobby, 1 race, 3 event (of which 1 own, 1 scoring); 4 digits.
    expect(f.arPlays).toEqual({ influence: 0.4667, sanction: 0.2, lobby: 0.0667, race: 0.0667, event: 0.2, ownEvent: 0.0667, scoring: 0.0667 });
    expect(f.race.plays).toBe(f.arPlays.race);
  });

  it('scorings by round are means over the games that reached that round', () => {
    expect(f.scoring).toEqual({ byRound: [1.5, 1.5, 1], asAction: 1, asHeadline: 1, atRoundEnd: 5 });
  });

  it('the lowest clock, step 6 and the events are shares of games', () => {
    expect(f.clockLowest).toEqual({ '1': 0, '2': 0.5, '3': 0.5, '4': 0, '5': 0 });
    expect(f.race.step6Share).toBe(0.5);
    expect(f.eventsFired).toEqual({ a: 0.5, b: 0, c: 1 });
  });

  it('a level game has no leader; a round no game finished has no figure', () => {
    expect(f.leaderAfterRound).toEqual([1, 1, 1]);
    const china = designFigures([{ ...games[1], design: { ...(games[1] as DesignGame).design, leaders: [-1, -1] } } as DesignGame], deck, 3);
    expect(china.leaderAfterRound).toEqual([1, 1, null]);
  });

  it('decisions per player are medians over both players of every game', () => {
    // all: 20, 30, 40, 50; top level: 10, 15, 17, 19
    expect(f.decisionsPerPlayer).toEqual({ median: 35, topLevelMedian: 16 });
  });
});

describe('seeded games', () => {
  const plan: SimPlan = {
    games: 6,
    seed: 31,
    rounds: 3,
    bots: { us: { name: 'easy', thinkMs: null }, china: { name: 'random', thinkMs: null } },
    personas: { us: 'all', china: 'all' },
    deckArgs: [],
  };
  const table = setTable(plan, pool, registryBot);
  const records = Array.from({ length: plan.games }, (_, i) => playGame(table, gameSpec(plan, i)));

  it("agree with the simulator's own counts of decisions, Ops plays and leadership", () => {
    for (const r of records) {
      const d = r.design as GameDesign;
      expect(d).not.toBeNull();
      expect(d.decisions.us.all + d.decisions.china.all).toBe(r.actions);
      const [influence, sanction, lobby, race] = d.plays as [number, number, number, number];
      expect(influence + sanction + lobby + race).toBe(r.ops.us.length + r.ops.china.length);
      // Every headline is an event play in the card figures, never an action-round play.
      expect(d.plays[4]).toBeLessThanOrEqual(r.event.us.length + r.event.china.length);
      // tracks[r][0]: Leadership at the end of round r, for every round a later one followed
      // (the last round's leader is read before the final scoring, tracks after it).
      const followed = (r.result?.round ?? 1) - 1;
      expect(d.leaders.length).toBeGreaterThanOrEqual(followed);
      expect(d.leaders.slice(0, followed)).toEqual(r.tracks.slice(1, 1 + followed).map((t) => Math.sign(t[0] as number)));
      expect(d.clockLowest).toBeLessThanOrEqual(Math.min(...r.tracks.map((t) => t[1] as number)));
    }
  });

  it('--json has the design object with exactly the fields of issue 17', async () => {
    const run = await runSimulateCli(['simulate', '--games', '8', '--seed', '7', '--workers', '1', '--json']);
    const design = (JSON.parse(run.out) as SimReport).design;
    expect(Object.keys(design)).toEqual(['arPlays', 'scoring', 'clockLowest', 'race', 'leaderAfterRound', 'decisionsPerPlayer', 'eventsFired']);
    expect(Object.keys(design.arPlays)).toEqual(['influence', 'sanction', 'lobby', 'race', 'event', 'ownEvent', 'scoring']);
    expect(Object.keys(design.scoring)).toEqual(['byRound', 'asAction', 'asHeadline', 'atRoundEnd']);
    expect(Object.keys(design.clockLowest)).toEqual(['1', '2', '3', '4', '5']);
    expect(Object.keys(design.race)).toEqual(['step6Share', 'plays']);
    expect(design.leaderAfterRound).toHaveLength(3);
    expect(Object.keys(design.decisionsPerPlayer)).toEqual(['median', 'topLevelMedian']);
    expect(Object.keys(design.eventsFired)).toHaveLength(pool.cards.length);
    const clock = Object.values(design.clockLowest) as number[];
    expect(clock.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });
});
