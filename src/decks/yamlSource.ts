// Pass 1 of loading a deck: from file text to plain data, with the position of every value.
// YAML and JSON files both go through the `yaml` parser (JSON is YAML), then a careful walk
// of the syntax tree builds the data itself: no custom tags, no code, no prototype keys,
// no control characters, bounded aliases and nesting. Nothing in a file can run.
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.js';
import { escapeChar, findUnsafeChar, findUnsafeCharsInFile, quote } from './safeText.js';
import { LIMITS } from './vocabulary.js';

/** Where a value sits in the file, and the positions of what it contains. */
export interface SourceNode {
  /** Offset of the value (for an alias: of the alias). */
  at: number;
  /** Offset of the key, when the value is a mapping entry. */
  keyAt?: number;
  children?: Map<string | number, SourceNode>;
}

export interface DeckSource {
  value: Record<string, unknown>;
  root: SourceNode;
  /** 1-based line and column of an offset. */
  locate(offset: number): { line: number; col: number };
}

export interface ReadResult {
  source?: DeckSource;
  problems: Problem[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null'].map((t) => `tag:yaml.org,2002:${t}`));
const MAP_TAG = 'tag:yaml.org,2002:map';
const SEQ_TAG = 'tag:yaml.org,2002:seq';
/** More unsafe characters than this, or any NUL, and the file is taken for a binary file. */
const BINARY_THRESHOLD = 8;

/** A stop in the walk once a limit is passed: the problem is already recorded. */
class Stop {}

export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value, 30)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'an infinite number';
  return `${typeof value} ${String(value)}`;
}

export function readDeckSource(rawText: string, file: string): ReadResult {
  const problems: Problem[] = [];
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineCounter();
  const locate = (offset: number) => lines.linePos(Math.max(0, Math.min(offset, text.length)));
  const problemAt = (offset: number, message: string, hint?: string, severity: Problem['severity'] = 'error') => {
    const { line, col } = locate(offset);
    problems.push({ file, line, col, severity, message, ...(hint ? { hint } : {}) });
  };

  if (text.length > LIMITS.fileBytes || Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) {
    return { problems: [tooLarge(file)] };
  }
  const unsafe = findUnsafeCharsInFile(text, BINARY_THRESHOLD + 1);
  if (unsafe.length > 0) {
    // Line starts are needed for positions before the parser has run.
    countLines(text, lines);
    const first = unsafe[0];
    if (first && (unsafe.length > BINARY_THRESHOLD || unsafe.some((u) => u.char === '\u0000'))) {
      problemAt(first.index, 'this is a binary file, not a deck (it holds control characters such as ' +
        `${escapeChar(first.char)})`);
    } else {
      for (const u of unsafe) problemAt(u.index, `control character ${escapeChar(u.char)} is not allowed in a deck file`);
    }
    return { problems };
  }

  // The parser recurses on nesting and slows down on thousands of brackets: refuse those first.
  const tooDeep = flowNestingTooDeep(text, LIMITS.yamlDepth);
  if (tooDeep !== -1) {
    countLines(text, lines);
    problemAt(tooDeep, `values nest more than ${LIMITS.yamlDepth} levels deep`);
    return { problems };
  }

  // The parser's time grows with the number of tokens, and some hostile files of 1 MiB hold a
  // million of them: count them first (the lexer alone is cheap) and refuse a file with far more
  // than any real deck.
  // (A short file cannot hold that many: it is not lexed twice.)
  if (text.length > LIMITS.yamlTokens / 2 && tokenCountExceeds(text, LIMITS.yamlTokens)) {
    return { problems: [{ file, line: 0, col: 0, severity: 'error', message: `the file has more than ${LIMITS.yamlTokens} YAML tokens: far more than a deck needs` }] };
  }
  const doc = parseQuietly(text, lines);
  const errorLines = new Set<number>();
  for (const error of doc.errors) {
    // One syntax error often drags others along on its line: the first one says what is wrong.
    const line = locate(error.pos[0]).line;
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    const { message, hint } = yamlErrorMessage(error.code, error.message, text, error.pos[0]);
    problemAt(error.pos[0], message, hint);
  }
  for (const warning of doc.warnings) {
    // Unknown tags are reported by the walk below, as errors.
    if (warning.code !== 'TAG_RESOLVE_FAILED') problemAt(warning.pos[0], lowerFirst(warning.message), undefined, 'warning');
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.tag)) {
    problemAt(0, 'the file is empty: a deck needs formatVersion, id, name and cards');
    return { problems };
  }

  const walk = new SyntaxWalk(text, problemAt);
  let converted: { value: unknown; source: SourceNode } | undefined;
  try {
    converted = walk.convert(contents, 0);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (problems.some((p) => p.severity === 'error') || !converted) return { problems };

  const { value, source } = converted;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problemAt(source.at, `expected a deck (a mapping with formatVersion, id, name and cards), got ${describeKind(value)}`);
    return { problems };
  }
  return { source: { value: value as Record<string, unknown>, root: source, locate }, problems };
}

