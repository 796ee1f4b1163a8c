// The save file: a game's setup plus its action list, with the hash of the state they fold
// into and a checksum of the whole. Written with one action a line so it stays readable and
// diffable; read back through a zod schema, so a damaged or foreign file is refused cleanly.
import { z } from 'zod';
import { MAX_JSON_DEPTH, jsonTooDeep } from '../decks/bounded-read.js';
import type { Action, GameState, Outcome, Persona, Phase } from '../engine/index.js';
import { rules } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { LANGS } from '../i18n/lang.js';
import { saveChecksum } from './checksum.js';
import { SaveError, saveWords } from './save-error.js';

export const SAVE_FORMAT = 'silicon-curtain-save';
export const SAVE_FORMAT_VERSION = 1;
/** Larger than any real save (a 9-round game is ~1,000 actions, ~60 KB), small enough that a crafted
 * file costs little to refuse: checked before reading. */
export const MAX_SAVE_BYTES = 2 * 1024 * 1024;

/** Who sits at each side: 'human' or a bot's name. */
export interface Seats {
  us: string;
  china: string;
}

/** The setup as saved: what createGame needs except the cards, which come from the deck files. */
export interface SavedSetup {
  seed: number;
  personas: { us: Persona; china: Persona };
  rounds: number;
  handicap: number;
  /** The first player of round 1 when the game fixed it (`--first`); absent when it was chosen. */
  first?: 'us' | 'china';
  seats: Seats;
  lang: Lang;
  /** Deck files loaded besides the base deck, as absolute paths. */
  deckFiles: string[];
}

/** Where the game stands, so `saves` can list games without replaying them. */
export interface SaveProgress {
  round: number;
  phase: Phase;
  outcome: Outcome | null;
}

/** An extra deck's content as it was played (embedded-decks.ts): its canonical JSON, gzipped and
 * base64-encoded when large. A save that carries it replays after the deck file is edited or moved. */
export interface EmbeddedDeck {
  id: string;
  hash: string;
  /** The file it was loaded from, for messages. */
  file: string;
  json?: string;
  gzip?: string;
}

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  formatVersion: typeof SAVE_FORMAT_VERSION;
  rulesVersion: string;
  appVersion: string;
  decks: { id: string; hash: string }[];
  /** Absent in saves of games with the base deck only, and in saves written before it existed. */
  deckContents?: EmbeddedDeck[];
  setup: SavedSetup;
  actions: Action[];
  /** saveHash of the state the actions fold into. */
  finalHash: string;
  progress: SaveProgress;
  savedAt: string;
  checksum: string;
}

export const sideSchema = z.enum(['us', 'china']);
const cardId = z.string().min(1).max(100);
const spaceId = z.string().min(1).max(100);
const spaceAction = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), space: spaceId });
const cardAction = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), card: cardId });

/** One action as saves, tutorial progress and the network carry it: the engine's Action (the
 * save schema's `satisfies` below holds the two together). */
export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('chooseFirst'), first: sideSchema }),
  cardAction('headline'),
  z.strictObject({
    type: z.literal('play'),
    card: cardId,
    use: z.enum(['event', 'influence', 'sanction', 'lobby', 'race']),
    eventFirst: z.boolean().optional(),
  }),
  spaceAction('place'),
  spaceAction('remove'),
  spaceAction('sanction'),
  spaceAction('lobby'),
  z.strictObject({ type: z.literal('choose'), option: z.int().min(0).max(99) }),
  cardAction('discard'),
  cardAction('retrieve'),
  cardAction('hold'),
]);

const outcomeSchema = z.object({
  winner: sideSchema.nullable(),
  reason: z.enum(['leadership', 'suddenDeath', 'dominance', 'finalScoring']),
  leadership: z.int(),
  round: z.int(),
  region: z.enum(['chinaMarket', 'developers', 'globalSouth', 'supplyChain']).optional(),
  loser: sideSchema.optional(),
});

/** Who plays each side; the debrief's reader of any saved game uses it too. */
export const personasSchema = z.object({ us: z.enum(['washington', 'nvidia']), china: z.enum(['beijing', 'huawei']) });

