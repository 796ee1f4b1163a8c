// The pieces of a message: suggestions, quoting of file content, the one-line format.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/decks/did-you-mean.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem, sortProblems } from '../../src/decks/problem.js';
import { escapeUnsafe, findUnsafeChar, quote } from '../../src/decks/safe-text.js';
import { EFFECT_OPS } from '../../src/decks/schema.js';
import { SPACE_IDS } from '../../src/decks/vocabulary.js';

describe('did you mean', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcdef', 'zzzzzz', 2)).toBe(3);
  });

  it('suggests typos, other cases, stems and fragments, but not far-fetched names', () => {
    expect(closest('usa', ['us', 'china', 'neutral'])).toBe('us');
    expect(closest('moveTrak', EFFECT_OPS)).toBe('moveTrack');
    expect(closest('ADDINFLUENCE', EFFECT_OPS)).toBe('addInfluence');
    expect(closest('score', EFFECT_OPS)).toBe('scoreRegion');
    expect(closest('tencnet', SPACE_IDS)).toBe('tencent');
    expect(closest('tokyo', SPACE_IDS)).toBeUndefined();
    expect(closest('x', ['vp'])).toBeUndefined();
    expect(didYouMean('vpp', EFFECT_OPS)).toBe('did you mean "vp"?');
    expect(didYouMean('vp', EFFECT_OPS)).toBeUndefined();
    expect(didYouMean(3, EFFECT_OPS)).toBeUndefined();
  });
});

describe('file content in messages', () => {
  it('escapes control characters and direction overrides, never printing them raw', () => {
    expect(escapeUnsafe('a\u001b[2Jb\u202ec\u0085')).toBe('a\\x1b[2Jb\\u202ec\\x85');
    expect(escapeUnsafe('tabs\tand\nnewlines stay')).toBe('tabs\tand\nnewlines stay');
    expect(quote('say "hi"\n\u0007')).toBe('"say \\"hi\\"\\n\\x07"');
    expect(quote('x'.repeat(100), 10)).toBe(`"${'x'.repeat(10)}…"`);
    expect(findUnsafeChar('ok\r')).toEqual({ index: 2, char: '\r' });
    expect(findUnsafeChar('all fine\tand\nhere')).toBeUndefined();
  });

  it('formats problems GNU style on one line, without a position for whole-file problems', () => {
    const p = { file: 'cards/a.yaml', line: 14, col: 11, severity: 'error' as const, message: 'side: wrong', hint: 'did you mean "us"?' };
    expect(formatProblem(p)).toBe('cards/a.yaml:14:11: error: side: wrong; did you mean "us"?');
    expect(formatProblem({ ...p, line: 0, col: 0, hint: undefined, severity: 'warning' })).toBe('cards/a.yaml: warning: side: wrong');
    expect(formatProblem({ ...p, file: 'evil\u001b.yaml', message: 'm\u001b' })).toBe('evil\\x1b.yaml:14:11: error: m\\x1b; did you mean "us"?');
  });

  it('sorts problems by file order, then position', () => {
    const at = (file: string, line: number, col: number) => ({ file, line, col, severity: 'error' as const, message: 'm' });
    expect(sortProblems([at('b', 1, 1), at('a', 3, 1), at('b', 0, 0), at('a', 1, 5), at('a', 1, 2)])).toEqual([
      at('b', 0, 0),
      at('b', 1, 1),
      at('a', 1, 2),
      at('a', 1, 5),
      at('a', 3, 1),
    ]);
  });
});

