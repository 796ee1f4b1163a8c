// The schema of the effect language: one mapping per effect, told apart by `op`, and the
// lasting rules (`kind`) an event can put in play. The engine interprets the result; nothing
// here runs code.
import * as z from 'zod';
import { ruleText } from './problem.js';
import {
  cardIdSchema,
  cardSideSchema,
  conditionSchema,
  flagNameSchema,
  intIn,
  regionSchema,
  spaceFilterSchema,
  trackSchema,
  valueSchema,
  whoSchema,
} from './condition-schema.js';
import { textSchema } from './text-schema.js';
import { expectTrue, type Mutual } from './type-checks.js';
import type { Effect, ModifierRule } from './types.js';
import { LASTING_DURATIONS, LIMITS, NEXT_CARD_USES, OPS_USES, RANGES } from './vocabulary.js';

/** A list of effects, run in order. Nested lists (choose, if, repeat, forEach, roll) refer back here. */
export const effectListSchema: z.ZodType<Effect[]> = z.lazy(() => effectArraySchema);

const opsUseSchema = z.enum(OPS_USES);

export const modifierRuleSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('opsBonus'),
        amount: intIn(RANGES.ruleAmount, 'Ops added to every card the side plays for Ops (kept within 1..4).'),
        uses: z.array(opsUseSchema).min(1).max(OPS_USES.length).optional().meta({
          description: 'Only for these uses of Ops (default: all of them).',
        }),
      })
      .meta({ description: "The side's cards are worth more (or fewer) Ops." }),
    z
      .strictObject({
        kind: z.literal('influenceCost'),
        region: regionSchema,
        extra: intIn(RANGES.ruleAmount, 'Extra Ops per influence point placed in the region.'),
      })
      .meta({ description: 'Placing influence in the region costs more (or less).' }),
    z
      .strictObject({
        kind: z.literal('sanctionRoll'),
        amount: intIn(RANGES.ruleAmount, "Added to the side's sanction rolls."),
        region: regionSchema.optional().meta({ description: 'Only in this region (default: everywhere).' }),
      })
      .meta({ description: "The side's sanction rolls get a modifier." }),
    z
      .strictObject({
        kind: z.literal('noSanctions'),
        region: regionSchema.optional().meta({ description: 'Only in this region (default: everywhere).' }),
      })
      .meta({ description: 'The side cannot sanction.' }),
    z
      .strictObject({ kind: z.literal('noAdjacency'), region: regionSchema })
      .meta({ description: 'The side may place influence in the region without adjacency.' }),
    z
      .strictObject({
        kind: z.literal('raceCost'),
        amount: intIn(RANGES.ruleAmount, "Extra Ops needed to advance the side's race track."),
      })
      .meta({ description: "Advancing the side's race track costs more (or less)." }),
    z
      .strictObject({
        kind: z.literal('eachRound'),
        at: z
          .enum(['roundStart', 'roundEnd'])
          .meta({ description: '`roundStart` (before the first player is chosen) or `roundEnd` (after the held cards, before the pressure checks).' }),
        effects: effectListSchema.meta({ description: 'Run for the side, as if its event fired, each time.' }),
      })
      .meta({ description: 'Effects that run at the start or the end of every round while the rule lasts.' }),
  ])
  .meta({ id: 'ModifierRule', description: 'A lasting rule change, chosen by `kind`.' });

const side = whoSchema.meta({ description: 'The side the effect is for.' });
const chooser = whoSchema.optional().meta({ description: 'Who picks the spaces (default: `self`).' });
const targets = spaceFilterSchema.meta({ description: 'The spaces the effect may touch.' });
const perSpace = intIn(RANGES.perSpace, 'At most this many points per space.').optional();
const cardCount = intIn(RANGES.cards, 'How many cards.');

const rollOutcome = z
  .strictObject({
    min: intIn(RANGES.rollFace, 'Lowest total (die + modifier) for this outcome.'),
    max: intIn(RANGES.rollFace, 'Highest total (die + modifier) for this outcome.'),
    effects: effectListSchema,
  })
  .refine((o) => o.min <= o.max, { error: ruleText('rule.maxBelowMin'), path: ['max'] });

