// The deck file schema: a deck, its cards, and every part they are made of. zod checks a
// parsed file against it; `deck schema` turns it into the JSON Schema editors read.
// Unknown keys are refused everywhere (strict objects), so a typo never passes silently.
import * as z from 'zod';
import { ruleIssue, ruleText } from './problem.js';
import { cardIdSchema, cardSideSchema, conditionSchema, personaSchema, regionSchema } from './condition-schema.js';
import { effectListSchema } from './effect-schema.js';
import { walkCard } from './effect-walk.js';
import { eventOverBound } from './event-work.js';
import { noteSchema, plainTextSchema, textSchema, titleSchema } from './text-schema.js';
import { expectTrue, type Mutual } from './type-checks.js';
import type { CardDef, Citation, Deck } from './types.js';
import { CARD_TAGS, DATE_PATTERN, ERAS, ID_PATTERN, LIMITS, PERSONA_IDS } from './vocabulary.js';

export { conditionSchema, spaceFilterSchema, valueSchema, CONDITION_KEYS } from './condition-schema.js';
export { effectSchema, effectListSchema, modifierRuleSchema, EFFECT_OPS } from './effect-schema.js';
export { textSchema, titleSchema } from './text-schema.js';

/** A date that exists: 2024-02-30 matches the pattern but is refused. */
function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return true;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export const dateSchema = z
  .string()
  .regex(DATE_PATTERN, { error: ruleText('rule.date') })
  .refine(isRealDate, { error: ruleText('rule.noSuchDay') })
  .meta({ description: 'The date of the real-world fact: YYYY, YYYY-MM or YYYY-MM-DD, in quotes ("2024-04").' });

function citationText(max: number, description: string): z.ZodString {
  return z
    .string()
    .max(max, { error: `a text has at most ${max} characters` })
    .regex(/\S/, { error: ruleText('rule.textEmpty') })
    .meta({ description });
}

export const citationSchema = z
  .strictObject({
    outlet: citationText(LIMITS.titleLength * 2, 'Who published it: a newspaper, an agency, a company, an author ("Reuters", "BIS press release").'),
    title: citationText(LIMITS.titleLength * 2, 'Its title, exactly as published, without quotation marks (optional).').optional(),
    date: z
      .string()
      .regex(DATE_PATTERN, { error: ruleText('rule.citationDate') })
      .refine(isRealDate, { error: ruleText('rule.noSuchDay') })
      .optional()
      .meta({ description: 'When it was published: YYYY-MM-DD, YYYY-MM or YYYY, in quotes ("2025-07-14").' }),
    url: z
      .string()
      .max(500, { error: 'a URL has at most 500 characters' })
      .regex(/^https?:\/\/[^\s/]+\.[^\s]*$/, { error: ruleText('rule.url') })
      .optional()
      .meta({ description: 'A link to it, when one exists (https://...).' }),
    note: noteSchema.optional(),
  })
  .meta({ id: 'Citation', description: 'One source: outlet, and its title, date, URL and a note when they exist.' });

const personaList = (description: string) => z.array(personaSchema).min(1).max(PERSONA_IDS.length).optional().meta({ description });

