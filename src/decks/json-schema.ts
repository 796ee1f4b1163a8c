// The deck schema as JSON Schema (draft-07, which the YAML language server reads), for
// editors: completion and hover help while a designer writes a deck. cards/deck.schema.json
// holds a copy; a test fails when that copy is stale.
import * as z from 'zod';
import { deckFileSchema } from './schema.js';

export function deckJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deckFileSchema, { target: 'draft-07' }) as Record<string, unknown>;
}

/** The text of cards/deck.schema.json. */
export function deckJsonSchemaText(): string {
  return `${JSON.stringify(deckJsonSchema(), null, 2)}\n`;
}
