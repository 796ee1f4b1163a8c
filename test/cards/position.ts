// Hand-made positions for the card tests: a real game on the shipped decks, advanced by
// its own rules to the first action round, then set to a small, known board so that a
// card's event has one visible effect.
import { expect } from 'vitest';
import { applyAction, cloneState, createGame, legalActions, rules, SPACES } from '../../src/engine/index.js';
import type { Action, CardId, GameState, Persona, Side, SpaceId } from '../../src/engine/index.js';
import type { CardDef } from '../../src/decks/types.js';
import { freshStats } from '../../src/engine/flow.js';
import { nextRandom } from '../../src/engine/rng.js';
import { legalWithOrdinaryHeadlines } from '../engine/helpers.js';

export interface PositionOptions {
  /** The side that plays the card. */
  side: Side;
  personas?: { us: Persona; china: Persona };
  /** Influence as [us, china] per space; every space not named is empty. */
  board?: Record<SpaceId, [number, number]>;
  /** The playing side's last action of the round (the opponent has played all of theirs):
   * the round ends as soon as the event is over. */
  lastAction?: boolean;
  seed?: number;
}

export const DEFAULT_PERSONAS = { us: 'washington', china: 'beijing' } as const;

/** A new game on `cards` with these personas, straight from createGame. */
export function newGame(cards: CardDef[], personas: { us: Persona; china: Persona } = DEFAULT_PERSONAS, seed = 1): GameState {
  return createGame({ seed, personas, cards, decks: [{ id: 'test', hash: 'test' }] });
}

/** Move `card` into `side`'s hand, from wherever it is. */
export function giveCard(s: GameState, card: CardId, side: Side): void {
  for (const list of [s.deck, s.discard, s.removed, s.box, s.hands.us, s.hands.china, s.aside.us, s.aside.china]) {
    const at = list.indexOf(card);
    if (at >= 0) list.splice(at, 1);
  }
  s.hands[side].push(card);
}

/** A mutable position where `opts.side` is about to play `card`, on a clean, known board. */
export function position(cards: CardDef[], card: CardId, opts: PositionOptions): GameState {
  let game = newGame(cards, opts.personas, opts.seed);
  // Advance by the rules (first legal answer each time) to the first action round. Headlines stay
  // ordinary cards, so signature cards are still in hand.
  while (game.decision?.kind !== 'play') {
    if (game.outcome || !game.decision) throw new Error('the game ended before its first action round');
    game = applyAction(game, legalWithOrdinaryHeadlines(game)[0] as Action);
  }
  const s = cloneState(game);
  s.leadership = 0;
  s.clock = rules.CLOCK_START;
  s.stack = 0;
  s.lockIn = 0;
  s.flags = [];
  s.modifiers = [];
  s.cancelled = [];
  s.eventsPlayed = [];
  s.stats = { us: freshStats(), china: freshStats() };
  s.raceUsed = { us: false, china: false };
  const opp = rules.other(opts.side);
  s.actionsTaken = { [opts.side]: opts.lastAction ? s.actionsPerRound - 1 : 0, [opp]: opts.lastAction ? s.actionsPerRound : 0 } as Record<Side, number>;
  for (const sp of SPACES) {
    const [us, china] = opts.board?.[sp.id] ?? [0, 0];
    s.influence[sp.id] = { us, china };
  }
  // Scoring cards left in a hand would score at the end of the round and blur the test.
  for (const side of ['us', 'china'] as const) {
    const scoring = s.hands[side].filter((id) => s.cards[id]?.scoring && id !== card);
    s.hands[side] = s.hands[side].filter((id) => !scoring.includes(id));
    s.deck.unshift(...scoring);
  }
  giveCard(s, card, opts.side);
  s.phasing = opts.side;
  s.decision = { kind: 'play', side: opts.side };
  return s;
}

/** Hand a position back to `side` for another play (e.g. a second event, or a card for Ops). */
export function turnOf(state: GameState, side: Side, card?: CardId): GameState {
  const s = cloneState(state);
  if (card) giveCard(s, card, side);
  s.phasing = side;
  s.decision = { kind: 'play', side };
  return s;
}

export function playEvent(s: GameState, card: CardId): GameState {
  return applyAction(s, { type: 'play', card, use: 'event' });
}

export const place = (space: SpaceId): Action => ({ type: 'place', space });
export const remove = (space: SpaceId): Action => ({ type: 'remove', space });
export const sanction = (space: SpaceId): Action => ({ type: 'sanction', space });
export const choose = (option: number): Action => ({ type: 'choose', option });
export const retrieve = (card: CardId): Action => ({ type: 'retrieve', card });

/** Answer the event's decisions in order. */
export function answer(s: GameState, ...actions: Action[]): GameState {
  let next = s;
  for (const a of actions) next = applyAction(next, a);
  return next;
}