export const cardSchema = z
  .strictObject({
    id: cardIdSchema.meta({ description: "The card's id, unique across every loaded deck." }),
    title: titleSchema.meta({ description: "The card's title." }),
    side: cardSideSchema,
    ops: z.int().min(0).max(4).meta({ description: 'Operations points, 1 to 4 (0 for scoring cards).' }),
    era: z.literal(ERAS).meta({ description: 'The era the card enters in: 1 (Controls), 2 (The H20 thaw), 3 (Sovereign stack).' }),
    text: textSchema.meta({ description: 'The event text players read: it should say what `event` does.' }),
    event: effectListSchema.meta({ description: 'What the event does, in the effect language.' }),
    removeAfterEvent: z.boolean().optional().meta({ description: 'Removed from the game once its event has fired.' }),
    scoring: regionSchema.optional().meta({
      description: 'A scoring card for this region: Ops 0, side neutral, cannot be held.',
    }),
    signature: personaSchema.optional().meta({
      description: "The persona's signature card: starts in their hand and comes back each round.",
    }),
    passes: z.boolean().optional().meta({
      description:
        'A bargaining chip: a neutral card that starts in the US hand, outside the hand size; once played (event or Ops) it passes face down to the opponent, theirs from the next round.',
    }),
    requires: conditionSchema.optional().meta({ description: 'The event can only be played (or fire) while this holds.' }),
    favours: personaList('Personas the card serves (shown to players).'),
    hurts: personaList('Personas the card hurts (shown to players).'),
    tags: z.array(z.enum(CARD_TAGS)).min(1).max(CARD_TAGS.length).optional().meta({
      description: "`control`: the card's Ops count for Washington's Hawks check. `market`: a market card.",
    }),
    history: textSchema.meta({ description: 'The real-world fact behind the card, for teaching.' }),
    date: dateSchema,
    source: plainTextSchema
      .optional()
      .meta({ description: 'Where the fact comes from, as one text (citations separated by "; "). Give `source` or `sources`.' }),
    sources: z
      .array(citationSchema)
      .min(1)
      .max(LIMITS.citationsPerCard)
      .optional()
      .meta({
        description: `Where the fact comes from: a list of citations (1 to ${LIMITS.citationsPerCard}). Give \`sources\` or \`source\`.`,
      }),
    question: textSchema.optional().meta({ description: 'A discussion question for the debrief.' }),
  })
  .superRefine((card, ctx) => {
    // A card says where its fact comes from, once: the old one-text form or the list.
    if (card.source === undefined && card.sources === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: ruleText('rule.needsSources') });
    } else if (card.source !== undefined && card.sources !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: ruleText('rule.sourcesTwice') });
    }
  })
  .superRefine(
    (card, ctx) => {
      // Bounded nesting keeps events readable and the engine's work small.
      walkCard(card, [], {
        effect(_effect, path, depth) {
          if (depth === LIMITS.effectDepth + 1) {
            ctx.addIssue({ code: 'custom', path, ...ruleIssue('rule.effectDepth', { max: LIMITS.effectDepth }) });
          }
        },
        condition(_condition, path, depth) {
          if (depth === LIMITS.conditionDepth + 1) {
            ctx.addIssue({ code: 'custom', path, ...ruleIssue('rule.conditionDepth', { max: LIMITS.conditionDepth }) });
          }
        },
      });
      // Nesting alone does not bound the work: four `repeat: 10` inside one another are 10,000 steps.
      const over = eventOverBound(card.event);
      if (over) {
        ctx.addIssue({
          code: 'custom',
          path: ['event', over.index],
          ...ruleIssue('rule.eventWork', { work: over.work, max: LIMITS.eventWork }),
        });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  )
  .meta({ id: 'Card', description: 'One card.' });

export const deckIdSchema = z
  .string()
  .max(LIMITS.idLength, { error: `an id has at most ${LIMITS.idLength} characters` })
  .regex(ID_PATTERN, { error: ruleText('rule.id') })
  .meta({ description: "The deck's id: lowercase letters, digits and dashes." });

export const deckSchema = z
  .strictObject({
    formatVersion: z.literal(1).meta({ description: 'The deck format version: always 1.' }),
    id: deckIdSchema,
    name: titleSchema.meta({ description: "The deck's name." }),
    description: textSchema.optional().meta({ description: 'What the deck is about.' }),
    cards: z
      .array(cardSchema)
      .min(1)
      .max(LIMITS.cardsPerDeck)
      .meta({
        description: `The cards (1 to ${LIMITS.cardsPerDeck}).`,
      }),
  })
  .meta({ id: 'Deck', title: 'Silicon Curtain deck', description: 'A deck of Silicon Curtain cards.' });

/** What a file may hold: a deck, plus an optional `$schema` link for JSON editors (dropped on load). */
export const deckFileSchema = deckSchema
  .extend({
    $schema: z.string().max(500).optional().meta({ description: 'The JSON Schema this file follows (for editors).' }),
  })
  .meta({ title: 'Silicon Curtain deck', description: 'A deck of Silicon Curtain cards.' });

// The schemas and the contract in types.ts must describe the same data.
expectTrue<Mutual<z.output<typeof citationSchema>, Citation>>();
expectTrue<Mutual<z.output<typeof cardSchema>, CardDef>>();
expectTrue<Mutual<z.output<typeof deckSchema>, Deck>>();
export type ParsedDeckFile = z.output<typeof deckFileSchema>;

export { cardIdSchema };
