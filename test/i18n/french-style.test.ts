// The conventions of the shipped French (issue 20, classroom review §1): one word for each game
// concept, the one RULES.fr.md uses, and French typography. Every French text is checked: the
// message catalogue, every French field of the shipped decks (titles, texts, labels, history,
// questions) and the French rules.
//
// Typography follows the Imprimerie nationale: a no-break space (U+00A0) before « : » and inside
// « », a narrow no-break space (U+202F) before « ; ? ! ». A plain space there lets the terminal
// wrap a lone « : » onto the next line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/catalog/fr.js';
import { dateText, dateTimeText } from '../../src/i18n/dates.js';
import { readShippedDeck, shippedDeckFiles } from '../classroom/shipped-decks.js';

/** Every French string of a parsed deck, with where it is. */
function frenchOf(node: unknown, where: string): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => frenchOf(item, `${where}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    key === 'fr' && typeof value === 'string' ? [[where, value]] : frenchOf(value, `${where}.${key}`),
  );
}

const CATALOGUE: [string, string][] = Object.entries(fr).map(([key, text]) => [`fr.ts ${key}`, text]);
const CARDS: [string, string][] = shippedDeckFiles().flatMap((file) => frenchOf(readShippedDeck(file).data, file));
const RULES = readFileSync(new URL('../../RULES.fr.md', import.meta.url), 'utf8');
/** The rules' prose: no code spans or blocks, no HTML comments (table markers), no links. */
const RULES_PROSE = RULES.replace(/```[\s\S]*?```/g, '')
  .replace(/`[^`]*`/g, '')
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/\]\([^)]*\)/g, ']');
const ALL: [string, string][] = [...CATALOGUE, ...CARDS, ['RULES.fr.md', RULES_PROSE]];

/** The places where `pattern` matches, for a readable failure. */
function offending(texts: [string, string][], pattern: RegExp): string[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return texts.flatMap(([where, text]) =>
    [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => `${where}: …${text.slice(Math.max(0, m.index - 25), m.index + 25)}…`),
  );
}

describe('the French texts use one word for each game concept', () => {
  it('call a headline « la une », never « titre » or « ouverture »', () => {
    expect(
      offending(
        ALL,
        /\b(cartes? d’ouverture|en ouverture|par l’ouverture|ouvertures? révélées?|(votre|son|sa) ouverture|carte titre|en titre|titres révélés)\b/i,
      ),
    ).toEqual([]);
    expect(fr['use.headline']).toContain('la une');
    expect(fr['log.headlines']).toMatch(/^Unes révélées/);
  });

  it('call a round a « manche », never « ce tour » (« ce tour d’action » is an action round)', () => {
    expect(offending(ALL, /\b(ce tour(-ci)?|fin de ce tour)\b(?! d’action)/i)).toEqual([]);
  });

  it('call a race step a « cran » and a board space a « case »', () => {
    expect(offending(ALL, /\bpas de (Pile|Verrouillage|course)\b/)).toEqual([]);
    expect(offending(ALL, /\b(un|une|l’|cet|chaque) ?espace\b/i)).toEqual([]);
  });

  it('count influence in points, with a real plural, and never use « É.-U. » or « US »', () => {
    expect(offending(ALL, /\b\d+ influences?\b/)).toEqual([]);
    expect(offending(ALL, /\(s\)/)).toEqual([]);
    expect(offending(ALL, /É\.-U\.|\bUS\b/)).toEqual([]);
  });

  it('never use a country name as an adjective', () => {
    expect(offending(ALL, /\b(influences?|cartes?) (Chine|États-Unis)\b(?!\s*[:/])/)).toEqual([]);
  });
});

describe('French typography', () => {
  it('has a no-break space before « : » and inside « », a narrow one before « ; ? ! »', () => {
    expect(offending(ALL, /[ \u202f]:(?!\/)/)).toEqual([]);
    expect(offending(ALL, /[ \u00a0][;?!]/)).toEqual([]);
    expect(offending(ALL, /«[^\u00a0]|[^\u00a0]»/)).toEqual([]);
  });

  it('writes a negative number with a true minus sign', () => {
    expect(offending(CATALOGUE, /(^|[\s(])-\d/)).toEqual([]);
    expect(offending(CARDS, /(^|[\s(])-\d/)).toEqual([]);
  });

  it('writes dates in words in a French handout', () => {
    expect(dateText('fr', '2024-05-24')).toBe('24 mai 2024');
    expect(dateText('fr', '2025-07')).toBe('juillet 2025');
    expect(dateText('fr', '2025-11-01')).toBe('1er novembre 2025');
    expect(dateText('fr', '2025')).toBe('2025');
    expect(dateText('en', '2024-05-24')).toBe('2024-05-24');
    expect(dateTimeText('fr', '2026-12-07T12:30:00.000Z')).toBe('7 décembre 2026 12:30');
    expect(dateTimeText('fr', '2026-12-01T09:05:00.000Z')).toBe('1er décembre 2026 09:05');
    expect(dateTimeText('en', '2026-12-07T12:30:00.000Z')).toBe('2026-12-07 12:30');
  });
});