/** The deepest node along `path`, and whether the whole path exists in the file. */
export function sourceAt(root: SourceNode, path: readonly PropertyKey[]): { node: SourceNode; exact: boolean } {
  let node = root;
  for (const key of path) {
    const child = typeof key === 'symbol' ? undefined : node.children?.get(key);
    if (!child) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

export function tooLarge(file: string): Problem {
  return {
    file,
    line: 0,
    col: 0,
    severity: 'error',
    message: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB: a deck file must be smaller`,
  };
}

/** The offset of the first `[` or `{` nested deeper than `limit` (outside quotes and comments), or -1. */
export function flowNestingTooDeep(text: string, limit: number): number {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

function tokenCountExceeds(text: string, limit: number): boolean {
  let n = 0;
  for (const _token of new Lexer().lex(text)) if (++n > limit) return true;
  return false;
}

/** Parses with cheap errors: a broken file can make thousands, and nobody reads their stack traces.
 * Duplicate keys are found by the walk below in linear time (the parser's own check is quadratic). */
function parseQuietly(text: string, lineCounter: LineCounter): Document.Parsed {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      strict: true,
      uniqueKeys: false,
      version: '1.2',
      schema: 'core',
      merge: false,
      intAsBigInt: false,
    });
  } finally {
    Error.stackTraceLimit = saved;
  }
}

function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
}

function lowerFirst(message: string): string {
  const trimmed = message.replace(/\.\s*$/, '').split('\n')[0] ?? '';
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function yamlErrorMessage(code: string, message: string, text: string, offset: number): { message: string; hint?: string } {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(offset, offset + 80))?.[0].trim().replace(/^["']|["']$/g, '') ?? '';
      return { message: `duplicate key ${quote(key)}: each key appears once in a mapping` };
    }
    case 'MULTIPLE_DOCS':
      return {
        message: 'a deck file holds one YAML document, this is a second one',
        hint: 'remove the "---" line, or put the second deck in its own file',
      };
    case 'TAB_AS_INDENT':
      return { message: 'tabs are not allowed as indentation', hint: 'indent with spaces' };
    default:
      if (/call stack/i.test(message)) return { message: `values nest more than ${LIMITS.yamlDepth} levels deep` };
      return { message: lowerFirst(message) };
  }
}

const NAMED_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85',
};

/** Where, in a scalar's source, a character is written: raw, or as a double-quoted escape (`\e`, `\x1b`, `\u202E`). */
function escapeOffset(source: string, char: string): number {
  const raw = source.indexOf(char);
  if (raw >= 0) return raw;
  const escapes = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g;
  for (let m = escapes.exec(source); m; m = escapes.exec(source)) {
    const hex = m[1] ?? m[2] ?? m[3];
    const code = hex === undefined ? -1 : parseInt(hex, 16);
    const decoded = hex === undefined ? NAMED_ESCAPES[m[4] ?? ''] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (decoded === char) return m.index;
  }
  return 0;
}

/** Builds plain data from the syntax tree, checking every key, string and tag on the way. */
class SyntaxWalk {
  private values = 0;
  private aliases = 0;
  private expanding = 0;
  private readonly anchors = new Map<string, Node>();
  private readonly active = new Set<Node>();

  constructor(
    private readonly text: string,
    private readonly problemAt: (offset: number, message: string, hint?: string) => void,
  ) {}

  convert(node: Node | null, depth: number, fallbackAt = 0): { value: unknown; source: SourceNode } {
    if (node === null) return { value: null, source: { at: fallbackAt } };
    const at = node.range?.[0] ?? fallbackAt;
    if (++this.values > LIMITS.yamlValues) {
      this.problemAt(at, `the file expands to more than ${LIMITS.yamlValues} values (too many aliases?)`);
      throw new Stop();
    }
    if (depth > LIMITS.yamlDepth) {
      this.problemAt(at, `values nest more than ${LIMITS.yamlDepth} levels deep`);
      throw new Stop();
    }
    if (isAlias(node)) return this.alias(node, depth, at);
    if (node.anchor && this.expanding === 0) this.anchors.set(node.anchor, node);

    if (isScalar(node)) {
      if (node.tag && !PLAIN_TAGS.has(node.tag)) {
        this.unknownTag(node.tag, at);
        return { value: null, source: { at } };
      }
      const value = node.value;
      if (typeof value === 'string') this.checkString(value, at, node.range?.[1] ?? at);
      else if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') {
        this.problemAt(at, `unsupported value ${describeKind(value)}`);
      }
      return { value, source: { at } };
    }
    if (isSeq(node)) {
      if (node.tag && node.tag !== SEQ_TAG) this.unknownTag(node.tag, at);
      this.active.add(node);
      const value: unknown[] = [];
      const children = new Map<string | number, SourceNode>();
      node.items.forEach((item, i) => {
        const child = this.convert(item as Node | null, depth + 1, at);
        value.push(child.value);
        children.set(i, child.source);
      });
      this.active.delete(node);
      return { value, source: { at, children } };
    }
    if (isMap(node)) {
      if (node.tag && node.tag !== MAP_TAG) this.unknownTag(node.tag, at);
      this.active.add(node);
      const value: Record<string, unknown> = {};
      const children = new Map<string | number, SourceNode>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyAt = keyNode?.range?.[0] ?? at;
        const key = this.keyName(keyNode, keyAt);
        const child = this.convert(pair.value as Node | null, depth + 1, keyAt);
        if (key === undefined) continue;
        if (Object.prototype.hasOwnProperty.call(value, key)) {
          this.problemAt(keyAt, `duplicate key ${quote(key)}: each key appears once in a mapping`);
          continue;
        }
        value[key] = child.value;
        // An empty value (`side:`) has no place of its own: its key stands for it.
        const valueAt = child.value === null ? keyAt : child.source.at;
        children.set(key, { ...child.source, at: valueAt, keyAt });
      }
      this.active.delete(node);
      return { value, source: { at, children } };
    }
    this.problemAt(at, 'unsupported YAML node');
    return { value: null, source: { at } };
  }

  private alias(node: Node & { source: string }, depth: number, at: number): { value: unknown; source: SourceNode } {
    if (++this.aliases > LIMITS.yamlAliases) {
      this.problemAt(at, `the file uses more than ${LIMITS.yamlAliases} aliases`);
      throw new Stop();
    }
    const target = this.anchors.get(node.source);
    if (!target) {
      this.problemAt(at, `alias *${node.source} refers to no anchor &${node.source} before it`);
      return { value: null, source: { at } };
    }
    if (this.active.has(target)) {
      this.problemAt(at, `alias *${node.source} refers to a value that contains it`);
      throw new Stop();
    }
    this.expanding++;
    try {
      const expanded = this.convert(target, depth, at);
      return { value: expanded.value, source: { ...expanded.source, at } };
    } finally {
      this.expanding--;
    }
  }

  private keyName(keyNode: Node | null, keyAt: number): string | undefined {
    if (keyNode === null || !isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      this.problemAt(keyAt, 'a key must be a plain name');
      return undefined;
    }
    if (keyNode.tag && !PLAIN_TAGS.has(keyNode.tag)) {
      this.unknownTag(keyNode.tag, keyAt);
      return undefined;
    }
    const key = String(keyNode.value);
    if (typeof keyNode.value === 'string' && !this.checkString(key, keyAt, keyNode.range?.[1] ?? keyAt)) return undefined;
    if (FORBIDDEN_KEYS.has(key)) {
      this.problemAt(keyAt, `key ${quote(key)} is not allowed`);
      return undefined;
    }
    return key;
  }

  /** Refuses control characters written as escapes (`"\e[31m"`); raw ones were refused before parsing. */
  private checkString(value: string, start: number, end: number): boolean {
    const bad = findUnsafeChar(value);
    if (!bad) return true;
    const written = escapeOffset(this.text.slice(start, end), bad.char);
    this.problemAt(start + written, `control character ${escapeChar(bad.char)} is not allowed in text`);
    return false;
  }

  private unknownTag(tag: string, at: number): void {
    const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
    // The node starts at its value; the tag is written just before it.
    const from = Math.max(0, at - 200);
    const written = /!\S*\s*$/.exec(this.text.slice(from, at));
    this.problemAt(written ? from + written.index : at, `tag ${quote(shown)} is not allowed: a deck holds plain values only`);
  }
}
