// The layout checks behind the validator's indentation, quote and bracket messages: silent on every
// real deck (they speak only when the parser fails, and must not blame a sound line then).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indentMistakes, unclosedBrackets, unclosedQuote } from '../../src/decks/yaml-layout.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DECKS = ['cards/base.yaml', 'cards/frontiers.yaml', 'test/decks/fixtures/valid/sample-base.yaml', 'test/sim/designer-features.yaml'];

describe('layout checks', () => {
  it.each(DECKS)('find nothing wrong in %s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(indentMistakes(text)).toEqual([]);
    expect(unclosedQuote(text)).toBeNull();
    expect(unclosedBrackets(text)).toEqual([]);
  });

  it("accept the layouts YAML allows: a list at its key's column, long plain texts, | texts, quotes over lines", () => {
    const text = [
      'cards:',
      '- id: a',
      '  text: a long plain text',
      '    that goes on here',
      '  history: |',
      '    Free text: with a colon',
      '    - and a dash',
      '  title: "a quoted text',
      '    that goes on"',
      "  note: 'China''s turn'",
      '  event: [ { op: vp,',
      '      side: self } ]',
      'name: x',
      '',
    ].join('\n');
    expect(indentMistakes(text)).toEqual([]);
    expect(unclosedQuote(text)).toBeNull();
    expect(unclosedBrackets(text)).toEqual([]);
  });

  it('point at the line that moved, once, with the indent it needs', () => {
    const text = ['cards:', '  - id: a', '    title: b', '     side: us', '    ops: 2', ''].join('\n');
    const found = indentMistakes(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.at).toBe(text.indexOf('side'));
    expect(found[0]?.hint?.hint).toBe('indent it 4 spaces');
  });

  it('point at the quote that opens, not where the file ends', () => {
    const text = ['cards:', "  - id: 'a", '    title: b', ''].join('\n');
    expect(unclosedQuote(text)?.at).toBe(text.indexOf("'a"));
  });

  it('point at the [ or { that opens, not where the parser stops', () => {
    // Closed by a line back at the key's indent, by the end of the file, or by the wrong closer.
    const list = ['cards:', '  - id: a', '    event: [ { op: vp, side: self }', '    title: b', ''].join('\n');
    expect(unclosedBrackets(list).map((m) => m.at)).toEqual([list.indexOf('[')]);
    expect(unclosedBrackets(list)[0]?.hint?.hint).toBe('close it with ] after its last item');
    const both = ['cards:', '  - id: a', '    text: { en: [a, b', ''].join('\n');
    expect(unclosedBrackets(both).map((m) => m.at)).toEqual([both.indexOf('{'), both.indexOf('[')]);
    const wrong = ['cards:', '  - id: a', '    event: [{ op: vp }}', '    title: b', ''].join('\n');
    expect(unclosedBrackets(wrong).map((m) => ({ at: m.at, message: m.words.message, hint: m.hint?.hint }))).toEqual([
      { at: wrong.indexOf('['), message: 'this [ is never closed: a } comes where its ] should', hint: 'close it with ] after its last item' },
    ]);
  });

  it('take a bracket inside a plain text for text, and leave an open quote to the quote check', () => {
    expect(unclosedBrackets(['cards:', '  - id: a', '    text: Gain 1 [EU only', '    title: b', ''].join('\n'))).toEqual([]);
    expect(unclosedBrackets(['cards:', '  - id: a', '    text: { en: "Gain 1, fr: b }', '    title: b', ''].join('\n'))).toEqual([]);
  });
});
