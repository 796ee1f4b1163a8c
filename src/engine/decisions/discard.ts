// An event's discard of the side's choice (effects.ts, op `discard` without `how: random`):
// one card at a time until `remaining` is spent.
import { discardFromHand, ordinaryCards } from '../cards.js';
import type { DecisionRules } from './rules.js';

export const discard: DecisionRules<'discard'> = {
  legal: (s, d) => (d.remaining > 0 ? ordinaryCards(s, d.side).map((id) => ({ type: 'discard', card: id })) : []),
  answer(s, d, a) {
    d.remaining--;
    discardFromHand(s, d.side, a.card);
  },
};
