// Remembering the quick policy's board estimates. A look-ahead meets the same position many
// times in one move: every deal of the hidden cards, and every card of the same Ops played the
// same way, leads to the same placement, sanction or lobbying decision on the same board. The
// estimates behind those answers (greedy placement, sanctions and lobbying over the dice) are
// most of a normal bot's time (profiled: about two thirds), and they read only the public board.
//
// A position's key is everything in the state those estimates can read: every field KEYED does
// not mark 'unread', plus the scoring cards each side counts as held (heldScoring, the one way
// they read hands, the discard pile and the removed cards). KEYED names every field of the
// state, so a field the rules add later fails the typecheck here until it is classified.
//
// Keys are built and hashed for every answer a look-ahead gives (profiled at about a sixth of a
// normal game when they were JSON of each field, some 800 characters): the fields the estimates
// read are written as bare numbers and short codes, about a quarter of that. Two positions get
// the same key exactly when they did with JSON, so the same estimates are remembered.
import type { Side, SpaceId } from '../decks/types.js';
import { REGIONS } from '../engine/index.js';
import type { Decision, GameState, RoundStats } from '../engine/index.js';
import { SPACE_INDEX } from './board-read.js';
import type { Weights } from './evaluate.js';
import { heldScoring } from './evaluate.js';

/** How a field goes into the key: not at all, as its number or text, or by its own encoder. */
type FieldCode = 'unread' | 'number' | 'text' | ((s: GameState) => string);

/** A space as its board index (a few digits) instead of its id; an id off the board as itself, marked. */
function spaceCode(id: SpaceId): string {
  const at = SPACE_INDEX[id];
  return at === undefined ? `#${id}` : `${at}`;
}

function spaceList(ids: readonly SpaceId[]): string {
  let key = '';
  for (const id of ids) key += `${spaceCode(id)},`;
  return key;
}

function spaceCounts(counts: Readonly<Record<SpaceId, number>>): string {
  let key = '';
  for (const id in counts) key += `${spaceCode(id)}:${counts[id]},`;
  return key;
}

/** The decisions board estimates are asked about, field by field; any other as JSON. Every field
 * of each kind is written (`perSpace` may be absent: written empty, which no number is) except
 * the card that asks: the answers and their legal actions never read it, and leaving it out
 * lets every card of the same Ops share them (a sixth fewer estimates in a normal game). */
function decisionKey(d: Decision | null): string {
  if (d === null) return 'null';
  switch (d.kind) {
    case 'play':
      return `play:${d.side}`;
    case 'place':
      return `place:${d.side},${d.owner},${d.remaining},${d.source},${d.perSpace ?? ''};${spaceList(d.eligible)};${spaceCounts(d.placed)}`;
    case 'remove':
      return `remove:${d.side},${d.owner},${d.remaining},${d.perSpace ?? ''};${spaceList(d.eligible)};${spaceCounts(d.removed)}`;
    case 'sanction':
      return `sanction:${d.side},${d.ops},${d.free};${spaceList(d.eligible)}`;
    case 'lobby':
      return `lobby:${d.side},${d.remaining}`;
    case 'chooseFirst':
    case 'headline':
    case 'choose':
    case 'discard':
    case 'retrieve':
    case 'hold':
      return JSON.stringify(d);
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Every field of the round's stats, by name (a field added to RoundStats fails the typecheck here). */
const STATS: { [K in keyof RoundStats]: (st: RoundStats) => string } = {
  controlOps: (st) => `${st.controlOps}`,
  influencePlaced: (st) => {
    let key = '';
    for (const region of REGIONS) key += `${st.influencePlaced[region]},`;
    return key;
  },
  stackAdvanced: (st) => `${st.stackAdvanced}`,
};
const STAT_CODES = Object.values(STATS);

function statsKey(st: RoundStats): string {
  let key = '';
  for (const code of STAT_CODES) key += `${code(st)};`;
  return key;
}

/** Influence as its numbers only, in the board's fixed order: the largest part of a key, kept short. */
function influenceKey(influence: GameState['influence']): string {
  let key = '';
  for (const id in influence) {
    const inf = influence[id] as { us: number; china: number };
    key += `${inf.us}.${inf.china},`;
  }
  return key;
}

/** Every state field and how the key reads it ('unread': the estimates never read it;
 * test/ai/quick-memo.test.ts changes those and compares answers). */
const KEYED: { [K in keyof GameState]: FieldCode } = {
  rulesVersion: 'unread',
  setup: 'unread',
  cards: 'unread',
  rng: 'unread',
  revealCount: 'unread',
  round: 'number',
  rounds: 'number',
  phase: 'text',
  firstPlayer: 'unread',
  phasing: 'text',
  leadership: 'unread',
  clock: 'number',
  stack: 'number',
  lockIn: 'number',
  raceReached: 'unread',
  influence: (s) => influenceKey(s.influence),
  box: 'unread',
  deck: 'unread',
  discard: 'unread',
  removed: 'unread',
  hands: 'unread',
  aside: 'unread',
  headline: 'unread',
  headlineRevealed: 'unread',
  inPlay: 'unread',
  actionsTaken: (s) => `${s.actionsTaken.us},${s.actionsTaken.china}`,
  actionsPerRound: 'number',
  raceUsed: 'unread',
  stats: (s) => `${statsKey(s.stats.us)}${statsKey(s.stats.china)}`,
  modifiers: (s) => (s.modifiers.length === 0 ? '' : JSON.stringify(s.modifiers)),
  flags: (s) => (s.flags.length === 0 ? '' : JSON.stringify(s.flags)),
  eventsPlayed: 'unread',
  cancelled: 'unread',
  tasks: 'unread',
  decision: (s) => decisionKey(s.decision),
  log: 'unread',
  leadershipHistory: 'unread',
  outcome: 'unread',
  actionCount: 'unread',
};

/** The read fields in a fixed order, each with how it is written. */
const READ = Object.entries(KEYED).filter((entry): entry is [keyof GameState, Exclude<FieldCode, 'unread'>] => entry[1] !== 'unread');

/** The key of `s` for estimates made for `side` (held scoring cards are read for that side). */
export function boardKey(s: GameState, side: Side, w: Weights): string {
  let key = `${side}|${s.setup.personas.us}|${s.setup.personas.china}|`;
  const held = heldScoring(s, w, side);
  for (const region of REGIONS) key += `${held.us[region]},${held.china[region]},`;
  const fields = s as unknown as Record<string, unknown>;
  for (const [field, code] of READ) {
    if (code === 'number' || code === 'text') key += `|${fields[field] as number | string}`;
    else key += `|${code(s)}`;
  }
  return key;
}

/** Entries kept per set of weights before starting afresh (a bot with fixed weights would otherwise grow without end). */
const MAX_ENTRIES = 50_000;

/**
 * A memo per set of weights: the normal bot makes new weights (with the threat of the moment)
 * for every move, so its entries go with that move; fixed weights (easy, hard) keep theirs.
 */
export class WeightsMemo<V> {
  private readonly byWeights = new WeakMap<Weights, Map<string, V>>();

  get(w: Weights, key: string): V | undefined {
    return this.byWeights.get(w)?.get(key);
  }

  set(w: Weights, key: string, value: V): void {
    let map = this.byWeights.get(w);
    if (!map || map.size >= MAX_ENTRIES) {
      map = new Map();
      this.byWeights.set(w, map);
    }
    map.set(key, value);
  }
}
