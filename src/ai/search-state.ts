// Private copies of a game state for look-ahead: a bot plays actions in place on its copy
// (applyActionInPlace), many times a move, so copying and re-dealing must be cheap.
import type { CardId, Side } from '../decks/types.js';
import type { GameState, RoundStats } from '../engine/index.js';
import { keepLegalActions, plainCopy, rules } from '../engine/index.js';
import { shuffle } from '../engine/rng.js';
import { sampledDice } from './seeding.js';

/** Parts of decisions and tasks that come from the catalogue and that the rules never change: shared, not copied. */
const SHARED = new Set(['cards', 'list', 'options', 'labels', 'rule']);

function pair<T>(r: Record<Side, T[]>): Record<Side, T[]> {
  return { us: r.us.slice(), china: r.china.slice() };
}

function copyInfluence(influence: GameState['influence']): GameState['influence'] {
  const out: GameState['influence'] = {};
  for (const id in influence) {
    const inf = influence[id] as { us: number; china: number };
    out[id] = { us: inf.us, china: inf.china };
  }
  return out;
}

function copyStats(st: RoundStats): RoundStats {
  // Field by field, in the engine's order (freshStats): a spread and an overwrite was 1.5% of a normal game.
  return { controlOps: st.controlOps, influencePlaced: { ...st.influencePlaced }, stackAdvanced: st.stackAdvanced };
}

/**
 * A private mutable copy of `s` (and the list of legal actions, when `s` has one: the copy's
 * first move is checked against it). Every field is named, so a field the rules add later fails
 * the typecheck here. Copied field by field, a state takes a third of the time a walk over its
 * keys took (profiled: forking was 8% of a normal game), and it shares what the rules never
 * change in place: the catalogue, the setup, lasting rules and log entries (both are only ever
 * added or removed whole), and the catalogue's parts inside decisions and tasks.
 */
export function forkState(s: GameState): GameState {
  const fork = copyOf(s, s);
  keepLegalActions(s, fork);
  return fork;
}

/** The parts of a position a player's view does not hold: a deal of the hidden cards supplies them. */
export type DealtParts = Pick<GameState, 'setup' | 'cards' | 'rng' | 'deck' | 'hands' | 'headline' | 'log'>;

/** A private mutable position from the public parts of `open` (a view) and a deal of the rest. */
export function dealtState(open: Omit<GameState, keyof DealtParts>, dealt: DealtParts): GameState {
  return copyOf(open, dealt);
}

function copyOf(s: Omit<GameState, keyof DealtParts>, d: DealtParts): GameState {
  return {
    rulesVersion: s.rulesVersion,
    setup: d.setup,
    cards: d.cards,
    rng: d.rng,
    revealCount: s.revealCount,
    round: s.round,
    rounds: s.rounds,
    phase: s.phase,
    firstPlayer: s.firstPlayer,
    phasing: s.phasing,
    leadership: s.leadership,
    clock: s.clock,
    stack: s.stack,
    lockIn: s.lockIn,
    raceReached: { ...s.raceReached },
    influence: copyInfluence(s.influence),
    box: s.box.slice(),
    deck: d.deck.slice(),
    discard: s.discard.slice(),
    removed: s.removed.slice(),
    hands: pair(d.hands),
    aside: pair(s.aside),
    headline: { ...d.headline },
    headlineRevealed: s.headlineRevealed,
    inPlay: s.inPlay.slice(),
    actionsTaken: { ...s.actionsTaken },
    actionsPerRound: s.actionsPerRound,
    raceUsed: { ...s.raceUsed },
    stats: { us: copyStats(s.stats.us), china: copyStats(s.stats.china) },
    modifiers: s.modifiers.slice(),
    flags: s.flags.slice(),
    ...(s.roundFlags ? { roundFlags: s.roundFlags.slice() } : {}),
    eventsPlayed: s.eventsPlayed.slice(),
    cancelled: s.cancelled.slice(),
    tasks: plainCopy(s.tasks, SHARED),
    decision: plainCopy(s.decision, SHARED),
    log: d.log.slice(),
    leadershipHistory: s.leadershipHistory.slice(),
    outcome: s.outcome && { ...s.outcome },
    actionCount: s.actionCount,
  };
}

/** Where the cards a side cannot see lie in a determinized state, so they can be dealt again. */
export interface HiddenDeal {
  side: Side;
  /** The opponent's cards known to it (never re-dealt). */
  opponentKnown: CardId[];
  secretHeadline: boolean;
}

/**
 * Deal the hidden cards of a determinized state again, in place: the opponent's unknown
 * cards, its secret headline and the draw pile are gathered, shuffled and dealt back in the
 * same numbers, and the dice get a new generator. Used once per search iteration.
 */
export function redeal(s: GameState, deal: HiddenDeal, rng: { rng: number }): void {
  const opp = rules.other(deal.side);
  const known = new Set(deal.opponentKnown);
  const hand = s.hands[opp];
  const keep = hand.filter((id) => known.has(id));
  const pool = hand.filter((id) => !known.has(id));
  const dealt = pool.length;
  const headline = deal.secretHeadline ? s.headline[opp] : null;
  if (headline !== null) pool.push(headline);
  pool.push(...s.deck);
  shuffle(rng, pool);
  s.hands[opp] = [...keep, ...pool.slice(0, dealt)];
  let next = dealt;
  if (headline !== null) s.headline[opp] = pool[next++] as CardId;
  s.deck = pool.slice(next);
  s.rng = sampledDice(rng);
  // The hands changed under the same decision: a new (equal) decision object retires any list
  // of legal actions kept for the old deal (the engine keeps one per decision object).
  if (s.decision) s.decision = { ...s.decision };
}
