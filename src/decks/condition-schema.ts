// The schemas for the parts effects are made of: which spaces (SpaceFilter), how much
// (Value) and when (Condition). Each `.meta({description})` shows as hover help in editors
// that read cards/deck.schema.json.
import * as z from 'zod';
import { ruleIssue, ruleText } from './problem.js';
import { expectTrue, type Mutual } from './type-checks.js';
import type { Condition, SpaceFilter, Value } from './types.js';
import {
  CARD_SIDES,
  FLAG_PATTERN,
  ID_PATTERN,
  LIMITS,
  PERSONA_IDS,
  RANGES,
  REGION_IDS,
  SIDES,
  SPACE_IDS,
  TRACK_IDS,
  TRACKS_AND_LEADERSHIP,
  WHO,
} from './vocabulary.js';

export const whoSchema = z.enum(WHO).meta({
  description: 'Who: `self` (the side the event works for), `opponent`, or a fixed side `us` / `china`.',
});
export const sideSchema = z.enum(SIDES).meta({ description: 'A side: `us` or `china`.' });
export const cardSideSchema = z.enum(CARD_SIDES).meta({ description: "The card's side: `us`, `china` or `neutral`." });
export const personaSchema = z.enum(PERSONA_IDS).meta({
  description: 'A persona: `washington`, `nvidia` (US), `beijing`, `huawei` (China).',
});
export const regionSchema = z.enum(REGION_IDS).meta({
  description: 'A region: `chinaMarket`, `developers`, `globalSouth` or `supplyChain`.',
});
export const spaceSchema = z.enum(SPACE_IDS).meta({ description: 'A space of the board, such as `tencent` or `foundries`.' });
export const trackSchema = z.enum(TRACK_IDS).meta({
  description: "A track: `clock` (Decoupling clock), `stack` (China's race) or `lockIn` (the US race).",
});
export const trackOrLeadershipSchema = z.enum(TRACKS_AND_LEADERSHIP).meta({
  description: 'A track, or `leadership` (the VP track: positive = US ahead).',
});

export const cardIdSchema = z
  .string()
  .max(LIMITS.idLength, { error: `an id has at most ${LIMITS.idLength} characters` })
  .regex(ID_PATTERN, { error: ruleText('rule.id') })
  .meta({ description: 'A card id: lowercase letters, digits and dashes (`export-controls`).' });

export const flagNameSchema = z
  .string()
  .max(LIMITS.idLength, { error: `a flag name has at most ${LIMITS.idLength} characters` })
  .regex(FLAG_PATTERN, { error: ruleText('rule.flag') })
  .meta({ description: 'A flag name: letters, digits, dashes and underscores.' });

export function intIn(range: { min: number; max: number }, description: string): z.ZodInt {
  return z.int().min(range.min).max(range.max).meta({ description });
}

export const spaceFilterSchema = z
  .strictObject({
    region: z
      .union([regionSchema, z.array(regionSchema).min(1).max(REGION_IDS.length)])
      .optional()
      .meta({ description: 'Only spaces of this region (or of these regions).' }),
    spaces: z.array(spaceSchema).min(1).max(SPACE_IDS.length).optional().meta({ description: 'Only these spaces.' }),
    battleground: z.boolean().optional().meta({ description: '`true`: only battlegrounds; `false`: only other spaces.' }),
    controlledBy: z
      .union([whoSchema, z.literal('nobody')])
      .optional()
      .meta({ description: 'Only spaces this side controls (`nobody`: uncontrolled spaces).' }),
    notControlledBy: whoSchema.optional().meta({ description: 'Only spaces this side does not control.' }),
    hasInfluence: whoSchema.optional().meta({ description: 'Only spaces where this side has influence.' }),
    current: z.boolean().optional().meta({ description: 'Inside `forEach`: only the space being visited.' }),
  })
  .meta({
    id: 'SpaceFilter',
    description: 'Which spaces: every field narrows the set; `{}` is the whole board.',
  });

export const valueSchema = z
  .union([
    intIn(RANGES.amount, 'A fixed number.'),
    z
      .strictObject({
        count: spaceFilterSchema.meta({ description: 'Count the spaces matching this filter when the effect runs.' }),
        times: intIn({ min: -5, max: 5 }, 'Multiply the count by this (default 1).').optional(),
        max: intIn({ min: 0, max: 20 }, 'Never more than this.').optional(),
      })
      .meta({ description: 'A number counted on the board: spaces matching a filter.' }),
    z
      .strictObject({
        track: trackOrLeadershipSchema.meta({ description: 'Read this track when the effect runs.' }),
        max: intIn({ min: 0, max: 20 }, 'Never more than this.').optional(),
      })
      .meta({ description: 'A number read from a track.' }),
    z
      .strictObject({
        hand: whoSchema.meta({ description: 'Count the cards this side holds when the effect runs (the card being played has left its hand).' }),
        times: intIn({ min: -5, max: 5 }, 'Multiply the count by this (default 1).').optional(),
        max: intIn({ min: 0, max: 20 }, 'Never more than this.').optional(),
      })
      .meta({ description: 'A number counted in a hand: the cards a side holds (both players can see how many).' }),
  ])
  .meta({
    id: 'Value',
    description: 'A number: a constant such as `2`, `{count: <filter>}`, `{track: <track>}` or `{hand: <side>}`.',
  });

