// The loader's API: valid decks, several decks together, expansions, hashes, the base deck
// lookup, file limits.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBaseDeckPath, loadBaseDeck, loadDecksFromDisk, readDeckFile } from '../../src/decks/deck-files.js';
import { cardPool } from '../../src/decks/card-pool.js';
import { canonicalJson, deckHash } from '../../src/decks/deck-hash.js';
import { decodeDeckBytes, loadDeckFiles, loadDeckText, loadDeckTexts } from '../../src/decks/loader.js';
import { formatProblem, hasErrors } from '../../src/decks/problem.js';
import { deckSchema } from '../../src/decks/schema.js';
import { LIMITS } from '../../src/decks/vocabulary.js';

const VALID = join(import.meta.dirname, 'fixtures', 'valid');
const BASE_FILE = join(VALID, 'sample-base.yaml');
const EXPANSION_FILE = join(VALID, 'sample-expansion.json');
const baseText = readFileSync(BASE_FILE, 'utf8');
const expansionText = readFileSync(EXPANSION_FILE, 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'sc-decks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function errorsOf<P extends { severity: string }>(problems: readonly P[]): P[] {
  return problems.filter((p) => p.severity === 'error');
}

describe('loadDeckText', () => {
  it('loads the sample base deck without problems', () => {
    const result = loadDeckText(baseText, 'sample-base.yaml');
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.deck?.id).toBe('sample-base');
    expect(result.deck?.cards).toHaveLength(15);
    expect(result.deck?.file).toBe('sample-base.yaml');
    expect(result.deck?.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('returns data the deck schema accepts, with every card field kept', () => {
    const deck = loadDeckText(baseText, 'sample-base.yaml').deck;
    const { hash: _hash, file: _file, ...plain } = deck!;
    expect(deckSchema.parse(plain)).toEqual(plain);
    expect(deck?.cards.find((c) => c.id === 'entity-list')).toMatchObject({
      removeAfterEvent: true,
      favours: ['washington'],
      hurts: ['nvidia'],
      tags: ['control'],
      question: { en: 'Do lists work?', fr: 'Les listes fonctionnent-elles ?' },
    });
  });

  it('accepts a bargaining chip (passes: true), an optional field: format version 1 decks without it load as before', () => {
    const chip = [
      'formatVersion: 1',
      'id: chips',
      'name: Chips',
      'cards:',
      '  - { id: chip, title: Chip, side: neutral, ops: 3, era: 2, passes: true, text: Gain 1., event: [{ op: vp, side: self, amount: 1 }], history: A fact., date: "2025", source: A source }',
      '',
    ].join('\n');
    const result = loadDeckText(chip, 'chips.yaml', { asExpansion: true });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.deck?.cards[0]?.passes).toBe(true);
    expect(loadDeckText(baseText, 'sample-base.yaml').deck?.cards.some((c) => 'passes' in c)).toBe(false);
  });

  it('hashes content, not formatting: the same deck in JSON has the same hash', () => {
    const fromYaml = loadDeckText(baseText, 'a.yaml').deck!;
    const asJson = JSON.stringify(parse(baseText), null, 4);
    const fromJson = loadDeckText(asJson, 'a.json').deck!;
    expect(fromJson.hash).toBe(fromYaml.hash);
    const { hash: _h, file: _f, ...deck } = fromYaml;
    expect(deckHash(deck)).toBe(fromYaml.hash);
    const changed = loadDeckText(baseText.replace('ops: 4', 'ops: 3'), 'a.yaml').deck!;
    expect(changed.hash).not.toBe(fromYaml.hash);
  });

  it('drops a $schema link (JSON editors) and does not count it in the hash', () => {
    const withLink = loadDeckText(expansionText, 'x.json', { asExpansion: true, known: [loadDeckText(baseText, 'b').deck!] });
    expect(withLink.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(withLink.deck && '$schema' in withLink.deck).toBe(false);
    const withoutLink = loadDeckText(expansionText.replace(/"\$schema": [^\n]*\n/, ''), 'x.json', {
      asExpansion: true,
      known: [loadDeckText(baseText, 'b').deck!],
    });
    expect(withoutLink.deck?.hash).toBe(withLink.deck?.hash);
  });

  it('accepts a byte order mark and Windows line ends', () => {
    const result = loadDeckText(`\ufeff${baseText.replace(/\n/g, '\r\n')}`, 'crlf.yaml');
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.deck?.hash).toBe(loadDeckText(baseText, 'lf.yaml').deck?.hash);
  });

  it('gives every problem a file, a position and a lowercase message', () => {
    const result = loadDeckText(baseText.replace('side: us', 'side: usa').replace('era: 3', 'era: 5'), 'bad.yaml');
    expect(result.deck).toBeUndefined();
    for (const p of result.problems) {
      expect(p.file).toBe('bad.yaml');
      expect(p.line).toBeGreaterThan(0);
      expect(p.col).toBeGreaterThan(0);
      expect(p.message.charAt(0)).toBe(p.message.charAt(0).toLowerCase());
      expect(p.message).not.toMatch(/\.$/);
    }
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const huge = `formatVersion: 1\n# ${'x'.repeat(LIMITS.fileBytes)}\n`;
    const started = performance.now();
    const result = loadDeckText(huge, 'huge.yaml');
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.problems.map(formatProblem)).toEqual(['huge.yaml: error: the file is larger than 1 MiB: a deck file must be smaller']);
  });

  it('caps the problems of a hopeless file and says how many were left out', () => {
    const cards = Array.from({ length: 150 }, (_, i) => `  - { id: c${i}, side: nobody }`).join('\n');
    const result = loadDeckText(`formatVersion: 1\nid: many\nname: Many\ncards:\n${cards}\n`, 'many.yaml');
    expect(result.problems).toHaveLength(LIMITS.problemsPerFile + 1);
    expect(formatProblem(result.problems.at(-1)!)).toMatch(/^many\.yaml: error: \d+ more problems not shown$/);
  });
});

