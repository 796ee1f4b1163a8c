// The headline: each side puts one ordinary card (or, when not ahead, its signature card) face down, first player first (flow.ts
// askNextHeadline); both are revealed once the second is chosen.
import { headlineCards } from '../cards.js';
import { chooseHeadline } from '../flow.js';
import type { DecisionRules } from './rules.js';

export const headline: DecisionRules<'headline'> = {
  legal: (s, d) => headlineCards(s, d.side).map((id) => ({ type: 'headline', card: id })),
  answer(s, d, a) {
    s.decision = null;
    chooseHeadline(s, d.side, a.card);
  },
};
