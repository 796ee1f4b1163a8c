// The schema: the committed JSON Schema is current, the vocabulary follows the board, and
// the schema speaks the contract's language.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { REGIONS, SPACES } from '../../src/engine/board.js';
import { SIDE_OF } from '../../src/engine/rules.js';
import { deckJsonSchema, deckJsonSchemaText } from '../../src/decks/json-schema.js';
import { CONDITION_KEYS, EFFECT_OPS, cardSchema, conditionSchema, effectSchema } from '../../src/decks/schema.js';
import { PERSONA_SIDE, REGION_IDS, SPACE_IDS, SPACE_REGION } from '../../src/decks/vocabulary.js';

const SCHEMA_FILE = join(import.meta.dirname, '..', '..', 'cards', 'deck.schema.json');

describe('cards/deck.schema.json', () => {
  it('matches the schema generated from src/decks (UPDATE_SCHEMA=1 npx vitest run test/decks/schema.test.ts rewrites it)', () => {
    const fresh = deckJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, fresh);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(fresh);
  });

  it('is draft-07 with named definitions and hover descriptions', () => {
    const schema = deckJsonSchema() as { $schema: string; definitions: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const name of ['Card', 'Effect', 'Condition', 'SpaceFilter', 'Value', 'Text', 'ModifierRule']) {
      expect(schema.definitions[name]?.description, name).toBeTruthy();
    }
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });
});

describe('vocabulary', () => {
  it("names the board's regions and spaces", () => {
    expect([...REGION_IDS]).toEqual([...REGIONS]);
    expect(SPACE_IDS).toEqual(SPACES.map((s) => s.id));
  });

  it("puts each space in the region the board does, and each persona on the board's side", () => {
    // The deck layer owns these words (it may not import the engine); the board must agree.
    expect(SPACE_REGION).toEqual(Object.fromEntries(SPACES.map((s) => [s.id, s.region])));
    expect(PERSONA_SIDE).toEqual(SIDE_OF);
  });

  it('lists every effect and condition once', () => {
    expect(new Set(CONDITION_KEYS).size).toBe(CONDITION_KEYS.length);
    expect(new Set(EFFECT_OPS).size).toBe(EFFECT_OPS.length);
    expect(EFFECT_OPS).toHaveLength(22);
    expect(CONDITION_KEYS).toHaveLength(14);
  });
});

describe('schema rules', () => {
  const card = {
    id: 'a',
    title: 'A',
    side: 'us',
    ops: 1,
    era: 1,
    text: 'T',
    event: [],
    history: 'H',
    date: '2024',
    source: 'S',
  };

  it('refuses unknown keys everywhere, even in nested parts', () => {
    expect(cardSchema.safeParse({ ...card, extra: 1 }).success).toBe(false);
    expect(effectSchema.safeParse({ op: 'vp', side: 'us', amount: { count: { region: 'developers', x: 1 } } }).success).toBe(false);
    expect(conditionSchema.safeParse({ controls: { side: 'us', space: 'hbm', extra: true } }).success).toBe(false);
  });

  it('refuses __proto__ smuggled in as data', () => {
    const hostile = JSON.parse('{"op":"vp","side":"us","amount":1,"__proto__":{"polluted":true}}') as unknown;
    expect(effectSchema.safeParse(hostile).success).toBe(false);
  });

  it('bounds numbers and dates', () => {
    expect(cardSchema.safeParse({ ...card, ops: 5 }).success).toBe(false);
    expect(cardSchema.safeParse({ ...card, ops: 1.5 }).success).toBe(false);
    expect(cardSchema.safeParse({ ...card, era: 0 }).success).toBe(false);
    for (const date of ['2024', '2024-12', '2024-02-29']) expect(cardSchema.safeParse({ ...card, date }).success, date).toBe(true);
    for (const date of ['24', '2024-13', '2023-02-29', '2024-1-5', '2024/01']) {
      expect(cardSchema.safeParse({ ...card, date }).success, date).toBe(false);
    }
    expect(effectSchema.safeParse({ op: 'repeat', times: 11, effects: [] }).success).toBe(false);
    expect(cardSchema.safeParse({ ...card, text: 'x'.repeat(601) }).success).toBe(false);
    expect(cardSchema.safeParse({ ...card, text: 'x'.repeat(600) }).success).toBe(true);
  });

  it('bounds the nesting of effects and conditions', () => {
    const nest = (depth: number): unknown => (depth === 1 ? { op: 'vp', side: 'self', amount: 1 } : { op: 'repeat', times: 2, effects: [nest(depth - 1)] });
    expect(cardSchema.safeParse({ ...card, event: [nest(8)] }).success).toBe(true);
    expect(cardSchema.safeParse({ ...card, event: [nest(9)] }).success).toBe(false);
    const not = (depth: number): unknown => (depth === 1 ? { flag: 'x' } : { not: not(depth - 1) });
    expect(cardSchema.safeParse({ ...card, requires: not(8) }).success).toBe(true);
    expect(cardSchema.safeParse({ ...card, requires: not(9) }).success).toBe(false);
  });

  it('wants exactly one key in a condition', () => {
    expect(conditionSchema.safeParse({}).success).toBe(false);
    expect(conditionSchema.safeParse({ flag: 'a', actingSide: 'us' }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [{ flag: 'a' }, { actingSide: 'us' }] }).success).toBe(true);
  });

  it('is plain data all the way down: JSON in, the same JSON out', () => {
    const effect = {
      op: 'choose',
      chooser: 'self',
      options: [
        { label: { en: 'A', fr: 'A' }, effects: [{ op: 'draw', side: 'self', count: 1 }] },
        { label: 'B', effects: [] },
      ],
    };
    expect(z.parse(effectSchema, effect)).toEqual(effect);
  });
});
