// Every shipped card is grounded in a real, dated fact with a source, in both languages:
// what a teacher needs to trust the cards and to build a lesson on them.
import { describe, expect, it } from 'vitest';
import { ARTICLE_WORK, citationParts, splitCitations } from '../../src/classroom/bibliography.js';
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
  if (typeof card.source !== 'string' || card.source.trim() === '') problems.push('no source');
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

describe('the shipped cards', () => {
  it('the base deck is shipped', () => {
    expect(files).toContain(BASE_DECK);
  });

  for (const file of files) {
    it(`cards/${file}: every card has a dated history note in English and French and a source`, () => {
      const deck = readShippedDeck(file);
      expect(deck.cards.length, `cards/${file} has no cards`).toBeGreaterThan(0);
      const problems = deck.cards.flatMap((card, i) => noteProblems(card).map((p) => `card ${cardName(card, i)}: ${p}`));
      expect(problems).toEqual([]);
    });

    // The article has no title, author or exact date (cards/SOURCES.md): a student cannot look it
    // up, so no card may rest on it alone (classroom review §2.2).
    it(`cards/${file}: every card citing the source article also cites another source`, () => {
      const alone = readShippedDeck(file)
        .cards.filter((card) => {
          const works = typeof card.source === 'string' ? splitCitations(card.source).map((c) => citationParts(c).work) : [];
          return works.includes(ARTICLE_WORK) && works.every((w) => w === ARTICLE_WORK);
        })
        .map((card, i) => cardName(card, i));
      expect(alone).toEqual([]);
    });
  }
});