describe("messages in the guide's words for effects", () => {
  const problems = (event: string) =>
    loadDeckText(
      `formatVersion: 1
id: words
name: { en: Words, fr: Mots }
cards:
  - id: words-one
    title: { en: One, fr: Un }
    side: us
    ops: 2
    era: 1
    text: { en: The US gains 2 Leadership., fr: Les États-Unis gagnent 2 Leadership. }
    event:
${event}
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`,
      'words.yaml',
      { asExpansion: true, known: [] },
    ).problems.map(formatProblem);

  it('a missing field names its effect or rule and shows how the guide writes it', () => {
    expect(problems('      - { op: addInfluence, side: self, amount: 2 }')).toEqual([
      'words.yaml:12:9: error: missing required field "targets" in addInfluence; for example: targets: { region: developers }',
    ]);
    expect(problems('      - { op: addInfluence, amount: 2 }')).toEqual([
      'words.yaml:12:9: error: missing required fields "side", "targets" in addInfluence; for example: side: self, targets: { region: developers }',
    ]);
    expect(problems('      - { op: lasting, side: self, duration: game, rule: { kind: eachRound, effects: [] } }').join('\n')).toContain(
      'error: missing required field "at" in eachRound; for example: at: roundStart',
    );
  });

  it('moveTrack with leadership points at vp, with the amount written', () => {
    expect(problems('      - { op: moveTrack, track: leadership, by: 2 }')).toEqual([
      'words.yaml:12:33: error: track: expected one of clock, stack, lockIn, got "leadership"; Leadership is not moved with moveTrack: write { op: vp, side: self, amount: 2 } (positive toward side)',
    ]);
  });
});

describe("a card's text and its event's numbers", () => {
  const check = (text: string, event: string) =>
    loadDeckText(
      `formatVersion: 1
id: tweak
name: { en: Tweak, fr: Retouche }
cards:
  - id: tweak-one
    title: { en: One, fr: Un }
    side: us
    ops: 2
    era: 1
    text: ${text}
    event:
${event}
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`,
      'tweak.yaml',
      { asExpansion: true, known: [] },
    ).problems.map(formatProblem);
  const TEXT = '{ en: "The US gains 2 Leadership and draws a card.", fr: "Les États-Unis gagnent 2 Leadership et piochent une carte." }';

  it('warns, in each language, when a balance change left a number out of the text', () => {
    expect(check(TEXT, '      - { op: vp, side: self, amount: 3 }\n      - { op: draw, side: self, count: 1 }')).toEqual([
      'tweak.yaml:10:17: warning: text (en): the event uses 3, which the text never says; check the text still matches the event after a change of numbers',
      'tweak.yaml:10:68: warning: text (fr): the event uses 3, which the text never says; check the text still matches the event after a change of numbers',
    ]);
  });

  it('is quiet when the text says the numbers, in digits or words ("a card" for 1)', () => {
    expect(check(TEXT, '      - { op: vp, side: self, amount: 2 }\n      - { op: draw, side: self, count: 1 }')).toEqual([]);
    const twice = '{ en: "Twice, the US gains Leadership.", fr: "Deux fois, les États-Unis gagnent du Leadership." }';
    expect(check(twice, '      - { op: repeat, times: 2, effects: [{ op: vp, side: self, amount: 1 }] }')).toEqual([]);
  });
});

describe('a .json deck is read as JSON', () => {
  const first = (text: string) =>
    formatProblem(
      loadDeckText(text, 'deck.json', { asExpansion: true, known: [] }).problems[0] ?? { file: '', line: 0, col: 0, severity: 'error', message: 'none' },
    );

  it('refuses a trailing comma and comments, at the comma and the comment', () => {
    expect(first('{\n  "formatVersion": 1,\n  "id": "j",\n}\n')).toBe(
      'deck.json:3:12: error: JSON: a comma before the closing } is not allowed; remove the comma',
    );
    expect(first('{\n  // mine\n  "formatVersion": 1\n}\n')).toBe(
      'deck.json:2:3: error: JSON: comments are not allowed in JSON; remove the comment, or write the deck in YAML, where # starts a comment',
    );
  });

  it('points at the value a comma should follow, names single quotes, and says when the file ends early', () => {
    expect(first('{\n  "formatVersion": 1\n  "id": "j"\n}\n')).toBe(
      'deck.json:2:21: error: JSON: a comma is missing after this value; items and fields are separated by commas',
    );
    expect(first("{\n  'id': 'j'\n}\n")).toBe('deck.json:2:3: error: JSON: texts and names take double quotes; write "…" instead of \'…\'');
    expect(first('{\n  "formatVersion": 1,\n  "id": "j"\n')).toBe('deck.json:4:1: error: JSON: the file ends before every {, [ and " is closed');
  });

  it('the same text named .yaml is read as YAML, where a trailing comma in braces is allowed', () => {
    const yaml = loadDeckText('{\n  "formatVersion": 1,\n  "id": "j",\n}\n', 'deck.yaml', { asExpansion: true, known: [] }).problems.map(formatProblem);
    expect(yaml.join('\n')).not.toContain('JSON:');
  });
});
