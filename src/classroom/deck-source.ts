// The one place the classroom commands get their cards from.
//
// Until the deck loader (src/decks/loader.ts, branch `decks`) is merged, this reads the base
// deck file itself with the yaml package and checks only the fields the classroom code reads;
// effects are the loader's to validate. Once the loader is in, the body of `classroomDeck`
// becomes `const deck = loadBaseDeck(); return { cards: deck.cards, decks: [{ id: deck.id, hash: deck.hash }] };`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CardDef } from '../decks/types.js';
import { fnv1a64 } from '../engine/hash.js';
import { packageRoot } from './package-files.js';
import type { TutorialDeck } from './tutorial.js';

export const BASE_DECK_FILE = path.join('cards', 'base.yaml');

export class DeckSourceError extends Error {
  override readonly name = 'DeckSourceError';
  constructor(
    readonly kind: 'missing' | 'invalid',
    readonly file: string,
    detail: string,
  ) {
    super(detail);
  }
}

const text = z.union([z.string(), z.object({ en: z.string(), fr: z.string().optional() })]);
const cardShape = z.looseObject({
  id: z.string().min(1),
  title: text,
  side: z.enum(['us', 'china', 'neutral']),
  ops: z.number().int().min(0).max(4),
  era: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text,
  event: z.array(z.unknown()),
  history: text,
  date: z.union([z.string(), z.number()]).transform(String),
  source: z.string(),
  question: text.optional(),
});
const deckShape = z.looseObject({ id: z.string().min(1), cards: z.array(cardShape).min(1) });

export function classroomDeck(root: string = packageRoot()): TutorialDeck {
  const file = path.join(root, BASE_DECK_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new DeckSourceError('missing', file, `${file} was not found`);
  }
  let parsed: ReturnType<typeof deckShape.safeParse>;
  try {
    parsed = deckShape.safeParse(parse(source));
  } catch (error) {
    throw new DeckSourceError('invalid', file, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DeckSourceError('invalid', file, issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid');
  }
  return { cards: parsed.data.cards as unknown as CardDef[], decks: [{ id: parsed.data.id, hash: fnv1a64(source) }] };
}
