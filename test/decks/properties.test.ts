// Property tests: whatever bytes or text come in, loading never throws and never prints raw
// control characters; it returns clean problems, quickly. A deck that loads is schema-valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDeckFiles, loadDeckText, type DeckSetResult, type LoadResult } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { deckSchema } from '../../src/decks/schema.js';

const SAMPLE = readFileSync(join(import.meta.dirname, 'fixtures', 'valid', 'sample-base.yaml'), 'utf8');
const SAMPLE_DATA = JSON.parse(JSON.stringify(loadDeckText(SAMPLE, 's.yaml').deck)) as Record<string, unknown>;
delete SAMPLE_DATA.hash;
delete SAMPLE_DATA.file;

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** One case may take this long at most (generous: a loaded CI machine). */
const SLOW_MS = 1500;

function checkClean(result: LoadResult | DeckSetResult): void {
  for (const p of result.problems) {
    expect(typeof p.file).toBe('string');
    expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 0).toBe(true);
    expect(p.line === 0).toBe(p.col === 0);
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(0);
    const line = formatProblem(p);
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/internal error/);
  }
  const decks = 'decks' in result ? result.decks : result.deck ? [result.deck] : [];
  for (const deck of decks) {
    const { hash: _hash, file: _file, ...plain } = deck;
    expect(deckSchema.safeParse(plain).success).toBe(true);
  }
}

function timed<T>(body: () => T): T {
  const started = performance.now();
  const value = body();
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  return value;
}

const SNIPPETS = [
  ': ',
  '- ',
  '\n',
  '  ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '&a [1, *a]',
  '!!js/function ',
  '!custom ',
  '!!binary ',
  '__proto__: 1\n',
  'constructor:\n',
  '"',
  "'",
  '#',
  '---\n',
  '...\n',
  '\t',
  '\u001b[31m',
  '\u202e',
  '\u0000',
  '\r',
  '? ',
  '|\n',
  '>-\n',
  '%YAML 1.1\n',
  '<<: *a\n',
  'op: vp',
  'op: repeat',
  'op: nope',
  'cond: {}',
  'all: [',
  '"\\e"',
  '"\\u202E"',
  '2024',
  '-1',
  '1e999',
  '.nan',
  'null',
  '~',
  'yes',
  '0x10',
  '"\\U0010FFFF"',
  '\uFEFF',
  '\uFFFD',
  '😀',
  'é',
];

const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  switch (mutation.kind) {
    case 'delete': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'duplicateLine': {
      const i = mutation.line % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = mutation.a % lines.length;
      const b = mutation.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'indent': {
      const i = mutation.line % lines.length;
      const line = lines[i] ?? '';
      lines[i] = mutation.by >= 0 ? ' '.repeat(mutation.by) + line : line.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
      return lines.join('\n');
    }
  }
}

/** Every place in plain data: the paths to its values. */
function allPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], action: 'replace' | 'delete' | 'addKey', value: unknown, key: string): unknown {
  if (path.length === 0) return action === 'replace' ? value : root;
  if (root === null || typeof root !== 'object') return root;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) {
    const next = parent[step];
    // An earlier change may have removed this place.
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (action === 'replace') parent[last] = value;
  else if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  }
  return copy;
}

describe('loading never throws and returns clean problems', () => {
  it('for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        checkClean(timed(() => loadDeckFiles(['random.bin'], () => bytes)));
      }),
      { numRuns: 300 },
    );
  });

  it('for random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        checkClean(timed(() => loadDeckText(text, 'random.yaml')));
      }),
      { numRuns: 300 },
    );
  });

  it('for random text made of YAML pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SNIPPETS, 'formatVersion', 'cards', 'id', 'x', '1'), { maxLength: 300 }), (parts) => {
        checkClean(timed(() => loadDeckText(parts.join(''), 'pieces.yaml')));
      }),
      { numRuns: 300 },
    );
  });

  it("for random edits of a valid deck's text", () => {
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(mutateText, SAMPLE);
        checkClean(timed(() => loadDeckText(text, 'mutated.yaml')));
      }),
      { numRuns: 250 },
    );
  });

  it("for random changes of a valid deck's data, written as YAML or JSON", () => {
    const paths = allPaths(SAMPLE_DATA);
    const change = fc.record({
      path: fc.nat(),
      action: fc.constantFrom('replace' as const, 'delete' as const, 'addKey' as const),
      value: fc.jsonValue({ maxDepth: 3 }),
      key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'op', 'fr')),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), fc.boolean(), (changes, asJson) => {
        let data: unknown = SAMPLE_DATA;
        for (const c of changes) data = setAt(data, paths[c.path % paths.length] ?? [], c.action, c.value, c.key);
        let text: string;
        try {
          text = asJson ? JSON.stringify(data) : stringify(data);
        } catch {
          return; // data the serialiser itself refuses is not a file anyone can write
        }
        checkClean(timed(() => loadDeckText(text ?? '', asJson ? 'changed.json' : 'changed.yaml')));
      }),
      { numRuns: 250 },
    );
  });
});
