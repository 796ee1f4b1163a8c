// A card played in an action round (flow.ts advance asks it): for its event, or for its Ops
// used one way (influence, sanction, lobby, a race step). An opponent's card fires its event
// too, before or after the Ops as the player says.
import type { CardDef, CardId, Side } from '../../decks/types.js';
import { card, eventSide, queueEvent } from '../cards.js';
import { eventCanFire } from '../flow.js';
import { log } from '../log.js';
import {
  advanceRace,
  canLobbySomewhere,
  canRace,
  canSanctionSomewhere,
  effectiveOps,
  eventPlayOps,
  placementCost,
  placementEligible,
  useEventModifiers,
  useOpsModifiers,
} from '../ops.js';
import { other, SANCTION_MIN_OPS } from '../rules.js';
import type { Action, GameState } from '../types.js';
import type { AnswerOf, DecisionRules } from './rules.js';

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

function playActions(s: GameState, side: Side): AnswerOf<'play'>[] {
  const out: AnswerOf<'play'>[] = [];
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

function playCard(s: GameState, side: Side, action: Extract<Action, { type: 'play' }>): void {
  const id: CardId = action.card;
  const def = card(s, id);
  s.hands[side].splice(s.hands[side].indexOf(id), 1);
  s.actionsTaken[side]++;
  s.phasing = side;
  if (action.use === 'event') {
    const ops = eventPlayOps(s, side, def);
    log(s, { type: 'play', side, card: id, use: 'event', ops });
    useEventModifiers(s, side);
    if (side === 'us' && def.tags?.includes('control')) s.stats.us.controlOps += ops;
    queueEvent(s, side, id, 'action');
    return;
  }
  s.inPlay.push(id);
  const ops = effectiveOps(s, side, def, action.use);
  log(s, { type: 'play', side, card: id, use: action.use, ops });
  useOpsModifiers(s, side, def, action.use);
  s.tasks.push({ t: 'endPlay', side, card: id, kind: 'action', fired: false });
  if (action.use === 'race') {
    advanceRace(s, side);
    return;
  }
  const opsTask = { t: 'ops', side, card: id, use: action.use, ops } as const;
  const opponentEvent = def.side === other(side) && eventCanFire(s, id, def.side);
  const eventTask = { t: 'event', card: id, self: eventSide(def, side), phasing: side } as const;
  if (!opponentEvent) s.tasks.push(opsTask);
  else if (action.eventFirst) s.tasks.push(opsTask, eventTask);
  else s.tasks.push(eventTask, opsTask);
}

export const play: DecisionRules<'play'> = {
  legal: (s, d) => playActions(s, d.side),
  hasChoice: (s, d) => playChoice(s, d.side),
  answer(s, d, action) {
    s.decision = null;
    playCard(s, d.side, action);
  },
};