describe('several decks and expansions', () => {
  const base = loadDeckText(baseText, 'sample-base.yaml').deck!;

  it("lets an expansion name the base deck's cards and flags when the base deck is known", () => {
    const result = loadDeckText(expansionText, 'sample-expansion.json', { asExpansion: true, known: [base] });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.deck?.cards[0]?.id).toBe('licence-revoked');
  });

  it('reports names of cards and flags the expansion cannot see on its own', () => {
    const result = loadDeckText(expansionText, 'sample-expansion.json', { asExpansion: true });
    expect(result.problems.map(formatProblem)).toEqual([
      'sample-expansion.json:13:36: error: eventPlayed: no loaded deck has a card "h20-licence"',
      'sample-expansion.json:16:40: error: card: no loaded deck has a card "h20-licence"',
      'sample-expansion.json:19:29: warning: flag: no card sets the flag "h20-licensed", so this is never true',
    ]);
  });

  it('loads decks given together as one set', () => {
    const result = loadDeckTexts(
      [
        { file: 'sample-base.yaml', text: baseText },
        { file: 'sample-expansion.json', text: expansionText },
      ],
      { asExpansion: true },
    );
    expect(result.ok).toBe(true);
    expect(result.decks.map((d) => d.id)).toEqual(['sample-base', 'sample-expansion']);
  });

  it('requires card ids to be unique across decks, naming where the first one is', () => {
    const clash = expansionText.replace('"licence-revoked"', '"entity-list"');
    const result = loadDeckTexts(
      [
        { file: 'sample-base.yaml', text: baseText },
        { file: 'clash.json', text: clash },
      ],
      { asExpansion: true },
    );
    expect(result.ok).toBe(false);
    expect(result.decks).toEqual([{ ...base, file: 'sample-base.yaml' }]);
    expect(result.problems.map(formatProblem)).toContain(
      'clash.json:8:13: error: duplicate card id "entity-list", first used in sample-base.yaml:126:9; card ids are unique across all loaded decks: prefix yours with the deck id, such as "sample-expansion-entity-list"',
    );
  });

  it('requires the composition of a base deck only when it is not an expansion', () => {
    const alone = loadDeckText(expansionText, 'x.json', { known: [base] });
    expect(errorsOf(alone.problems).map((p) => p.message)).toContain('a base deck needs a scoring card for chinaMarket, this one has none');
    expect(loadDeckText(expansionText, 'x.json', { known: [base], asExpansion: true }).deck).toBeDefined();
  });

  it('skips cross-references while a file has syntax or schema errors, so they do not pile up', () => {
    const result = loadDeckTexts([
      { file: 'ok.yaml', text: baseText },
      { file: 'broken.yaml', text: 'formatVersion: 1\nid: broken\nname: [\n' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.decks).toEqual([]);
    expect(result.problems.every((p) => p.file === 'broken.yaml')).toBe(true);
  });
});

describe('files on disk', () => {
  it('loads files through an injected reader, bytes or text', () => {
    const files: Record<string, string | Uint8Array> = { 'a.yaml': baseText, 'b.json': new TextEncoder().encode(expansionText) };
    const result = loadDeckFiles(['a.yaml', 'b.json'], (p) => files[p]!, { asExpansion: true });
    expect(result.ok).toBe(true);
  });

  it('turns a failing reader into one problem per file', () => {
    const result = loadDecksFromDisk([join(scratch, 'missing.yaml'), scratch]);
    expect(result.problems.map(formatProblem)).toEqual([
      `${join(scratch, 'missing.yaml')}: error: cannot read the file: no such file`,
      `${scratch}: error: cannot read the file: this is a directory, not a deck file`,
    ]);
  });

  it('reads at most one byte past the limit, so a huge file is refused without reading it all', () => {
    const big = join(scratch, 'big.yaml');
    writeFileSync(big, Buffer.alloc(LIMITS.fileBytes * 3, 0x61));
    expect(readDeckFile(big).length).toBe(LIMITS.fileBytes + 1);
    const result = loadDecksFromDisk([big]);
    expect(result.problems.map(formatProblem)).toEqual([`${big}: error: the file is larger than 1 MiB: a deck file must be smaller`]);
  });

  it('decodes UTF-8 and locates the first byte that is not', () => {
    expect(decodeDeckBytes(new TextEncoder().encode('name: é'), 'f')).toBe('name: é');
    const bad = decodeDeckBytes(Uint8Array.from([...new TextEncoder().encode('a: �\nb: x'), 0xff]), 'f');
    expect(typeof bad === 'string' ? bad : formatProblem(bad)).toMatch(/^f:2:5: error: the file is not UTF-8 text \(byte \\xff here\)/);
  });
});

describe('the base deck', () => {
  it('is found walking up from a bundled file in dist/, next to cards/', () => {
    const root = join(scratch, 'package');
    mkdirSync(join(root, 'cards'), { recursive: true });
    mkdirSync(join(root, 'dist'), { recursive: true });
    copyFileSync(BASE_FILE, join(root, 'cards', 'base.yaml'));
    const bundle = pathToFileURL(join(root, 'dist', 'silicon-curtain.js'));
    expect(findBaseDeckPath(bundle)).toBe(join(root, 'cards', 'base.yaml'));
    const result = loadBaseDeck(bundle);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.deck?.id).toBe('sample-base');
    // And from the sources, two folders deeper.
    expect(findBaseDeckPath(join(root, 'src', 'decks', 'deckFiles.ts'))).toBe(join(root, 'cards', 'base.yaml'));
  });

  it('reports a missing base deck as one problem', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sc-nobase-'));
    try {
      const result = loadBaseDeck(join(empty, 'dist', 'x.js'));
      // Another cards/base.yaml higher up (the temporary folder's parents) would be found: none expected there.
      if (findBaseDeckPath(join(empty, 'dist', 'x.js')) === undefined) {
        expect(result.problems.map(formatProblem)).toEqual(['cards/base.yaml: error: the base deck was not found next to the program']);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  const real = findBaseDeckPath();
  it.skipIf(real === undefined || !existsSync(real))("the game's own cards/base.yaml validates as a base deck", () => {
    const result = loadBaseDeck();
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(hasErrors(result.problems)).toBe(false);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, b: 'x' }] })).toBe('{"a":[{"b":"x","d":2}],"b":1}');
  });
});

describe('cardPool', () => {
  it("gives a game setup every card and each deck's id and hash", () => {
    const base = loadDeckText(baseText, 'b.yaml').deck!;
    const expansion = loadDeckText(expansionText, 'x.json', { asExpansion: true, known: [base] }).deck!;
    const pool = cardPool([base, expansion]);
    expect(pool.cards.map((c) => c.id)).toEqual([...base.cards, ...expansion.cards].map((c) => c.id));
    expect(pool.decks).toEqual([
      { id: 'sample-base', hash: base.hash },
      { id: 'sample-expansion', hash: expansion.hash },
    ]);
  });
});
