// Reading a saved game for the debrief: any JSON object with a `setup` and an `actions` list
// (the save files of src/store are such objects), checked with zod and re-folded through the
// rules. This reader asks only for what a replay needs, so it accepts saves of any version
// that keep those two fields; a save that names other rules (`rulesVersion`) is refused, as its
// actions would replay as another game.
import { z } from 'zod';
import type { CardDef } from '../decks/types.js';
import { applyAction, createGame, IllegalActionError, rules, SetupError } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';

const side = z.enum(['us', 'china']);
const card = z.string().min(1);
const space = z.string().min(1);

/** One action as a save records it (the engine's Action). */
export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chooseFirst'), first: side }),
  z.object({ type: z.literal('headline'), card }),
  z.object({
    type: z.literal('play'),
    card,
    use: z.enum(['event', 'influence', 'sanction', 'lobby', 'race']),
    eventFirst: z.boolean().optional(),
  }),
  z.object({ type: z.literal('place'), space }),
  z.object({ type: z.literal('remove'), space }),
  z.object({ type: z.literal('sanction'), space }),
  z.object({ type: z.literal('lobby'), space }),
  z.object({ type: z.literal('choose'), option: z.number().int().min(0) }),
  z.object({ type: z.literal('discard'), card }),
  z.object({ type: z.literal('retrieve'), card }),
  z.object({ type: z.literal('hold'), card }),
]);

const savedGameSchema = z.looseObject({
  setup: z.looseObject({
    seed: z.number().int(),
    personas: z.object({ us: z.enum(['washington', 'nvidia']), china: z.enum(['beijing', 'huawei']) }),
    rounds: z.number().int().optional(),
    handicap: z.number().int().optional(),
    first: side.optional(),
    decks: z.array(z.object({ id: z.string(), hash: z.string() })).optional(),
  }),
  actions: z.array(actionSchema),
  rulesVersion: z.string().optional(),
});

export type SavedGame = z.infer<typeof savedGameSchema>;

/** Why a file cannot be debriefed, worded by the caller: the problem kind plus its details. */
export class SavedGameError extends Error {
  override readonly name = 'SavedGameError';
  constructor(
    readonly kind: 'json' | 'shape' | 'setup' | 'rules' | 'replay',
    readonly detail: { reason: string; n?: number; total?: number },
  ) {
    super(detail.reason);
  }
}

/** The first problem zod found, as "actions.3.type: ..." (one line). */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function parseSavedGame(text: string): SavedGame {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SavedGameError('json', { reason: error instanceof Error ? error.message : String(error) });
  }
  const parsed = savedGameSchema.safeParse(data);
  if (!parsed.success) throw new SavedGameError('shape', { reason: firstIssue(parsed.error) });
  return parsed.data;
}

/** The game's final state: the setup with these cards, then every action folded in. */
export function replaySavedGame(saved: SavedGame, cards: CardDef[], decks: { id: string; hash: string }[]): GameState {
  // `reason` is the save's rules version: the caller words the line with both versions.
  if (saved.rulesVersion !== undefined && saved.rulesVersion !== rules.RULES_VERSION) throw new SavedGameError('rules', { reason: saved.rulesVersion });
  const { seed, personas, rounds, handicap, first } = saved.setup;
  let state: GameState;
  try {
    state = createGame({ seed, personas, rounds, handicap, ...(first ? { first } : {}), cards, decks: saved.setup.decks ?? decks });
  } catch (error) {
    if (error instanceof SetupError) throw new SavedGameError('setup', { reason: error.message });
    throw error;
  }
  const total = saved.actions.length;
  saved.actions.forEach((action, i) => {
    try {
      state = applyAction(state, action as Action);
    } catch (error) {
      if (error instanceof IllegalActionError) throw new SavedGameError('replay', { reason: error.message, n: i + 1, total });
      throw error;
    }
  });
  return state;
}
