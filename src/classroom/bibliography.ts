// Every source a deck's cards cite, in one list: what a teacher checks before trusting the
// cards, and what `cards --sources` prints (cards/SOURCES.md is that output for the shipped decks).
import { cardCitations } from '../decks/citations.js';
import type { CardDef, Citation, Deck } from '../decks/types.js';
import { dateText } from '../i18n/dates.js';
import { localText, type Lang } from '../i18n/lang.js';

/** How the cards cite the French analysis the game started from (its copy has no title or author). */
export const ARTICLE_WORK = 'French analysis of the H20 export licence (2025)';

/** The same work as a French reader sees it cited. */
export const ARTICLE_WORK_FR = 'Analyse française de la licence d’exportation du H20 (2025)';

/**
 * A card's source as a reader of `lang` sees it. The decks write sources in English, once;
 * in French the article the game started from is named in French, its places joined by « et »,
 * with French spacing inside « ». Other sources keep their own words (a title, a press release).
 */
export function sourceText(lang: Lang, source: string): string {
  if (lang !== 'fr') return source;
  return source
    .split(ARTICLE_WORK)
    .join(ARTICLE_WORK_FR)
    .replace(/(§\d+) and (?=«)/g, '$1 et ')
    .replace(/« */g, '«\u00a0')
    .replace(/ *»/g, '\u00a0»');
}

/** A citation's date in words: "7 November 2022" in English, « 7 novembre 2022 » in French. */
function citationDateText(lang: Lang, iso: string): string {
  if (lang === 'fr') return dateText(lang, iso);
  const [year, month, day] = iso.split('-');
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (name === undefined) return year ?? iso;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

// A note naming a place in the work (a section, a page) follows it like a place; any other
// note (who reported it, what it is about) is an aside in brackets.
const PLACE_NOTE = /^(?:sections?|chapters?|pp?\.|§)(?:\s|\d)/;

/**
 * A citation on one line, before `sourceText`: outlet, “title”, date (note), URL. A French
 * reader gets the title in « » and the date in French; the other words are the deck's.
 */
export function citationText(lang: Lang, c: Citation): string {
  const title = c.title === undefined ? undefined : lang === 'fr' ? `« ${c.title} »` : `“${c.title}”`;
  const note = c.note === undefined ? undefined : localText(c.note, lang).trim();
  const placeNote = note !== undefined && PLACE_NOTE.test(note);
  const text = [c.outlet, title, c.date === undefined ? undefined : citationDateText(lang, c.date), placeNote ? note : undefined]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => part.trim())
    .join(', ');
  const aside = note === undefined || note === '' || placeNote ? text : `${text} (${note})`;
  return c.url === undefined ? aside : `${aside}, ${c.url}`;
}

/** A card's citations as a reader of `lang` sees them, one a line. */
export function citationLines(lang: Lang, citations: readonly Citation[]): string[] {
  return citations.map((c) => sourceText(lang, citationText(lang, c)));
}

/** One place in a work (a section, a page) and the cards that cite it. */
export interface CitedPlace {
  place: string;
  cards: string[];
}

export interface BibliographyEntry {
  /** The citation as the cards write it, or the work alone when the cards cite places in it. */
  source: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the date the source gives, else its earliest card's. */
  date: string;
  /** Titles of the cards citing the source as a whole, in deck order. */
  cards: string[];
  /** Places in the work that cards cite, in text order. */
  places: CitedPlace[];
}

export interface DeckBibliography {
  id: string;
  name: string;
  cardCount: number;
  entries: BibliographyEntry[];
}

/** A card's source field may hold several citations, separated by semicolons. */
export function splitCitations(source: string): string[] {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// "Work, section « … », §2" or "Work, p. 12": the place starts at the first such marker.
const PLACE = /^(.+?),\s+((?:sections?|chapters?|pp?\.|§)(?:\s|\d).*)$/;

/** A citation split into the work and the place in it, when it names one. */
export function citationParts(citation: string): { work: string; place?: string } {
  const m = PLACE.exec(citation);
  return m ? { work: m[1]!.trim(), place: m[2]!.trim() } : { work: citation };
}

// Capitalised, so that the verb "may" is not read as a month.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTHS.join('|')})\\b`);
const YEAR = /\b(1[89]\d\d|2\d\d\d)\b/;

/** The date a citation gives in words ("4 February and 4 March 2025" gives 2025-02-04), as ISO text. */
export function citationDate(citation: string): string | undefined {
  const month = MONTH_DATE.exec(citation);
  if (month) {
    // A day and month without their year ("4 February and 4 March 2025") take the next year written.
    const year = YEAR.exec(citation.slice(month.index));
    if (year) {
      const mm = String(MONTHS.indexOf(month[2]!) + 1).padStart(2, '0');
      const day = month[1] === undefined ? '' : `-${month[1].padStart(2, '0')}`;
      return `${year[1]}-${mm}${day}`;
    }
  }
  return YEAR.exec(citation)?.[1];
}

interface Gathered {
  /** The date the citation itself gives, when it is structured. */
  own?: string;
  /** The dates of the cards citing the work. */
  dates: string[];
  cards: string[];
  places: Map<string, string[]>;
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** The sources of one deck, oldest first; a work cited in several places is one entry. */
export function deckBibliography(deck: Deck, lang: Lang): DeckBibliography {
  const works = new Map<string, Gathered>();
  for (const card of deck.cards as readonly CardDef[]) {
    const title = localText(card.title, lang);
    for (const citation of cardCitations(card)) {
      const { work, place } = citationParts(citationText(lang, citation));
      const gathered = works.get(work) ?? { dates: [], cards: [], places: new Map<string, string[]>() };
      works.set(work, gathered);
      // A structured citation's own date comes first; the card's date is the last resort.
      if (citation.date !== undefined) gathered.own = citation.date;
      gathered.dates.push(card.date);
      if (place === undefined) addOnce(gathered.cards, title);
      else {
        const cards = gathered.places.get(place) ?? [];
        gathered.places.set(place, cards);
        addOnce(cards, title);
      }
    }
  }
  const entries = [...works].map(([work, g]): BibliographyEntry => ({
    source: work,
    // The work's own date when it gives one (the same in every citation), else its earliest card's.
    date: g.own ?? citationDate(work) ?? [...g.dates].sort()[0]!,
    cards: g.cards,
    places: [...g.places].map(([place, cards]) => ({ place, cards })).sort((a, b) => a.place.localeCompare(b.place, lang)),
  }));
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source, lang));
  return { id: deck.id, name: localText(deck.name, lang), cardCount: deck.cards.length, entries };
}

/** Whether any of these decks cites the article the game started from. */
export function citesArticle(bibliographies: readonly DeckBibliography[]): boolean {
  return bibliographies.some((b) => b.entries.some((e) => e.source === ARTICLE_WORK));
}
