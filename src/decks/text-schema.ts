// The schema of player-facing text: a plain English string, or one string per language.
import * as z from 'zod';
import { ruleText } from './problem.js';
import { expectTrue, type Mutual } from './type-checks.js';
import type { Text } from './types.js';
import { LIMITS } from './vocabulary.js';

function line(max: number, description: string): z.ZodString {
  return z
    .string()
    .max(max, { error: `a text has at most ${max} characters` })
    .regex(/\S/, { error: ruleText('rule.textEmpty') })
    .meta({ description });
}

function text(max: number, id: string, what: string) {
  return z
    .union([
      line(max, `${what}, in English.`),
      z
        .strictObject({
          en: line(max, `${what}, in English (required).`),
          fr: line(max, `${what}, in French (optional: English is shown when it is missing).`).optional(),
        })
        .meta({ description: `${what}, one string per language.` }),
    ])
    .meta({ id, description: `${what}: an English string, or \`{en: ..., fr: ...}\`. At most ${max} characters.` });
}

/** Card text, history notes, questions, labels: up to LIMITS.textLength characters. */
export const textSchema = text(LIMITS.textLength, 'Text', 'A text shown to players');
/** Card titles and deck names. */
export const titleSchema = text(LIMITS.titleLength, 'Title', 'A title');
/** A citation's note: a place in the work or who reported it, in English or one string per language. */
export const noteSchema = text(LIMITS.textLength, 'Note', 'The place cited in a source (a section, a page), or who reported it');
/** A plain string (sources are not translated). */
export const plainTextSchema = line(LIMITS.textLength, 'A plain text.');

expectTrue<Mutual<z.output<typeof textSchema>, Text>>();
