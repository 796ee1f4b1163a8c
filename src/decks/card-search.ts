// Finding cards from what a player remembers of them: the start of a few words of the id or of
// the title, in either language ("h20", "ascend 910", "terres rares"), case and accents aside.
import type { CardDef, Text } from './types.js';

/** Lower case without accents, every run of non-letters and non-digits as one space. */
function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titles(title: Text): string[] {
  return typeof title === 'string' ? [title] : Object.values(title).filter((x): x is string => typeof x === 'string');
}

/** The cards, in their order, where every word of `query` starts a word of the id or of a title
 * (none for a query with no word): "lic" finds "licence", not "public". */
export function cardsMatching<C extends Pick<CardDef, 'id' | 'title'>>(query: string, cards: readonly C[]): C[] {
  const words = plainWords(query)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  return cards.filter((card) => {
    const haystack = ` ${[card.id, ...titles(card.title)].map(plainWords).join(' ')}`;
    return words.every((w) => haystack.includes(` ${w}`));
  });
}
