// Every text the game shows exists in English and French: the message catalogues key by key
// (same keys, nothing empty, the same {placeholders}), and every card text of the shipped decks.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en.js';
import { fr } from '../../src/i18n/catalog/fr.js';
import { BASE_DECK, cardName, readShippedDeck, shippedDeckFiles } from '../classroom/shipped-decks.js';

const CATALOGUES: Record<string, Record<string, string>> = { en, fr };

/** The names a message fills in (a language may use one twice, in another order, or in a place's form: `{space:in}`). */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] as string))].sort();
}

/** Words of a message, placeholders left out: to spot a sentence left in English. */
function words(template: string): string[] {
  return template.replace(/\{\w+(?::\w+)?\}/g, '').match(/\p{L}{2,}/gu) ?? [];
}

describe('the message catalogues', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const own = Object.keys(catalogue).sort();
      expect(
        own.filter((k) => !keys.includes(k)),
        `keys only in ${lang}`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !own.includes(k)),
        `keys missing in ${lang}`,
      ).toEqual([]);
    }
  });

  it('have no empty message', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const empty = Object.entries(catalogue).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      expect(
        empty.map(([key]) => key),
        `empty messages in ${lang}`,
      ).toEqual([]);
    }
  });

  it('use the same placeholders in every language', () => {
    const differing = Object.keys(en).filter((key) => {
      const expected = placeholders(en[key as keyof typeof en]).join(',');
      return Object.values(CATALOGUES).some((catalogue) => placeholders(catalogue[key] ?? '').join(',') !== expected);
    });
    expect(differing.map((key) => `${key}: en {${placeholders(en[key as keyof typeof en])}} fr {${placeholders(fr[key as keyof typeof fr])}}`)).toEqual([]);
  });

  it('have no sentence left untranslated in French', () => {
    const same = Object.keys(en).filter((key) => {
      const text = en[key as keyof typeof en];
      return words(text).length >= 4 && fr[key as keyof typeof fr] === text;
    });
    expect(same).toEqual([]);
  });
});

type Problem = string;

/** A Text field: a string is English only; an object needs non-empty en and fr. */
function textProblems(value: unknown, where: string, required: boolean): Problem[] {
  if (value === undefined) return required ? [`${where}: missing`] : [];
  if (typeof value === 'string') return [`${where}: English only (write {en, fr})`];
  if (typeof value !== 'object' || value === null) return [`${where}: not a text`];
  const text = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const lang of ['en', 'fr']) {
    if (typeof text[lang] !== 'string' || (text[lang] as string).trim() === '') problems.push(`${where}: no ${lang === 'fr' ? 'French' : 'English'}`);
  }
  return problems;
}

/** Labels players read inside events: the options of a choice, a lasting effect's label. */
function labelProblems(node: unknown, where: string): Problem[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => labelProblems(item, `${where}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'label' ? textProblems(value, `${where}.label`, true) : labelProblems(value, `${where}.${key}`),
  );
}

const files = shippedDeckFiles();

describe('the shipped decks in French', () => {
  it('the base deck is shipped', () => {
    expect(files).toContain(BASE_DECK);
  });

  for (const file of files) {
    it(`cards/${file}: every card's title, text, history and question, and every label, in English and French`, () => {
      const deck = readShippedDeck(file);
      expect(deck.cards.length, `cards/${file} has no cards`).toBeGreaterThan(0);
      const problems = [
        ...textProblems(deck.data.name, 'name', true),
        ...textProblems(deck.data.description, 'description', false),
        ...deck.cards.flatMap((card, i) => {
          const where = `card ${cardName(card, i)}`;
          return [
            ...textProblems(card.title, `${where} title`, true),
            ...textProblems(card.text, `${where} text`, true),
            ...textProblems(card.history, `${where} history`, true),
            ...textProblems(card.question, `${where} question`, false),
            ...labelProblems(card.event, `${where} event`),
          ];
        }),
      ];
      expect(problems).toEqual([]);
    });
  }
});
