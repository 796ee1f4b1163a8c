// Reading a saved game for the debrief: any JSON object with a `setup` and an `actions` list
// (the save files of src/store are such objects), checked with zod and re-folded through the
// rules. The actions are read with the save files' own schema (src/store/save-file.ts); the
// rest asks only for what a replay needs, so saves of any version that keep those two fields are
// accepted. A save that names other rules (`rulesVersion`) is refused: its actions would replay
// as another game.
import { z } from 'zod';
import type { CardDef } from '../decks/types.js';
import { applyAction, createGame, IllegalActionError, rules, SetupError } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import { actionSchema, personasSchema, sideSchema } from '../store/save-file.js';

const savedGameSchema = z.looseObject({
  setup: z.looseObject({
    seed: z.number().int(),
    personas: personasSchema,
    rounds: z.number().int().optional(),
    handicap: z.number().int().optional(),
    first: sideSchema.optional(),
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
      state = applyAction(state, action);
    } catch (error) {
      if (error instanceof IllegalActionError) throw new SavedGameError('replay', { reason: error.message, n: i + 1, total });
      throw error;
    }
  });
  return state;
}
