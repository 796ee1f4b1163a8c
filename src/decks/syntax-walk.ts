// From YAML syntax tree to plain data, checking every key, string and tag on the way: no
// custom tags, no prototype keys, no control characters, bounded aliases and nesting.
// The data is built here, never by the parser's own conversion, so nothing in a file runs.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { said, valueWording, type Said } from './problem.js';
import { escapeChar, findUnsafeChar, quote } from './safe-text.js';
import type { SourceNode } from './source-map.js';
import { LIMITS } from './vocabulary.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MERGE_KEY = '<<';
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null'].map((t) => `tag:yaml.org,2002:${t}`));
const MAP_TAG = 'tag:yaml.org,2002:map';
const SEQ_TAG = 'tag:yaml.org,2002:seq';

/** Thrown to stop the walk once a limit is passed: the problem is already recorded. */
export class Stop {}

const NAMED_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  N: '\x85',
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
export class SyntaxWalk {
  private values = 0;
  private aliases = 0;
  private expanding = 0;
  private readonly anchors = new Map<string, Node>();
  private readonly active = new Set<Node>();

  constructor(
    private readonly text: string,
    private readonly problemAt: (offset: number, words: Said) => void,
  ) {}

  convert(node: Node | null, depth: number, fallbackAt = 0): { value: unknown; source: SourceNode } {
    if (node === null) return { value: null, source: { at: fallbackAt } };
    const at = node.range?.[0] ?? fallbackAt;
    if (++this.values > LIMITS.yamlValues) {
      this.problemAt(at, said('yaml.tooManyValues', { count: LIMITS.yamlValues }));
      throw new Stop();
    }
    if (depth > LIMITS.yamlDepth) {
      this.problemAt(at, said('yaml.tooDeep', { depth: LIMITS.yamlDepth }));
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
        this.problemAt(at, said('yaml.unsupportedValue', { got: valueWording(value) }));
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
      const merges: { value: unknown; source: SourceNode; at: number }[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyAt = keyNode?.range?.[0] ?? at;
        const key = this.keyName(keyNode, keyAt);
        const child = this.convert(pair.value as Node | null, depth + 1, keyAt);
        if (key === undefined) continue;
        // A YAML merge key (`<<: *base`, unquoted): the mapping's fields, under the ones written here.
        if (key === MERGE_KEY && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          if (merges.length > 0) this.problemAt(keyAt, said('yaml.duplicateMerge', { key: quote(key) }));
          else merges.push({ ...child, at: keyAt });
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(value, key)) {
          this.problemAt(keyAt, said('yaml.duplicateKey', { key: quote(key) }));
          continue;
        }
        value[key] = child.value;
        // An empty value (`side:`) has no place of its own: its key stands for it.
        const valueAt = child.value === null ? keyAt : child.source.at;
        children.set(key, { ...child.source, at: valueAt, keyAt });
      }
      for (const merge of merges) this.merge(value, children, merge);
      this.active.delete(node);
      return { value, source: { at, children } };
    }
    this.problemAt(at, said('yaml.unsupportedNode'));
    return { value: null, source: { at } };
  }

  /** Adds the fields of a merged mapping (or of a list of them, the first winning) that the
   * mapping does not write itself; each keeps the position where it is written. */
  private merge(value: Record<string, unknown>, children: Map<string | number, SourceNode>, merge: { value: unknown; source: SourceNode; at: number }): void {
    const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    const sources = Array.isArray(merge.value)
      ? merge.value.map((v, i) => ({ value: v, source: merge.source.children?.get(i) }))
      : [{ value: merge.value, source: merge.source }];
    if (sources.length === 0 || !sources.every((m) => isMapping(m.value))) {
      this.problemAt(merge.at, said('yaml.badMerge'));
      return;
    }
    for (const m of sources) {
      for (const [key, field] of Object.entries(m.value as Record<string, unknown>)) {
        if (Object.prototype.hasOwnProperty.call(value, key)) continue;
        value[key] = field;
        const at = m.source?.children?.get(key);
        children.set(key, at ?? { at: merge.at, keyAt: merge.at });
      }
    }
  }

  private alias(node: Node & { source: string }, depth: number, at: number): { value: unknown; source: SourceNode } {
    if (++this.aliases > LIMITS.yamlAliases) {
      this.problemAt(at, said('yaml.tooManyAliases', { count: LIMITS.yamlAliases }));
      throw new Stop();
    }
    const target = this.anchors.get(node.source);
    if (!target) {
      this.problemAt(at, said('yaml.aliasNoAnchor', { name: node.source }));
      return { value: null, source: { at } };
    }
    if (this.active.has(target)) {
      this.problemAt(at, said('yaml.aliasLoop', { name: node.source }));
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
      this.problemAt(keyAt, said('yaml.keyNotPlain'));
      return undefined;
    }
    if (keyNode.tag && !PLAIN_TAGS.has(keyNode.tag)) {
      this.unknownTag(keyNode.tag, keyAt);
      return undefined;
    }
    const key = String(keyNode.value);
    if (typeof keyNode.value === 'string' && !this.checkString(key, keyAt, keyNode.range?.[1] ?? keyAt)) return undefined;
    if (FORBIDDEN_KEYS.has(key)) {
      this.problemAt(keyAt, said('yaml.keyForbidden', { key: quote(key) }));
      return undefined;
    }
    return key;
  }

  /** Refuses control characters written as escapes (`"\e[31m"`); raw ones were refused before parsing. */
  private checkString(value: string, start: number, end: number): boolean {
    const bad = findUnsafeChar(value);
    if (!bad) return true;
    const written = escapeOffset(this.text.slice(start, end), bad.char);
    this.problemAt(start + written, said('yaml.controlCharInText', { char: escapeChar(bad.char) }));
    return false;
  }

  private unknownTag(tag: string, at: number): void {
    const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
    // The node starts at its value; the tag is written just before it.
    const from = Math.max(0, at - 200);
    const written = /!\S*\s*$/.exec(this.text.slice(from, at));
    this.problemAt(written ? from + written.index : at, said('yaml.tag', { tag: quote(shown) }));
  }
}
