// A flag set for this round (`duration: round`) holds until the round ends, then is cleared with
// a log line; a flag set for the game stays, even when a round flag of the same name was set.
import { describe, expect, it } from 'vitest';
import type { CardDef, Effect } from '../../src/decks/types.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { applyAction, legalActions } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { wordLog } from '../../src/i18n/log-words.js';
import { atFirstActionRound, giveCard, picker } from './helpers.js';

function flagCard(id: string, event: Effect[]): CardDef {
  return { id, title: { en: id, fr: id }, side: 'neutral', ops: 2, era: 1, text: 'Sets a flag.', event, history: 'A test card.', date: '2024', source: 'test' };
}

/** Plays each card for its event in turn (the side to play holds it), then random moves until round 2 starts. */
function playThenNextRound(cards: CardDef[]): { during: GameState; after: GameState } {
  let s = atFirstActionRound(6);
  s.cards = { ...s.cards, ...Object.fromEntries(cards.map((c) => [c.id, c])) };
  for (const c of cards) {
    if (s.decision?.kind !== 'play') throw new Error('no play decision');
    const next = structuredClone(s);
    next.cards = s.cards;
    giveCard(next, c.id);
    s = applyAction(next, { type: 'play', card: c.id, use: 'event' });
  }
  const during = s;
  const pick = picker(3);
  while (!s.outcome && s.round < 2) s = applyAction(s, pick(legalActions(s)));
  return { during, after: s };
}

const ROUND = flagCard('round-flag', [
  { op: 'flag', flag: 'export-window', set: true, duration: 'round', label: { en: 'Export window', fr: 'Fenêtre d’exportation' } },
]);
const GAME = flagCard('game-flag', [{ op: 'flag', flag: 'export-window', set: true }]);

describe('flags that last a round', () => {
  it('hold this round and are cleared, with a log line, when the next round starts', () => {
    const { during, after } = playThenNextRound([ROUND]);
    expect(during.flags).toContain('export-window');
    expect(after.round).toBe(2);
    expect(after.flags).not.toContain('export-window');
    const cleared = after.log.filter((e) => e.type === 'flag' && e.flag === 'export-window' && !e.set);
    expect(cleared.map((e) => e.round)).toEqual([1]);
    const lines = wordLog({ lang: 'en', cards: after.cards, personas: after.setup.personas }, after.log).map((l) => l.text);
    expect(lines.some((l) => l.includes('Export window'))).toBe(true);
  });

  it('a flag also set for the game stays set', () => {
    const { after } = playThenNextRound([ROUND, GAME]);
    expect(after.flags).toContain('export-window');
    const { after: reversed } = playThenNextRound([GAME, ROUND]);
    expect(reversed.flags).toContain('export-window');
  });

  it('a duration on a flag being cleared is warned', () => {
    const deck = (flag: string) => `formatVersion: 1
id: flags
name: { en: Flags, fr: Drapeaux }
cards:
  - id: flags-one
    title: { en: Flags, fr: Drapeaux }
    side: us
    ops: 2
    era: 1
    text: { en: A window opens this round., fr: Une fenêtre s’ouvre cette manche. }
    event:
      - ${flag}
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`;
    const problems = (flag: string) => loadDeckText(deck(flag), 'flags.yaml', { asExpansion: true, known: [] }).problems.map(formatProblem);
    expect(problems('{ op: flag, flag: window, set: true, duration: round }')).toEqual([]);
    expect(problems('{ op: flag, flag: window, set: false, duration: round }').join('\n')).toContain(
      'warning: duration: a flag cleared (set: false) is cleared at once',
    );
    expect(problems('{ op: flag, flag: window, set: true, duration: turn }').join('\n')).toMatch(/error: duration: expected one of round, game, got "turn"/);
  });
});
