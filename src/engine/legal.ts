// Every legal action for the side that must act now. The UI, the bots, the protocol and
// applyAction's check all read this one list.
import type { CardDef, CardId, Side } from '../decks/types.js';
import { card, eventSide, ordinaryCards } from './cards.js';
import { eventCanFire } from './flow.js';
import { canLobbySomewhere, canRace, canSanctionSomewhere, effectiveOps, lobbyTargets, placementCost, placementEligible } from './ops.js';
import { other, SANCTION_MIN_OPS } from './rules.js';
import type { Action, Decision, GameState } from './types.js';

/** Board-wide facts every card's Ops uses depend on: worked out once per list, not per card. */
interface OpsFacts {
  /** The cheapest placement of one influence point (Infinity: nowhere). */
  cheapest: number;
  canSanction: boolean;
  canLobby: boolean;
}

function opsFacts(s: GameState, side: Side): OpsFacts {
  const eligible = placementEligible(s, side);
  let cheapest = Infinity;
  for (const sp of eligible) {
    cheapest = Math.min(cheapest, placementCost(s, side, sp));
    if (cheapest <= 1) break; // nothing costs less
  }
  return { cheapest, canSanction: canSanctionSomewhere(s, side), canLobby: canLobbySomewhere(s, side) };
}

/** The Ops uses a card allows (each is two plays when the opponent's event fires with it). */
function opsUses(s: GameState, side: Side, def: CardDef, facts: OpsFacts): ('influence' | 'sanction' | 'lobby')[] {
  const ops = effectiveOps(s, side, def, 'influence');
  const uses: ('influence' | 'sanction' | 'lobby')[] = [];
  if (facts.cheapest <= ops) uses.push('influence');
  if (facts.canSanction && effectiveOps(s, side, def, 'sanction') >= SANCTION_MIN_OPS) uses.push('sanction');
  if (facts.canLobby) uses.push('lobby');
  return uses;
}

/** Whether a card that is not a scoring card can be played for its own (or a neutral) event. */
function ownEventPlayable(s: GameState, side: Side, id: CardId, def: CardDef): boolean {
  return def.side !== other(side) && eventCanFire(s, id, eventSide(def, side));
}

function playActions(s: GameState, side: Side): Action[] {
  const out: Action[] = [];
  const facts = opsFacts(s, side);
  for (const id of s.hands[side]) {
    const def = card(s, id);
    if (def.scoring) {
      out.push({ type: 'play', card: id, use: 'event' });
      continue;
    }
    if (ownEventPlayable(s, side, id, def)) out.push({ type: 'play', card: id, use: 'event' });
    const opponentEvent = def.side === other(side) && eventCanFire(s, id, def.side);
    for (const use of opsUses(s, side, def, facts)) {
      if (opponentEvent) {
        out.push({ type: 'play', card: id, use, eventFirst: true }, { type: 'play', card: id, use, eventFirst: false });
      } else out.push({ type: 'play', card: id, use });
    }
    if (canRace(s, side, def)) out.push({ type: 'play', card: id, use: 'race' });
  }
  return out;
}

/** Whether playActions would list more than one play, counted the same way card by card, but
 * the plays that need no board-wide facts first: a hand of two cards with their events usually
 * answers without them. A look-ahead stops at nearly every play it reaches, and only needs to
 * know that the play is a real choice (profiled: listing them all was 8% of a normal game). */
function playChoice(s: GameState, side: Side): boolean {
  let plays = 0;
  for (const id of s.hands[side]) {
    const def = card(s, id);
    if (def.scoring) plays++;
    else {
      if (ownEventPlayable(s, side, id, def)) plays++;
      if (canRace(s, side, def)) plays++;
    }
    if (plays > 1) return true;
  }
  const facts = opsFacts(s, side);
  for (const id of s.hands[side]) {
    const def = card(s, id);
    if (def.scoring) continue;
    const opponentEvent = def.side === other(side) && eventCanFire(s, id, def.side);
    plays += opsUses(s, side, def, facts).length * (opponentEvent ? 2 : 1);
    if (plays > 1) return true;
  }
  return false;
}

function placeActions(s: GameState, d: Extract<Decision, { kind: 'place' }>): Action[] {
  return d.eligible
    .filter((sp) => {
      if (d.perSpace !== undefined && (d.placed[sp] ?? 0) >= d.perSpace) return false;
      return d.source === 'event' || placementCost(s, d.owner, sp) <= d.remaining;
    })
    .map((space) => ({ type: 'place', space }));
}

