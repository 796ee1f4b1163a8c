// The headline: each side puts one ordinary card face down, first player first (flow.ts
// askNextHeadline); both are revealed once the second is chosen.
import { ordinaryCards } from '../cards.js';
import { chooseHeadline } from '../flow.js';
import type { DecisionRules } from './rules.js';

export const headline: DecisionRules<'headline'> = {
  legal: (s, d) => ordinaryCards(s, d.side).map((id) => ({ type: 'headline', card: id })),
  answer(s, d, a) {
    s.decision = null;
    chooseHeadline(s, d.side, a.card);
  },
};