const seatName = z.string().min(1).max(40);

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.literal(SAVE_FORMAT_VERSION),
  rulesVersion: z.string().min(1).max(40),
  appVersion: z.string().max(40),
  decks: z
    .array(z.object({ id: z.string().min(1).max(100), hash: z.string().min(1).max(200) }))
    .min(1)
    .max(50),
  deckContents: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        hash: z.string().min(1).max(200),
        file: z.string().max(4096),
        json: z.string().max(MAX_SAVE_BYTES).optional(),
        gzip: z.string().max(MAX_SAVE_BYTES).optional(),
      }),
    )
    .max(50)
    .optional(),
  setup: z.object({
    seed: z.int(),
    personas: personasSchema,
    rounds: z.int().min(1).max(rules.MAX_ROUNDS),
    handicap: z.int().min(-rules.MAX_HANDICAP).max(rules.MAX_HANDICAP),
    first: sideSchema.optional(),
    seats: z.object({ us: seatName, china: seatName }),
    lang: z.enum(LANGS as [Lang, ...Lang[]]),
    deckFiles: z.array(z.string().min(1).max(4096)).max(50),
  }),
  actions: z.array(actionSchema).max(rules.MAX_ACTIONS),
  finalHash: z.string().regex(/^[0-9a-f]{16}$/),
  progress: z.object({
    round: z.int().min(1).max(rules.MAX_ROUNDS),
    phase: z.enum(['chooseFirst', 'headline', 'actions', 'over']),
    outcome: outcomeSchema.nullable(),
  }),
  savedAt: z.iso.datetime(),
  checksum: z.string(),
}) satisfies z.ZodType<SaveFile>;

/** The file's text: top-level fields one a line, one action a line. */
export function formatSave(save: SaveFile): string {
  const lines = Object.entries(save).map(([key, value]) => {
    if (key === 'actions' && Array.isArray(value) && value.length > 0) {
      return `  "actions": [\n${value.map((a) => `    ${JSON.stringify(a)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export interface SaveContent {
  appVersion: string;
  decks: { id: string; hash: string }[];
  deckContents?: readonly EmbeddedDeck[];
  setup: SavedSetup;
  actions: readonly Action[];
  state: GameState;
  finalHash: string;
  savedAt: Date;
}

/** A complete save, checksum included, for the game `content.state` is in. */
export function buildSave(content: SaveContent): SaveFile {
  const { state } = content;
  const save: SaveFile = {
    format: SAVE_FORMAT,
    formatVersion: SAVE_FORMAT_VERSION,
    rulesVersion: state.rulesVersion,
    appVersion: content.appVersion,
    decks: content.decks.map((d) => ({ id: d.id, hash: d.hash })),
    ...(content.deckContents && content.deckContents.length > 0 ? { deckContents: content.deckContents.map((d) => ({ ...d })) } : {}),
    setup: content.setup,
    actions: [...content.actions],
    finalHash: content.finalHash,
    progress: { round: state.round, phase: state.phase, outcome: state.outcome },
    savedAt: content.savedAt.toISOString(),
    checksum: '',
  };
  save.checksum = saveChecksum(save as unknown as Record<string, unknown>);
  return save;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the top level';
  return `${at}: ${issue.message}`;
}

/** Reads a save's text. Throws SaveError with a one-line reason for anything but a good save. */
export function parseSave(text: string, name: string): SaveFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const looksLikeSave = body.slice(0, 200).includes(`"${SAVE_FORMAT}"`);
  if (body.trim() === '') {
    throw new SaveError('damaged', saveWords('save.empty', { name }));
  }
  // A save nests 4 deep; millions of `[` would cost seconds and gigabytes to parse and check.
  if (jsonTooDeep(body)) throw new SaveError('notASave', saveWords('save.tooDeep', { name, depth: MAX_JSON_DEPTH }));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    if (!looksLikeSave) throw new SaveError('notASave', saveWords('save.notJson', { name }));
    // A file cut short fails at its very end ("Unexpected end", or a position at the last character).
    const message = error instanceof Error ? error.message : '';
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    const cutShort = /end of (JSON )?input/i.test(message) || position >= body.trimEnd().length;
    throw new SaveError('damaged', saveWords(cutShort ? 'save.truncated' : 'save.badJson', { name }));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    throw new SaveError('notASave', saveWords('save.notASave', { name }));
  }
  const record = data as Record<string, unknown>;
  const version = record.formatVersion;
  if (typeof version === 'number' && version > SAVE_FORMAT_VERSION) {
    throw new SaveError('newerFormat', saveWords('save.newer', { name, version }));
  }
  let expected: string;
  try {
    expected = saveChecksum(record);
  } catch {
    throw new SaveError('damaged', saveWords('save.unchecked', { name }));
  }
  if (record.checksum !== expected) {
    throw new SaveError('damaged', saveWords('save.checksum', { name }));
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SaveError('invalid', saveWords('save.invalid', { name, detail: first ? describeIssue(first) : saveWords('save.unknownProblem') }));
  }
  return parsed.data as SaveFile;
}
