// What designers reach for at once: a round condition (`round`, `lastRound`) in the condition
// language, and YAML merge keys (`<<: *base`) to share fields between cards.
import { describe, expect, it } from 'vitest';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import type { Condition } from '../../src/decks/types.js';
import { holds } from '../../src/engine/conditions.js';
import { atFirstActionRound } from '../engine/helpers.js';

const base = loadBaseDeck().deck;
const expansion = (cards: string) => `formatVersion: 1
id: designer
name: Designer
cards:
${cards}`;
const load = (text: string) => loadDeckText(text, 'designer.yaml', { asExpansion: true, known: base ? [base] : [] });
const problems = (text: string) => load(text).problems.map(formatProblem);

const CARD = `  - &base
    id: designer-one
    title: { en: One, fr: Un }
    side: us
    ops: 2
    era: 2
    text: { en: The US gains 1 Leadership., fr: Les États-Unis gagnent 1 Leadership. }
    event:
      - { op: vp, side: self, amount: 1 }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`;

describe('round conditions', () => {
  it('hold by the round number and the last round', () => {
    const s = atFirstActionRound(2);
    const ctx = { self: 'us' as const, card: 'x' };
    const check = (cond: Condition, round: number) => holds({ ...s, round }, cond, ctx);
    expect([1, 2, 3].map((r) => check({ round: { atLeast: 2 } }, r))).toEqual([false, true, true]);
    expect([1, 2, 3].map((r) => check({ round: { atMost: 1 } }, r))).toEqual([true, false, false]);
    expect([1, 2, 3].map((r) => check({ round: { atLeast: 2, atMost: 2 } }, r))).toEqual([false, true, false]);
    expect([1, 2, 3].map((r) => check({ lastRound: true }, r))).toEqual([false, false, true]);
    expect([1, 2, 3].map((r) => check({ lastRound: false }, r))).toEqual([true, true, false]);
  });

  it('load in a deck, and a round condition with no bound is refused with its place', () => {
    const ok = load(expansion(CARD.replace('    era: 2\n', '    era: 2\n    requires: { all: [{ round: { atLeast: 2 } }, { lastRound: false }] }\n')));
    expect(ok.problems).toEqual([]);
    expect(ok.deck?.cards[0]?.requires).toEqual({ all: [{ round: { atLeast: 2 } }, { lastRound: false }] });
    const bad = problems(expansion(CARD.replace('    era: 2\n', '    era: 2\n    requires: { round: {} }\n')));
    expect(bad.join('\n')).toMatch(/designer\.yaml:11:\d+: error: .*round needs atLeast, atMost or both/);
    const late = problems(expansion(CARD.replace('    era: 2\n', '    era: 2\n    requires: { round: { atLeast: 12 } }\n')));
    expect(late.join('\n')).toMatch(/must be at most 9/);
  });
});

describe('YAML merge keys', () => {
  it('a card takes the fields of an anchored card, under its own', () => {
    const second = `  - <<: *base
    id: designer-two
    title: { en: Two, fr: Deux }
    ops: 3
`;
    const result = load(expansion(CARD + second));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const [one, two] = result.deck?.cards ?? [];
    expect(two).toEqual({ ...one, id: 'designer-two', title: { en: 'Two', fr: 'Deux' }, ops: 3 });
  });

  it('a list of merges: the first wins; a mistake in a merged field points at where it is written', () => {
    const second = `  - <<: [*base, { era: 3, favours: [nvidia] }]
    id: designer-two
`;
    const result = load(expansion(CARD + second));
    expect(result.deck?.cards[1]).toMatchObject({ era: 2, favours: ['nvidia'] });
    const wrong = problems(expansion(CARD.replace('side: us', 'side: US') + second));
    // Both cards get the anchored card's mistake, at its own line.
    expect(wrong.filter((p) => p.startsWith('designer.yaml:8:')).length).toBeGreaterThan(0);
  });

  it("a merge of something other than a mapping is refused in the guide's words", () => {
    const second = `  - <<: 3
    id: designer-two
`;
    expect(problems(expansion(CARD + second)).join('\n')).toContain(
      'designer.yaml:17:5: error: a merge key (<<) takes a mapping, such as an anchored card *base, or a list of them',
    );
  });
});