function removeActions(s: GameState, d: Extract<Decision, { kind: 'remove' }>): Action[] {
  return d.eligible
    .filter((sp) => (s.influence[sp]?.[d.owner] ?? 0) > 0 && (d.perSpace === undefined || (d.removed[sp] ?? 0) < d.perSpace))
    .map((space) => ({ type: 'remove', space }));
}

export function legalActionsFor(s: GameState, d: Decision): Action[] {
  switch (d.kind) {
    case 'chooseFirst':
      // A first player fixed in the setup answers round 1's choice: settle applies it.
      if (s.round === 1 && s.setup.first) return [{ type: 'chooseFirst', first: s.setup.first }];
      return [{ type: 'chooseFirst', first: d.side }, { type: 'chooseFirst', first: other(d.side) }];
    case 'headline':
      return ordinaryCards(s, d.side).map((id) => ({ type: 'headline', card: id }));
    case 'play':
      return playActions(s, d.side);
    case 'place':
      return d.remaining > 0 ? placeActions(s, d) : [];
    case 'remove':
      return d.remaining > 0 ? removeActions(s, d) : [];
    case 'sanction':
      return d.eligible.map((space) => ({ type: 'sanction', space }));
    case 'lobby':
      return d.remaining > 0 ? lobbyTargets(s, d.side).map((space) => ({ type: 'lobby', space })) : [];
    case 'choose':
      return d.options.map((_, option) => ({ type: 'choose', option }));
    case 'discard':
      return d.remaining > 0 ? ordinaryCards(s, d.side).map((id) => ({ type: 'discard', card: id })) : [];
    case 'retrieve':
      return d.eligible.map((id) => ({ type: 'retrieve', card: id }));
    case 'hold':
      return ordinaryCards(s, d.side).map((id) => ({ type: 'hold', card: id }));
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

// A produced state never changes, so its legal actions can be kept with it. States played
// in place (applyActionInPlace) do change: the entry also records what every answered
// decision changes (the decision itself or the log), so a stale entry is never used.
const legalCache = new WeakMap<GameState, { decision: GameState['decision']; logLength: number; legal: Action[] }>();

/** The legal actions of the side that must act now (empty when the game is over). */
export function legalActions(s: GameState): Action[] {
  if (s.outcome || !s.decision) return [];
  const hit = legalCache.get(s);
  if (hit && hit.decision === s.decision && hit.logLength === s.log.length) return hit.legal;
  const legal = legalActionsFor(s, s.decision);
  legalCache.set(s, { decision: s.decision, logLength: s.log.length, legal });
  return legal;
}

/** Whether the side to act has more than one legal action (settling a state only needs that). */
export function hasChoice(s: GameState): boolean {
  if (s.outcome || !s.decision) return false;
  const hit = legalCache.get(s);
  if (hit && hit.decision === s.decision && hit.logLength === s.log.length) return hit.legal.length > 1;
  if (s.decision.kind === 'play') return playChoice(s, s.decision.side);
  return legalActions(s).length > 1;
}

/** `copy` is a fresh copy of `s` (same decision, same log): it keeps the list already made for
 * `s`, if any, so a look-ahead that copies a position does not list its actions again. */
export function keepLegalActions(s: GameState, copy: GameState): void {
  const hit = legalCache.get(s);
  if (!hit || hit.decision !== s.decision || hit.logLength !== s.log.length || copy.log.length !== s.log.length) return;
  legalCache.set(copy, { decision: copy.decision, logLength: copy.log.length, legal: hit.legal });
}

/** The side that must act now, if any. */
export function actingSide(s: GameState): Side | null {
  return s.outcome || !s.decision ? null : s.decision.side;
}

/** A stable key for an action, to compare actions and find one in a list. */
export function actionKey(a: Action): string {
  const fields = a as unknown as Record<string, unknown>;
  return Object.keys(fields)
    .filter((k) => fields[k] !== undefined)
    .sort()
    .map((k) => `${k}=${String(fields[k])}`)
    .join(';');
}

const ACTION_FIELDS = ['type', 'card', 'use', 'eventFirst', 'space', 'option', 'first'] as const;

/** Whether two actions are the same move (fields compared one by one: it runs on every action). */
export function sameAction(a: Action, b: Action): boolean {
  // Usually the very action listed: a look-ahead answers with an action from the list it checks.
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const f of ACTION_FIELDS) if (x[f] !== y[f]) return false;
  return fieldCount(x) === fieldCount(y);
}

/** Object.keys(x).length without the array. */
function fieldCount(x: object): number {
  let n = 0;
  for (const _field in x) n++;
  return n;
}
