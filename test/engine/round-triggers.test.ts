// A lasting rule that acts each round (`eachRound`): its effects run for its side at the start
// or the end of every round while it lasts, and the log says so by its label.
import { describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { EASY_WEIGHTS, evaluate } from '../../src/ai/evaluate.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { applyAction, cloneState, legalActions } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { wordLog } from '../../src/i18n/log-words.js';
import { atFirstActionRound, giveCard, picker } from './helpers.js';

function fab(at: 'roundStart' | 'roundEnd'): CardDef {
  return {
    id: 'chips-fabs',
    title: { en: 'CHIPS Act Fabs', fr: 'Usines du CHIPS Act' },
    side: 'neutral',
    ops: 2,
    era: 1,
    text: 'Each round, Lock-in +1.',
    event: [
      {
        op: 'lasting',
        side: 'self',
        duration: 'game',
        rule: { kind: 'eachRound', at, effects: [{ op: 'moveTrack', track: 'lockIn', by: 1 }] },
        label: { en: 'CHIPS fabs', fr: 'Usines du CHIPS Act' },
      },
    ],
    history: 'A test card.',
    date: '2024',
    source: 'test',
  };
}

/** Plays the trigger card for its event in round 1, then random legal actions until round 2 starts (or the game ends). */
function toRound2(at: 'roundStart' | 'roundEnd'): { before: GameState; after: GameState } {
  const s = atFirstActionRound(5);
  s.cards = { ...s.cards, 'chips-fabs': fab(at) };
  giveCard(s, 'chips-fabs');
  let state = applyAction(s, { type: 'play', card: 'chips-fabs', use: 'event' });
  const before = state;
  const pick = picker(8);
  while (!state.outcome && state.round < 2) state = applyAction(state, pick(legalActions(state)));
  return { before, after: state };
}

describe('eachRound lasting rules', () => {
  it('roundStart: the effects run as the next round begins, and the log says so', () => {
    const { before, after } = toRound2('roundStart');
    expect(before.modifiers.map((m) => m.rule.kind)).toEqual(['eachRound']);
    const acts = after.log.filter((e) => e.type === 'lastingActs' && e.on === 'roundStart');
    expect(acts).toHaveLength(1);
    expect(acts[0]?.round).toBe(2);
    // It acts once round 2 has opened (its header first), before the first player is chosen.
    const opened = after.log.findIndex((e) => e.type === 'roundStart' && e.round === 2);
    expect(opened).toBeGreaterThan(-1);
    expect(after.log.indexOf(acts[0] as (typeof after.log)[number])).toBeGreaterThan(opened);
    const lockIn = after.log.filter((e) => e.type === 'track' && e.track === 'lockIn' && e.round === 2);
    expect(lockIn[0]).toMatchObject({ reason: 'event:chips-fabs' });
    const lines = wordLog({ lang: 'en', cards: after.cards, personas: after.setup.personas }, after.log).map((l) => l.text);
    expect(lines).toContain('CHIPS fabs acts at the start of the round.');
    expect(after.decision?.kind).toBe('chooseFirst');
  });

  it('roundEnd: the effects run at the end of the round it was played in', () => {
    const { after } = toRound2('roundEnd');
    const acts = after.log.filter((e) => e.type === 'lastingActs' && e.on === 'roundEnd');
    expect(acts.map((e) => e.round)).toEqual([1]);
    const lockIn = after.log.filter((e) => e.type === 'track' && e.track === 'lockIn' && e.reason === 'event:chips-fabs');
    expect(lockIn.map((e) => e.round)).toEqual([1]);
  });
});

describe('the bots value an eachRound rule', () => {
  it('by what its effects give each round still to come, for the side it works for', () => {
    const s = atFirstActionRound(5);
    s.cards = { ...s.cards, 'chips-fabs': fab('roundStart') };
    const rule = (fab('roundStart').event[0] as Extract<CardDef['event'][number], { op: 'lasting' }>).rule;
    const withRule = (side: 'us' | 'china', round: number): number => {
      const t = cloneState(s);
      t.round = round;
      t.modifiers = [{ source: 'chips-fabs', side, duration: 'game', rule }];
      return evaluate(t, 'us', EASY_WEIGHTS);
    };
    const without = evaluate(s, 'us', EASY_WEIGHTS);
    // Lock-in +1 a round is the US's race track: good for the US whoever plays the card.
    expect(withRule('us', 1)).toBeGreaterThan(without);
    expect(withRule('china', 1)).toBeGreaterThan(without);
    // In the last round a roundStart rule has no round start left.
    const last = cloneState(s);
    last.round = last.rounds;
    expect(withRule('us', last.rounds)).toBeCloseTo(evaluate(last, 'us', EASY_WEIGHTS));
  });
});

describe('checking an eachRound rule', () => {
  const base = loadBaseDeck().deck;
  const deck = (event: string) => `formatVersion: 1
id: fabs
name: { en: Fabs, fr: Usines }
cards:
  - id: fabs-one
    title: { en: Fabs, fr: Usines }
    side: us
    ops: 2
    era: 1
    text: { en: "Each round, Lock-in +1.", fr: "À chaque manche, Lock-in +1." }
    event:
${event}
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`;
  const problems = (event: string) => loadDeckText(deck(event), 'fabs.yaml', { asExpansion: true, known: base ? [base] : [] }).problems.map(formatProblem);

  it("loads the guide's form with no problem", () => {
    expect(
      problems(
        '      - { op: lasting, side: self, duration: game, rule: { kind: eachRound, at: roundStart, effects: [{ op: moveTrack, track: lockIn, by: 1 }] } }',
      ),
    ).toEqual([]);
  });

  it('warns that a roundStart rule lasting this round never acts', () => {
    const found = problems(
      '      - { op: lasting, side: self, duration: round, rule: { kind: eachRound, at: roundStart, effects: [{ op: moveTrack, track: lockIn, by: 1 }] } }',
    );
    expect(found.join('\n')).toMatch(
      /fabs\.yaml:\d+:\d+: warning: duration: a roundStart rule that lasts this round ends before the next round starts, so it never acts/,
    );
  });

  it('refuses an eachRound rule inside another, at the inner rule', () => {
    const inner = '{ op: lasting, side: self, duration: game, rule: { kind: eachRound, at: roundEnd, effects: [{ op: vp, side: self, amount: 1 }] } }';
    const found = problems(`      - { op: lasting, side: self, duration: game, rule: { kind: eachRound, at: roundStart, effects: [${inner}] } }`);
    expect(found.filter((p) => p.includes('error'))).toHaveLength(1);
    expect(found.join('\n')).toContain('error: kind: an eachRound rule cannot put another eachRound rule in play');
  });

  it('a missing `at` is named', () => {
    const found = problems('      - { op: lasting, side: self, duration: game, rule: { kind: eachRound, effects: [{ op: vp, side: self, amount: 1 }] } }');
    expect(found.join('\n')).toContain('error: missing required field "at"');
  });
});
