// What a card's text promises about time and conditions, checked against its event for
// every card of the shipped decks: "this round" and "rest of game" effects last that long,
// "next card" effects wait for the next card, "Requires" is a requirement, and an effect
// for the rest of the game cannot be put in play twice (a second play would stack it).
import { describe, expect, it } from 'vitest';
import type { CardDef, Effect } from '../../src/decks/types.js';
import { englishText, loadDeckForTest } from './deck-fixture.js';

function effects(list: Effect[]): Effect[] {
  return list.flatMap((e): Effect[] => {
    switch (e.op) {
      case 'if':
        return [e, ...effects(e.then), ...effects(e.else ?? [])];
      case 'repeat':
      case 'forEach':
        return [e, ...effects(e.effects)];
      case 'choose':
        return [e, ...e.options.flatMap((o) => effects(o.effects))];
      case 'roll':
        return [e, ...e.outcomes.flatMap((o) => effects(o.effects))];
      default:
        return [e];
    }
  });
}

function durations(card: CardDef): string[] {
  return [...new Set(effects(card.event).flatMap((e) => (e.op === 'lasting' ? [e.duration] : [])))].sort();
}

for (const file of ['base.yaml', 'frontiers.yaml']) {
  describe(`${file}: text and event agree`, () => {
    for (const card of loadDeckForTest(file)) {
      const text = englishText(card);
      it(card.id, () => {
        const expected = [...(/rest of game/i.test(text) ? ['game'] : []), ...(/this round/i.test(text) ? ['round'] : [])];
        expect(durations(card)).toEqual(expected.sort());
        expect(effects(card.event).some((e) => e.op === 'modifyNextCard')).toBe(/next card/i.test(text));
        expect(card.requires !== undefined).toBe(/^Requires /.test(text));
        if (durations(card).includes('game')) expect(card.removeAfterEvent).toBe(true);
      });
    }
  });
}
