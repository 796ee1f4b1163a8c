// Every legal action for the side that must act now. The UI, the bots, the protocol and
// applyAction's check all read this one list.
import type { Side } from '../decks/types.js';
import { card, eventSide, ordinaryCards } from './cards.js';
import { eventCanFire } from './flow.js';
import { canLobbySomewhere, canRace, canSanctionSomewhere, effectiveOps, lobbyTargets, placementCost, placementEligible } from './ops.js';
import { other } from './rules.js';
import type { Action, Decision, GameState } from './types.js';

function playActions(s: GameState, side: Side): Action[] {
  const out: Action[] = [];
  // Board-wide facts are the same for every card in hand: work them out once.
  const eligible = placementEligible(s, side);
  let cheapest = Infinity;
  for (const sp of eligible) {
    cheapest = Math.min(cheapest, placementCost(s, side, sp));
    if (cheapest <= 1) break; // nothing costs less
  }
  const canSanction = canSanctionSomewhere(s, side);
  const canLobby = canLobbySomewhere(s, side);
  for (const id of s.hands[side]) {
    const def = card(s, id);
    if (def.scoring) {
      out.push({ type: 'play', card: id, use: 'event' });
      continue;
    }
    const ownOrNeutral = def.side !== other(side);
    if (ownOrNeutral && eventCanFire(s, id, eventSide(card(s, id), side))) out.push({ type: 'play', card: id, use: 'event' });
    const opponentEvent = !ownOrNeutral && eventCanFire(s, id, def.side as Side);
    const ops = effectiveOps(s, side, def, 'influence');
    const uses: ('influence' | 'sanction' | 'lobby')[] = [];
    if (cheapest <= ops) uses.push('influence');
    if (canSanction) uses.push('sanction');
    if (canLobby) uses.push('lobby');
    for (const use of uses) {
      if (opponentEvent) {
        out.push({ type: 'play', card: id, use, eventFirst: true }, { type: 'play', card: id, use, eventFirst: false });
      } else out.push({ type: 'play', card: id, use });
    }
    if (canRace(s, side, def)) out.push({ type: 'play', card: id, use: 'race' });
  }
  return out;
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
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const f of ACTION_FIELDS) if (x[f] !== y[f]) return false;
  return Object.keys(x).length === Object.keys(y).length;
}