export const effectSchema = z
  .discriminatedUnion('op', [
    z
      .strictObject({ op: z.literal('vp'), side, amount: valueSchema })
      .meta({ description: 'Leadership points: a positive amount moves the track toward `side`.' }),
    z
      .strictObject({ op: z.literal('moveTrack'), track: trackSchema, by: valueSchema })
      .meta({ description: 'Move the clock, the Stack or the Lock-in track (race steps still pay their rewards).' }),
    z
      .strictObject({ op: z.literal('addInfluence'), side, amount: valueSchema, targets, perSpace, chooser })
      .meta({ description: "Add `side`'s influence, one point at a time, in spaces the chooser picks." }),
    z
      .strictObject({ op: z.literal('removeInfluence'), side, amount: valueSchema, targets, perSpace, chooser })
      .meta({ description: "Remove `side`'s influence, one point at a time, from spaces the chooser picks." }),
    z
      .strictObject({ op: z.literal('clearInfluence'), side, targets })
      .meta({ description: "Remove every point of `side`'s influence in the matching spaces." }),
    z.strictObject({ op: z.literal('draw'), side, count: cardCount }).meta({ description: 'The side draws cards.' }),
    z
      .strictObject({
        op: z.literal('discard'),
        side,
        count: cardCount,
        how: z.enum(['random', 'chosen']).meta({ description: '`random`, or `chosen` by the discarding side.' }),
      })
      .meta({ description: 'The side discards cards from its hand.' }),
    z
      .strictObject({
        op: z.literal('choose'),
        chooser: whoSchema.meta({ description: 'Who chooses.' }),
        options: z
          .array(z.strictObject({ label: textSchema, effects: effectListSchema }))
          .min(2)
          .max(LIMITS.chooseOptions)
          .meta({ description: 'The options, each with a label and its effects.' }),
      })
      .meta({ description: 'A side picks one of several options.' }),
    z
      .strictObject({
        op: z.literal('if'),
        cond: conditionSchema,
        then: effectListSchema.meta({ description: 'Run when the condition holds.' }),
        else: effectListSchema.optional().meta({ description: 'Run when it does not.' }),
      })
      .meta({ description: 'Run effects only when a condition holds.' }),
    z
      .strictObject({
        op: z.literal('repeat'),
        times: intIn({ min: 1, max: LIMITS.repeatTimes }, `How many times (1 to ${LIMITS.repeatTimes}).`),
        effects: effectListSchema,
      })
      .meta({ description: 'Run effects several times.' }),
    z
      .strictObject({
        op: z.literal('forEach'),
        spaces: spaceFilterSchema.meta({ description: 'The spaces to visit; inside, `current: true` is the visited space.' }),
        effects: effectListSchema,
      })
      .meta({ description: 'Run effects once for every matching space.' }),
    z
      .strictObject({
        op: z.literal('modifyNextCard'),
        side,
        opsDelta: intIn(RANGES.opsDelta, 'Ops added (or removed).'),
        use: z.enum(NEXT_CARD_USES).optional().meta({
          description:
            'The play it waits for: `ops` (default) the next card played for Ops, `event` the next card played for its event, `any` the very next card.',
        }),
      })
      .meta({ description: 'The next card `side` plays gets `opsDelta` (Ops stay between 1 and 4), then the change ends.' }),
    z
      .strictObject({
        op: z.literal('lasting'),
        side,
        duration: z.enum(LASTING_DURATIONS).meta({ description: '`round` (ends with the round) or `game`.' }),
        rule: modifierRuleSchema,
        label: textSchema.optional().meta({ description: 'A short reminder shown while the rule lasts.' }),
      })
      .meta({ description: 'Put a lasting rule change in play.' }),
    z
      .strictObject({
        op: z.literal('flag'),
        flag: flagNameSchema,
        set: z.boolean().meta({ description: '`true` sets the flag, `false` clears it.' }),
        label: textSchema
          .optional()
          .meta({ description: "The flag's name shown in play (the log, the situation panel); without it, a name made from the id." }),
        duration: z
          .enum(['round', 'game'])
          .optional()
          .meta({ description: 'With `set: true`: `round` clears the flag at the end of this round; `game` (the default) keeps it.' }),
      })
      .meta({ description: 'Set or clear a named flag that conditions can read.' }),
    z
      .strictObject({ op: z.literal('cancelEvent'), card: cardIdSchema.meta({ description: 'The card whose event is cancelled.' }) })
      .meta({ description: "The named card's event can no longer be played, and its lasting effects end." }),
    z
      .strictObject({
        op: z.literal('roll'),
        side: whoSchema.optional().meta({ description: 'Who rolls (default: `self`).' }),
        modifier: valueSchema.optional().meta({ description: 'Added to the die.' }),
        outcomes: z.array(rollOutcome).min(1).max(LIMITS.rollOutcomes).meta({ description: 'The first outcome whose range holds the total runs.' }),
      })
      .meta({ description: 'Roll a six-sided die, add the modifier, run the matching outcome.' }),
    z
      .strictObject({
        op: z.literal('sanction'),
        side,
        ops: intIn(RANGES.sanctionOps, 'The Ops of the sanction.'),
        targets,
      })
      .meta({ description: 'A sanction made by the event against a space the side picks.' }),
    z.strictObject({ op: z.literal('scoreRegion'), region: regionSchema }).meta({ description: 'Score a region now (scoring cards).' }),
    z
      .strictObject({
        op: z.literal('retrieve'),
        side,
        card: cardIdSchema.optional().meta({ description: 'Only this card, when it is in the discard pile.' }),
        filter: z
          .strictObject({
            side: cardSideSchema.optional().meta({ description: 'Only cards of this side.' }),
            minOps: intIn({ min: 0, max: 4 }, 'Only cards with at least these Ops.').optional(),
          })
          .optional(),
      })
      .meta({ description: "Put a card from the discard pile back into `side`'s hand." }),
    z
      .strictObject({
        op: z.literal('peek'),
        side: whoSchema.meta({ description: 'The side that looks (only it sees the cards).' }),
        at: z.enum(['deck', 'hand']).meta({ description: "`deck`: the top cards of the draw pile; `hand`: the other side's hand." }),
        count: intIn(RANGES.cards, 'How many cards (default: 1 of the draw pile, the whole hand).').optional(),
      })
      .meta({ description: 'A side looks at cards the other side does not see.' }),
    z
      .strictObject({
        op: z.literal('reveal'),
        side: whoSchema.meta({ description: 'The side whose hand is shown.' }),
        count: intIn(RANGES.cards, 'How many cards, at random (default: the whole hand).').optional(),
      })
      .meta({ description: 'Cards of a hand become public: both sides see them until they leave it.' }),
    z
      .strictObject({
        op: z.literal('take'),
        side: whoSchema.meta({ description: "The side that takes, from the other side's hand." }),
        count: cardCount,
        how: z.enum(['random', 'mostOps']).meta({ description: '`random`, or `mostOps`: the cards with the most Ops (ties at random).' }),
      })
      .meta({ description: "A side takes cards from the other side's hand into its own." }),
  ])
  .meta({ id: 'Effect', description: 'One effect, chosen by `op`.' });

const effectArraySchema = z.array(effectSchema).max(LIMITS.effectsPerList).meta({ id: 'EffectList', description: 'Effects, run in order.' });

/** The effect names, in the order the designer's guide lists them. */
export const EFFECT_OPS = effectSchema.options.map((o) => o.shape.op.value);

// The schemas and the contract in types.ts must describe the same data.
type SchemaEffect = z.output<typeof effectSchema>;
type EffectAgreement = {
  [K in Effect['op']]: Mutual<Extract<SchemaEffect, { op: K }>, Extract<Effect, { op: K }>>;
};
expectTrue<EffectAgreement[Effect['op']]>();
expectTrue<Mutual<SchemaEffect['op'], Effect['op']>>();
expectTrue<Mutual<z.output<typeof modifierRuleSchema>, ModifierRule>>();
