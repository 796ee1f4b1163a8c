// The sources behind a set of cards: one line per card, in the order of the real events,
// for the end of a debrief handout (or a whole deck's bibliography).
import { cardCitations } from '../decks/citations.js';
import type { CardDef, CardId, Citation } from '../decks/types.js';
import { localText } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';

export interface SourceEntry {
  card: CardId;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the card gives it. */
  date: string;
  sources: Citation[];
}

/** Each card once, oldest real event first (ISO dates of any precision sort as text). */
export function sourcesList(cards: readonly CardDef[], lang: Lang): SourceEntry[] {
  const seen = new Set<CardId>();
  const entries: SourceEntry[] = [];
  for (const card of cards) {
    const sources = cardCitations(card);
    if (seen.has(card.id) || sources.length === 0) continue;
    seen.add(card.id);
    entries.push({ card: card.id, title: localText(card.title, lang), date: card.date, sources });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, lang));
}
