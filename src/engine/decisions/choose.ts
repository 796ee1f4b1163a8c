// An event's "choose one": the chooser picks one of the card's options (effects.ts, op
// `choose`), whose effects then run.
import type { DecisionRules } from './rules.js';

export const choose: DecisionRules<'choose'> = {
  legal: (_s, d) => d.options.map((_, option) => ({ type: 'choose', option })),
  answer(s, d, a) {
    s.decision = null;
    if ((d.options[a.option] ?? []).length > 0) {
      s.tasks.push({ t: 'effects', list: d.options[a.option] ?? [], i: 0, ctx: d.ctx });
    }
  },
};
