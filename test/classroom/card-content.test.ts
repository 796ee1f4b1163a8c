// Every shipped card is grounded in a real, dated fact with a source, in both languages:
// what a teacher needs to trust the cards and to build a lesson on them.
import { describe, expect, it } from 'vitest';
import { ARTICLE_WORK, citationParts, splitCitations } from '../../src/classroom/bibliography.js';
import { cardCitations } from '../../src/decks/citations.js';
import type { Citation } from '../../src/decks/types.js';
import { BASE_DECK, cardName, readShippedDeck, shippedDeckFiles } from './shipped-decks.js';

/** The day the decks were last reviewed: a card cannot tell of a later event. */
const REVIEWED_ON = '2026-11-28';

/** Why a card's date is not a real date of the past, or null. */
function dateProblem(raw: unknown): string | null {
  // YAML reads an unquoted `date: 2024` as a number.
  const date = typeof raw === 'number' ? String(raw) : raw;
  if (typeof date !== 'string') return 'no date';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return `date '${date}' is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, year, month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `date '${date}' has no month ${month}`;
  if (day !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > days) return `date '${date}' has no day ${day}`;
  }
  if (date > REVIEWED_ON.slice(0, date.length)) return `date '${date}' is after ${REVIEWED_ON}`;
  return null;
}

function noteProblems(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const history = card.history;
  for (const lang of ['en', 'fr'] as const) {
    const text = typeof history === 'object' && history !== null ? (history as Record<string, unknown>)[lang] : lang === 'en' ? history : undefined;
    if (typeof text !== 'string' || text.trim() === '') problems.push(`no history note in ${lang === 'en' ? 'English' : 'French'}`);
  }
  const date = dateProblem(card.date);
  if (date) problems.push(date);
  const sources = card.sources;
  if (!Array.isArray(sources) || sources.length === 0) problems.push('no sources list');
  else if (sources.some((c: unknown) => typeof (c as Citation | null)?.outlet !== 'string')) problems.push('a citation without its outlet');
  if (card.source !== undefined) problems.push('both `source` and `sources`');
  return problems;
}

describe('card dates', () => {
  it('accept the three precisions of a real past date', () => {
    expect(['2023', '2023-10', '2023-10-17', '2026-11-28', '2026-11', '2024-02-29'].map(dateProblem)).toEqual([null, null, null, null, null, null]);
  });

  it('refuse a malformed, impossible or future date', () => {
    expect(dateProblem('17/10/2023')).toMatch(/not YYYY/);
    expect(dateProblem('2023-13')).toMatch(/no month 13/);
    expect(dateProblem('2023-02-29')).toMatch(/no day 29/);
    expect(dateProblem('2026-11-29')).toMatch(/after 2026-11-28/);
    expect(dateProblem('2027')).toMatch(/after/);
    expect(dateProblem(undefined)).toBe('no date');
    expect(dateProblem(2024)).toBeNull();
  });
});

const files = shippedDeckFiles();

/** Whether the card's only citations are of the article (in either form a deck may write). */
function articleAlone(card: { source?: string; sources?: Citation[] }): boolean {
  const works = card.sources ? card.sources.map((c) => c.outlet.trim()) : splitCitations(card.source ?? '').map((c) => citationParts(c).work);
  return works.includes(ARTICLE_WORK) && works.every((w) => w === ARTICLE_WORK);
}

describe('a card resting on the article alone', () => {
  const article = { outlet: ARTICLE_WORK, note: 'section « Conclusion », §3' };
  it('is caught in a sources list and in a one-text source', () => {
    expect(articleAlone({ sources: [article] })).toBe(true);
    expect(articleAlone({ sources: [article, { ...article, note: 'section « Conclusion », §4' }] })).toBe(true);
    expect(articleAlone({ source: `${ARTICLE_WORK}, section « Conclusion », §3` })).toBe(true);
  });

  it('is not a card that also cites a dated source', () => {
    expect(articleAlone({ sources: [{ outlet: 'Reuters', date: '2025-08-08' }, article] })).toBe(false);
    expect(articleAlone({ source: `Reuters, 8 August 2025; ${ARTICLE_WORK}, section « Conclusion », §3` })).toBe(false);
    expect(cardCitations({ source: 'A; B' })).toEqual([{ outlet: 'A' }, { outlet: 'B' }]);
  });
});

describe('the shipped cards', () => {
  it('the base deck is shipped', () => {
    expect(files).toContain(BASE_DECK);
  });

  for (const file of files) {
    it(`cards/${file}: every card has a dated history note in English and French and a sources list`, () => {
      const deck = readShippedDeck(file);
      expect(deck.cards.length, `cards/${file} has no cards`).toBeGreaterThan(0);
      const problems = deck.cards.flatMap((card, i) => noteProblems(card).map((p) => `card ${cardName(card, i)}: ${p}`));
      expect(problems).toEqual([]);
    });

    // The article has no title, author or exact date (cards/SOURCES.md): a student cannot look it
    // up, so no card may rest on it alone (classroom review §2.2).
    it(`cards/${file}: every card citing the source article also cites another source`, () => {
      const alone = readShippedDeck(file)
        .cards.filter((card) => articleAlone(card as { source?: string; sources?: Citation[] }))
        .map((card, i) => cardName(card, i));
      expect(alone).toEqual([]);
    });

    // A card's date is the event's own (classroom review §2.1): one of its citations must give
    // it, by its date or in its note ("announced the order on 16 April"), never memory alone.
    it(`cards/${file}: every card's date is given by one of its citations`, () => {
      const unsourced = readShippedDeck(file)
        .cards.filter((card) => !dateSourced(card as { date?: string; sources?: Citation[] }))
        .map((card, i) => `${cardName(card, i)} (${String(card.date)})`);
      expect(unsourced).toEqual([]);
    });
  }
});

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a citation of the card gives its date: the same date (or a more precise one), or the date in words in a note. */
function dateSourced(card: { date?: string; sources?: Citation[] }): boolean {
  const date = card.date;
  if (date === undefined) return true;
  const [year, month, day] = date.split('-');
  const inWords = [day === undefined ? undefined : Number(day), month === undefined ? undefined : MONTH_NAMES[Number(month) - 1]]
    .filter((x) => x !== undefined)
    .join(' ');
  return (card.sources ?? []).some((c) => {
    if (c.date !== undefined && c.date.startsWith(date)) return true;
    const note = c.note === undefined ? '' : typeof c.note === 'string' ? c.note : c.note.en;
    return inWords !== '' && note.includes(inWords) && (c.date === undefined || c.date.startsWith(year ?? '') || note.includes(year ?? ''));
  });
}

describe('a card date and its sources', () => {
  it('is sourced by a citation of that date or one whose note gives it', () => {
    expect(dateSourced({ date: '2018-04-16', sources: [{ outlet: 'Order', date: '2018-04' }] })).toBe(false);
    expect(dateSourced({ date: '2018-04-16', sources: [{ outlet: 'Order', date: '2018-04-16' }] })).toBe(true);
    expect(dateSourced({ date: '2018-04', sources: [{ outlet: 'Order', date: '2018-04-15' }] })).toBe(true);
    expect(dateSourced({ date: '2018-04-16', sources: [{ outlet: 'Blog', note: { en: 'announced on 16 April', fr: 'annoncé le 16 avril' } }] })).toBe(true);
    expect(dateSourced({ date: '2023-08', sources: [{ outlet: 'Reuters', date: '2023-11-07' }] })).toBe(false);
  });
});
