// The key the quick policy remembers its board estimates by (see quick-memo.ts).
//
// A position's key is everything in the state those estimates can read: every field KEYED does
// not mark 'unread', plus the scoring cards each side counts as held (heldScoring, the one way
// they read hands, the discard pile and the removed cards). KEYED names every field of the
// state, so a field the rules add later fails the typecheck here until it is classified.
//
// Keys are made for every answer a look-ahead gives. As JSON (some 800 characters) they were a
// sixth of a normal game, building the text and hashing it; as short text still a tenth. A key
// is now a row of numbers (text interned as a number) with a 32-bit hash, and two positions get
// the same key exactly when they got the same text, so the same estimates are remembered.
import type { RegionId, Side, SpaceId } from '../decks/types.js';
import { REGIONS, rules } from '../engine/index.js';
import type { Decision, GameState, RoundStats } from '../engine/index.js';
import { SPACE_INDEX, influenceEntries } from './board-read.js';
import type { HeldScoring, Weights } from './evaluate.js';
import { heldScoring } from './evaluate.js';

/** A position's key: its numbers, and their hash. */
export interface BoardKey {
  /** A plain array: a typed array this long lives outside the heap, and allocating one per key
   * (a slice of the row) was half of the key's time and a share of the garbage collector's. */
  readonly codes: readonly number[];
  readonly hash: number;
}

/** How a field goes into the key: not at all, or by its writer (a function per field reads it
 * monomorphically: a loop over field names read each one by a megamorphic keyed load). */
type FieldCode = 'unread' | ((s: GameState) => void);

/** Every text a key has held, as a number from 1 (0 is never a text). Ids, personas, phases and
 * the odd JSON of a rare field: a few hundred in a long run. */
const texts = new Map<string, number>();

function textCode(text: string): number {
  let code = texts.get(text);
  if (code === undefined) {
    code = texts.size + 1;
    texts.set(text, code);
  }
  return code;
}

/** The key being written (grown when a position needs more room), and its 32-bit halves for hashing. */
let row = new Float64Array(256);
let words = new Int32Array(row.buffer);
let length = 0;

function put(x: number): void {
  if (length === row.length) {
    const bigger = new Float64Array(row.length * 2);
    bigger.set(row);
    row = bigger;
    words = new Int32Array(row.buffer);
  }
  row[length++] = x;
}

/** A space as its board index; an id off the board as its text code past every index. */
export function spaceCode(id: SpaceId): number {
  const at = SPACE_INDEX[id];
  return at === undefined ? 1000 + textCode(id) : at;
}

function putSpace(id: SpaceId): void {
  put(spaceCode(id));
}

function putSpaces(ids: readonly SpaceId[]): void {
  put(ids.length);
  for (const id of ids) putSpace(id);
}

function putSpaceCounts(counts: Readonly<Record<SpaceId, number>>): void {
  put(Object.keys(counts).length);
  for (const id in counts) {
    putSpace(id);
    put(counts[id] as number);
  }
}

function putSide(side: Side): void {
  put(side === 'us' ? 1 : 2);
}

/** `perSpace` may be absent: written as its own mark first. */
function putOptional(x: number | undefined): void {
  if (x === undefined) put(0);
  else {
    put(1);
    put(x);
  }
}

const KINDS: Record<Decision['kind'] | 'none', number> = {
  none: 0,
  play: 1,
  place: 2,
  remove: 3,
  sanction: 4,
  lobby: 5,
  chooseFirst: 6,
  headline: 7,
  choose: 8,
  discard: 9,
  retrieve: 10,
  hold: 11,
};

/** What a placement's remaining Ops tell its answer and its legal actions: only which spaces a point
 * can afford. So any number at or above the dearest a point can cost reads the same (an influence
 * card of 3 Ops and one of 4 ask the same first question), and an event's points, which cost
 * nothing, read nothing: 1. */
function placeBudget(s: GameState, d: Extract<Decision, { kind: 'place' }>): number {
  if (d.source === 'event') return 1;
  // The engine's placementCost: 2 in a space the other side controls, more to open one, plus lasting extras.
  let dearest = 2 + rules.OPENING_COST;
  for (const m of s.modifiers) if (m.side === d.owner && m.rule.kind === 'influenceCost' && m.rule.extra > 0) dearest += m.rule.extra;
  return Math.min(d.remaining, dearest);
}

/** The decisions board estimates are asked about, field by field; any other as the code of its
 * JSON. Every field of each kind is written except the card that asks: the answers and their
 * legal actions never read it, and leaving it out lets every card of the same Ops share them (a
 * sixth fewer estimates in a normal game). */