/** The spaces the side that must answer may pick now. */
export function choices(s: GameState): string[] {
  return legalActions(s).map((a) => ('space' in a ? a.space : 'card' in a ? a.card : a.type === 'choose' ? String(a.option) : a.type));
}

/** A copy of `s` whose next d6 is `die`: tests name the roll instead of hoping for it. */
export function withNextRoll(state: GameState, die: number): GameState {
  const s = cloneState(state);
  for (let seed = 1; seed < 10_000; seed++) {
    const probe = { rng: seed };
    if (1 + Math.floor(nextRandom(probe) * 6) === die) {
      s.rng = seed;
      return s;
    }
  }
  throw new Error(`no generator state rolls ${die}`);
}

/** The dice the event rolled, in order. */
export function rollsSince(before: GameState, after: GameState): number[] {
  return after.log.slice(before.log.length).flatMap((e) => (e.type === 'roll' || e.type === 'sanction' ? [e.roll] : []));
}

export function influence(s: GameState, space: SpaceId): [number, number] {
  const inf = s.influence[space];
  return [inf?.us ?? 0, inf?.china ?? 0];
}

/** The event is over: the card has left play as its definition says, and the next action round has begun. */
export function expectEventOver(s: GameState, def: CardDef, side: Side): void {
  expect(s.outcome).toBeNull();
  const first = s.firstPlayer;
  const second = rules.other(first);
  expect(s.decision).toEqual({ kind: 'play', side: s.actionsTaken[first] <= s.actionsTaken[second] ? first : second });
  expect(s.inPlay).toEqual([]);
  expect(s.eventsPlayed).toContain(def.id);
  expect(s.hands[side]).not.toContain(def.id);
  // A bargaining chip passes face down to the other side; a signature card waits for its owner.
  const where = def.passes ? s.aside[rules.other(side)] : def.signature ? s.aside[side] : def.removeAfterEvent ? s.removed : s.discard;
  expect(where).toContain(def.id);
}

/** Whether the side to play may play `card` for its event now. */
export function eventIsLegal(s: GameState, card: CardId): boolean {
  return legalActions(s).some((a) => a.type === 'play' && a.card === card && a.use === 'event');
}

/** Finish a round that ended with the event: the first legal answer to each hold and to each
 * leftover event it fires. */
export function toNextRound(state: GameState): GameState {
  let s = state;
  const round = s.round;
  // The holds, and the choices of any opponent's card that fires from a hand at the hold.
  while (s.round === round && s.decision && s.decision.kind !== 'play' && !s.outcome) s = applyAction(s, legalActions(s)[0] as Action);
  expect(s.round).toBe(round + 1);
  expect(s.decision?.kind).toBe('chooseFirst');
  return s;
}

/** Play `card` for influence as `side`: the Ops it was worth, and the position after. */
export function opsForInfluence(state: GameState, side: Side, card: CardId): { ops: number; after: GameState } {
  const s = turnOf(state, side, card);
  const after = applyAction(s, { type: 'play', card, use: 'influence' });
  const entry = after.log.slice(s.log.length).find((e) => e.type === 'play');
  if (entry?.type !== 'play') throw new Error('no play was logged');
  return { ops: entry.ops, after };
}

/** Answer the event's remaining decisions with their first legal answer. */
export function finishEvent(state: GameState): GameState {
  let s = state;
  const eventDecisions = ['place', 'remove', 'choose', 'sanction', 'retrieve', 'discard'];
  while (s.decision && eventDecisions.includes(s.decision.kind)) s = applyAction(s, legalActions(s)[0] as Action);
  return s;
}

/** Make the discard pile exactly `ids` (what was there goes back into the draw pile). */
export function setDiscard(s: GameState, ids: CardId[]): void {
  for (const list of [s.deck, s.hands.us, s.hands.china]) {
    for (const id of ids) if (list.includes(id)) list.splice(list.indexOf(id), 1);
  }
  s.deck.push(...s.discard.filter((id) => !ids.includes(id)));
  s.discard = [...ids];
}

/** The influence changes logged since `before`: [who made the change, whose influence, space, delta]. */
export function influenceLog(before: GameState, after: GameState): [Side, Side, SpaceId, number][] {
  return after.log.slice(before.log.length).flatMap((e) => (e.type === 'influence' ? [[e.side, e.owner, e.space, e.delta] as [Side, Side, SpaceId, number]] : []));
}

/** The sides that rolled a die since `before`, with their rolls. */
export function rollLog(before: GameState, after: GameState): [Side, number][] {
  return after.log.slice(before.log.length).flatMap((e) => (e.type === 'roll' ? [[e.side, e.roll] as [Side, number]] : []));
}
