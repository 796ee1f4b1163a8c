// A deck's content hash: sha256 of its canonical JSON (keys sorted, no spaces), first 16
// hex digits. Saves and reports record it, so a replay can tell that the cards changed.
import { createHash } from 'node:crypto';
import type { Deck } from './types.js';

/** JSON with object keys in sorted order at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export function deckHash(deck: Deck): string {
  return createHash('sha256').update(canonicalJson(deck)).digest('hex').slice(0, 16);
}
