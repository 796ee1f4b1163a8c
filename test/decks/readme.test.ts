// Every ```yaml example of cards/README.md loads without errors. An example is one of:
//   - a whole deck (a mapping with formatVersion),
//   - a list of cards (mappings with an id), wrapped into a deck,
//   - an event (a list of mappings with an op), wrapped into a card,
//   - a condition (a mapping with one key), wrapped into a card's `requires`.
// Cards of the deck and card-list examples may be named by the other examples.
// Other fenced blocks (```sh, ```text) are not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { CONDITION_KEYS, EFFECT_OPS, cardSchema } from '../../src/decks/schema.js';
import type { LoadedDeck } from '../../src/decks/types.js';
import { REGION_IDS, SPACE_IDS } from '../../src/decks/vocabulary.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'cards', 'README.md'), 'utf8');

interface Example {
  line: number;
  text: string;
  kind: 'deck' | 'cards' | 'event' | 'condition';
  data: unknown;
}

function examples(): Example[] {
  const found: Example[] = [];
  const lines = README.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    const text = `${lines.slice(start, end).join('\n')}\n`;
    const doc = parseDocument(text);
    if (doc.errors.length > 0) throw new Error(`README.md:${start + 1}: ${doc.errors[0]?.message}`);
    const data = doc.toJS() as unknown;
    const kind = Array.isArray(data)
      ? data.every((item) => typeof item === 'object' && item !== null && 'id' in item)
        ? 'cards'
        : 'event'
      : typeof data === 'object' && data !== null && 'formatVersion' in data
        ? 'deck'
        : 'condition';
    found.push({ line: start + 1, text, kind, data });
    i = end;
  }
  return found;
}

const CARD = {
  title: 'README example',
  side: 'us',
  ops: 2,
  era: 1,
  text: 'An example.',
  history: 'An example.',
  date: '2024',
  source: 'cards/README.md',
};

function deckText(example: Example): string {
  const id = `readme-${example.line}`;
  const deck = (cards: unknown) => stringify({ formatVersion: 1, id, name: 'README example', cards });
  switch (example.kind) {
    case 'deck':
      return example.text;
    case 'cards':
      return deck(example.data);
    case 'event':
      return deck([{ id: `${id}-card`, ...CARD, event: example.data }]);
    case 'condition':
      return deck([{ id: `${id}-card`, ...CARD, requires: example.data, event: [] }]);
  }
}

const all = examples();
const named = new Map<number, LoadedDeck>();
for (const example of all.filter((e) => e.kind === 'deck' || e.kind === 'cards')) {
  const deck = loadDeckText(deckText(example), `README.md:${example.line}`, { asExpansion: true }).deck;
  if (deck) named.set(example.line, deck);
}

describe('cards/README.md examples', () => {
  it('has examples of every kind', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(['deck', 'cards', 'event', 'condition']));
  });

  for (const example of all) {
    it(`the ${example.kind} at README.md line ${example.line} loads without errors`, () => {
      const known = [...named].filter(([line]) => line !== example.line).map(([, deck]) => deck);
      const result = loadDeckText(deckText(example), `README.md:${example.line}`, { asExpansion: true, known });
      expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    });
  }

  it('shows every effect, every condition, every lasting rule and every card field', () => {
    const yaml = all.map((e) => e.text).join('\n');
    for (const op of EFFECT_OPS) expect(yaml, op).toMatch(new RegExp(`op: ${op}\\b`));
    for (const key of CONDITION_KEYS) expect(yaml, key).toMatch(new RegExp(`(^|[\\s{])${key}:`, 'm'));
    for (const kind of ['opsBonus', 'influenceCost', 'sanctionRoll', 'noSanctions', 'noAdjacency', 'raceCost']) {
      expect(yaml, kind).toContain(`kind: ${kind}`);
    }
    for (const field of Object.keys(cardSchema.shape)) expect(yaml, field).toMatch(new RegExp(`(^|[\\s{-])${field}:`, 'm'));
  });

  it('names every region and space of the board', () => {
    for (const id of [...REGION_IDS, ...SPACE_IDS]) expect(README, id).toContain(`\`${id}\``);
  });
});
