// Moving cards between places: drawing (with reshuffles), discarding, and where a card
// goes when it has been played.
import { isDraft, original } from 'immer';
import type { CardDef, CardId, Side } from '../decks/types.js';
import { log } from './log.js';
import { randomInt, shuffle } from './rng.js';
import { other } from './rules.js';
import { sideBehind } from './tracks.js';
import type { GameState } from './types.js';

/** The catalogue never changes during a game: read it from the base state, not through a draft. */
function catalogue(s: GameState): GameState['cards'] {
  return isDraft(s) ? (original(s) as GameState).cards : s.cards;
}

export function card(s: GameState, id: CardId): CardDef {
  const def = catalogue(s)[id];
  if (!def) throw new Error(`unknown card ${id}`);
  return def;
}

/** Whether a card counts toward the hand size and may be headlined, held or discarded: every
 * card but signature cards and bargaining chips, which stay in hand between rounds. */
export function isOrdinary(def: CardDef | undefined): boolean {
  return def !== undefined && def.signature === undefined && def.passes !== true;
}

/** Cards that count toward the hand size and may be held: everything but signature cards and bargaining chips. */
export function ordinaryCards(s: GameState, side: Side): CardId[] {
  const cards = catalogue(s);
  return s.hands[side].filter((id) => isOrdinary(cards[id]));
}

/** Cards a side may headline (6.2.1): its ordinary cards, and its signature card unless it leads
 * on Leadership. The side that is not ahead may open a round with its persona's big lever and keep
 * its hand for the action rounds: a catch-up, and own cards left for their events. */
export function headlineCards(s: GameState, side: Side): CardId[] {
  const leads = sideBehind(s) === other(side);
  return s.hands[side].filter((id) => {
    const def = card(s, id);
    return def.signature === undefined ? isOrdinary(def) : !leads;
  });
}

export function drawCards(s: GameState, side: Side, count: number): number {
  let drawn = 0;
  for (let i = 0; i < count; i++) {
    if (s.deck.length === 0) {
      if (s.discard.length === 0) break;
      s.deck.push(...s.discard);
      s.discard = [];
      shuffle(s, s.deck);
      log(s, { type: 'reshuffle', count: s.deck.length });
    }
    const id = s.deck.pop();
    if (id === undefined) break;
    s.hands[side].push(id);
    drawn++;
  }
  if (drawn > 0) {
    s.revealCount++;
    log(s, { type: 'draw', side, count: drawn });
  }
  return drawn;
}

export function discardFromHand(s: GameState, side: Side, id: CardId): void {
  const hand = s.hands[side];
  const at = hand.indexOf(id);
  if (at < 0) return;
  hand.splice(at, 1);
  s.discard.push(id);
  log(s, { type: 'discard', side, card: id });
}

export function discardRandom(s: GameState, side: Side): void {
  const choices = ordinaryCards(s, side);
  if (choices.length === 0) return;
  s.revealCount++;
  discardFromHand(s, side, choices[randomInt(s, choices.length)] as CardId);
}

/** Who a card's event works for: its side, or the side that plays it for a neutral card. */
export function eventSide(def: CardDef, player: Side): Side {
  return def.side === 'neutral' ? player : def.side;
}

/** Put a card in play for its event: the event runs first, then the card leaves play (the task
 * stack runs last-in first-out). `player` is the acting side, who loses a clock taken to 1. */
export function queueEvent(s: GameState, player: Side, id: CardId, kind: 'action' | 'headline' | 'leftover'): void {
  s.inPlay.push(id);
  s.tasks.push({ t: 'endPlay', side: player, card: id, kind, fired: false });
  s.tasks.push({ t: 'event', card: id, self: eventSide(card(s, id), player), phasing: player });
}

/** A played card leaves play: signature cards wait for next round, a bargaining chip passes face
 * down to the other side (theirs from next round), fired one-offs leave the game. */
export function finishPlay(s: GameState, side: Side, id: CardId, fired: boolean): void {
  const at = s.inPlay.indexOf(id);
  if (at >= 0) s.inPlay.splice(at, 1);
  const def = card(s, id);
  if (def.passes) {
    const to = other(side);
    s.aside[to].push(id);
    log(s, { type: 'bargainPasses', card: id, from: side, to });
  } else if (def.signature) s.aside[side].push(id);
  else if (fired && def.removeAfterEvent) s.removed.push(id);
  else s.discard.push(id);
}