const trackTest = z.strictObject({
  track: trackOrLeadershipSchema,
  value: intIn(RANGES.trackValue, 'The number to compare with.'),
  for: whoSchema.optional().meta({
    description: "Read Leadership from this side's point of view (positive = this side ahead). Default: `us`.",
  }),
});

const conditionObject = z.strictObject({
  trackAtLeast: trackTest.optional().meta({ description: 'The track is at this value or more.' }),
  trackAtMost: trackTest.optional().meta({ description: 'The track is at this value or less.' }),
  controls: z.strictObject({ side: whoSchema, space: spaceSchema }).optional().meta({ description: 'The side controls the space.' }),
  controlsAtLeast: z
    .strictObject({
      side: whoSchema,
      count: intIn(RANGES.spaces, 'How many spaces.'),
      filter: spaceFilterSchema.optional(),
    })
    .optional()
    .meta({ description: 'The side controls at least `count` spaces matching `filter`.' }),
  influenceAtLeast: z
    .strictObject({ side: whoSchema, space: spaceSchema, amount: intIn({ min: 1, max: 20 }, 'Influence points.') })
    .optional()
    .meta({ description: 'The side has at least `amount` influence in the space.' }),
  flag: flagNameSchema.optional().meta({ description: 'The flag is set (by an earlier `flag` effect).' }),
  persona: z.strictObject({ side: whoSchema, is: personaSchema }).optional().meta({ description: 'The side plays this persona.' }),
  eventPlayed: cardIdSchema.optional().meta({ description: "This card's event has fired earlier in the game." }),
  actingSide: sideSchema.optional().meta({ description: 'The side playing the card is this one.' }),
  round: z
    .strictObject({
      atLeast: intIn(RANGES.round, 'From this round on.').optional(),
      atMost: intIn(RANGES.round, 'Up to this round.').optional(),
    })
    .refine((r) => r.atLeast !== undefined || r.atMost !== undefined, { error: ruleText('rule.roundBounds') })
    .optional()
    .meta({ description: 'The current round is in this range: `{atLeast: 2}` from round 2 on, `{atMost: 1}` in round 1 only.' }),
  lastRound: z.boolean().optional().meta({ description: '`true`: this is the last round of the game; `false`: it is not.' }),
  get all(): z.ZodOptional<z.ZodArray<z.ZodType<Condition>>> {
    return z.array(conditionSchema).min(1).max(8).optional().meta({ description: 'Every condition holds.' });
  },
  get any(): z.ZodOptional<z.ZodArray<z.ZodType<Condition>>> {
    return z.array(conditionSchema).min(1).max(8).optional().meta({ description: 'At least one condition holds.' });
  },
  get not(): z.ZodOptional<z.ZodType<Condition>> {
    return conditionSchema.optional().meta({ description: 'The condition does not hold.' });
  },
});

/** The condition names, in the order the designer's guide lists them. */
export const CONDITION_KEYS = [
  'trackAtLeast',
  'trackAtMost',
  'controls',
  'controlsAtLeast',
  'influenceAtLeast',
  'flag',
  'persona',
  'eventPlayed',
  'actingSide',
  'round',
  'lastRound',
  'all',
  'any',
  'not',
] as const satisfies readonly (keyof typeof conditionObject.shape)[];

/** A condition is a mapping with exactly one key, its name: `{flag: sanctions-eased}`. */
export const conditionSchema: z.ZodType<Condition> = conditionObject
  .superRefine(
    (value, ctx) => {
      const keys = Object.keys(value);
      if (keys.length === 0) {
        ctx.addIssue({ code: 'custom', ...ruleIssue('rule.conditionNone', { keys: CONDITION_KEYS.join(', ') }) });
      } else if (keys.length > 1) {
        ctx.addIssue({
          code: 'custom',
          ...ruleIssue('rule.conditionMany', { count: keys.length, keys: keys.join(', ') }),
        });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  )
  .meta({
    id: 'Condition',
    description: 'A condition: a mapping with exactly one key, such as `{flag: name}` or `{all: [...]}`.',
    minProperties: 1,
    maxProperties: 1,
  }) as unknown as z.ZodType<Condition>;

// The schemas and the contract in types.ts must describe the same data.
type ConditionKey = Condition extends infer C ? (C extends unknown ? keyof C : never) : never;
type ConditionPayload<K extends ConditionKey> = Extract<Condition, Record<K, unknown>>[K];
type SchemaCondition = z.output<typeof conditionObject>;
type ConditionAgreement = {
  [K in ConditionKey]: Mutual<NonNullable<SchemaCondition[K]>, ConditionPayload<K>>;
};
expectTrue<ConditionAgreement[ConditionKey]>();
expectTrue<Mutual<keyof SchemaCondition, ConditionKey>>();
expectTrue<Mutual<(typeof CONDITION_KEYS)[number], ConditionKey>>();
expectTrue<Mutual<z.output<typeof spaceFilterSchema>, SpaceFilter>>();
expectTrue<Mutual<z.output<typeof valueSchema>, Value>>();
