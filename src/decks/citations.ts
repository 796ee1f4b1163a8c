// The citations of a card, whichever way its deck wrote them: the structured `sources` list,
// or the older one-text `source` (its citations separated by semicolons, each kept whole).
import type { CardDef, Citation } from './types.js';

export function cardCitations(card: Pick<CardDef, 'source' | 'sources'>): Citation[] {
  if (card.sources) return card.sources;
  return (card.source ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((outlet) => ({ outlet }));
}
