// The deck files the package ships (cards/*.yaml), read with the yaml package alone so that
// content checks do not depend on the deck loader. Until branch `cards` lands there are none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const CARDS_DIR = new URL('../../cards/', import.meta.url);
export const BASE_DECK = 'base.yaml';

export interface ShippedDeck {
  file: string;
  /** The parsed document, unvalidated: checks read it defensively. */
  data: Record<string, unknown>;
  cards: Record<string, unknown>[];
}

/** Deck files present in cards/, base deck first. */
export function shippedDeckFiles(): string[] {
  if (!existsSync(CARDS_DIR)) return [];
  const files = readdirSync(CARDS_DIR).filter((f) => /\.ya?ml$/.test(f));
  return files.sort((a, b) => Number(b === BASE_DECK) - Number(a === BASE_DECK) || a.localeCompare(b));
}

export function readShippedDeck(file: string): ShippedDeck {
  const data = parse(readFileSync(new URL(file, CARDS_DIR), 'utf8')) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`cards/${file}: not a deck (a mapping with a cards list)`);
  const record = data as Record<string, unknown>;
  const cards = Array.isArray(record.cards) ? record.cards.filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null) : [];
  return { file, data: record, cards };
}

export function cardName(card: Record<string, unknown>, i: number): string {
  return typeof card.id === 'string' ? card.id : `#${i + 1}`;
}