function putDecision(s: GameState, d: Decision | null): void {
  if (d === null) {
    put(KINDS.none);
    return;
  }
  put(KINDS[d.kind]);
  switch (d.kind) {
    case 'play':
      putSide(d.side);
      return;
    case 'place':
      putSide(d.side);
      putSide(d.owner);
      put(placeBudget(s, d));
      put(textCode(d.source));
      putOptional(d.perSpace);
      putSpaces(d.eligible);
      putSpaceCounts(d.placed);
      return;
    case 'remove':
      putSide(d.side);
      putSide(d.owner);
      put(d.remaining);
      putOptional(d.perSpace);
      putSpaces(d.eligible);
      putSpaceCounts(d.removed);
      return;
    case 'sanction':
      putSide(d.side);
      put(d.ops);
      put(d.free ? 1 : 0);
      putSpaces(d.eligible);
      return;
    case 'lobby':
      putSide(d.side);
      // Each roll is asked alike however many are left (its legal targets and its answer never read them).
      put(1);
      return;
    case 'chooseFirst':
    case 'headline':
    case 'choose':
    case 'discard':
    case 'retrieve':
    case 'hold':
      put(textCode(JSON.stringify(d)));
      return;
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Every field of the round's stats, by name (a field added to RoundStats fails the typecheck here). */
const STATS: { [K in keyof RoundStats]: (st: RoundStats) => void } = {
  controlOps: (st) => put(st.controlOps),
  influencePlaced: (st) => {
    for (const region of REGIONS) put(st.influencePlaced[region]);
  },
  stackAdvanced: (st) => put(st.stackAdvanced),
};
const STAT_WRITERS = Object.values(STATS);

function putStats(st: RoundStats): void {
  for (const write of STAT_WRITERS) write(st);
}

/** Lists coded lately, with their items: a copied state shares its lasting rules (the rules
 * never change one in place) and its flags are text, so items that are the same values are the
 * same list, without writing its JSON again (profiled at 5% of a normal game). */
const recentLists: { items: readonly unknown[]; code: number }[] = [];
const RECENT_LISTS = 16;

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A list that is often empty (lasting rules, flags): 0, or the code of its JSON. */
function putRare(list: readonly unknown[]): void {
  if (list.length === 0) {
    put(0);
    return;
  }
  for (const recent of recentLists) {
    if (sameItems(recent.items, list)) {
      put(recent.code);
      return;
    }
  }
  const code = textCode(JSON.stringify(list));
  if (recentLists.length >= RECENT_LISTS) recentLists.shift();
  recentLists.push({ items: list.slice(), code });
  put(code);
}

/** Every state field and how the key reads it ('unread': the estimates never read it;
 * test/ai/quick-memo.test.ts changes those and compares answers). */
const KEYED: { [K in keyof GameState]: FieldCode } = {
  rulesVersion: 'unread',
  setup: 'unread',
  cards: 'unread',
  rng: 'unread',
  revealCount: 'unread',
  round: (s) => put(s.round),
  rounds: (s) => put(s.rounds),
  phase: (s) => put(textCode(s.phase)),
  firstPlayer: 'unread',
  phasing: (s) => putSide(s.phasing),
  leadership: 'unread',
  clock: (s) => put(s.clock),
  stack: (s) => put(s.stack),
  lockIn: (s) => put(s.lockIn),
  raceReached: 'unread',
  // Influence as its numbers only, in the board's fixed order (a space with no entry as -1): the largest part of a key.
  influence: (s) => {
    for (const inf of influenceEntries(s)) {
      if (inf) {
        put(inf.us);
        put(inf.china);
      } else put(-1);
    }
  },
  box: 'unread',
  deck: 'unread',
  discard: 'unread',
  removed: 'unread',
  hands: 'unread',
  aside: 'unread',
  headline: 'unread',
  headlineRevealed: 'unread',
  inPlay: 'unread',
  actionsTaken: (s) => {
    put(s.actionsTaken.us);
    put(s.actionsTaken.china);
  },
  actionsPerRound: (s) => put(s.actionsPerRound),
  raceUsed: 'unread',
  stats: (s) => {
    putStats(s.stats.us);
    putStats(s.stats.china);
  },
  modifiers: (s) => putRare(s.modifiers),
  flags: (s) => putRare(s.flags),
  roundFlags: (s) => putRare(s.roundFlags ?? []),
  eventsPlayed: 'unread',
  cancelled: 'unread',
  tasks: 'unread',
  decision: (s) => putDecision(s, s.decision),
  log: 'unread',
  leadershipHistory: 'unread',
  outcome: 'unread',
  actionCount: 'unread',
};

/** The writers of the read fields, in a fixed order. */
const WRITERS = Object.values(KEYED).filter((code): code is Exclude<FieldCode, 'unread'> => code !== 'unread');

/** The last setup's personas as codes: a game keeps its setup, and looking both up was a tenth of a key. */
let lastSetup: GameState['setup'] | null = null;
let personaCodes: [number, number] = [0, 0];

function putPersonas(setup: GameState['setup']): void {
  if (setup !== lastSetup) {
    lastSetup = setup;
    personaCodes = [textCode(setup.personas.us), textCode(setup.personas.china)];
  }
  put(personaCodes[0]);
  put(personaCodes[1]);
}

/** FNV-1a over the 32-bit halves of the row's numbers (a small integer's low half is zero). */
function rowHash(): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < 2 * length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  return h;
}

/** The key of `s` for estimates made for `side` (held scoring cards are read for that side: `held`, when its caller has them). */
export function boardKey(s: GameState, side: Side, w: Weights, held: HeldScoring = heldScoring(s, w, side)): BoardKey {
  length = 0;
  putSide(side);
  putPersonas(s.setup);
  for (const region of REGIONS as readonly RegionId[]) {
    put(held.us[region]);
    put(held.china[region]);
  }
  for (const write of WRITERS) write(s);
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = row[i] as number;
  return { codes, hash: rowHash() };
}
