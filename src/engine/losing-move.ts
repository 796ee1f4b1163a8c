// Whether an action, taken now, makes its own player lose on the spot: the clock taken to 1
// (sudden death for the side acting) or Leadership pushed to the opponent's end. The screen
// asks it so a move that throws the game away is marked and confirmed, never taken by accident.
// It reads a PlayerView and the card catalogue only: never a hidden hand, the draw pile or the
// opponent's secret headline. It follows the parts of an event that public facts decide (fixed
// track moves, in order) and stops, saying nothing, at the first die, choice, count or hidden fact.
import type { CardDef, CardId, Effect, Side } from '../decks/types.js';
import { eventSide, isOrdinary } from './cards.js';
import { holds, sideOf } from './conditions.js';
import { CLOCK_MAX, CLOCK_MIN, LEADERSHIP_LIMIT, leadershipReach, other } from './rules.js';
import type { Action, EffectContext } from './types.js';
import type { PlayerView } from './view.js';

export interface LosingMove {
  /** The track that ends the game and the value it would reach. */
  track: 'clock' | 'leadership';
  to: number;
  /** False when a hidden fact (the opponent's secret headline, which may fire first) could change it. */
  sure: boolean;
}

type Catalog = Readonly<Record<CardId, CardDef>>;

/** The public tracks as an event moves them, and the side acting (the one sudden death hits). */
interface Tracks {
  clock: number;
  leadership: number;
  /** How far Leadership goes this round (one short of the end in round 1). */
  reach: number;
  actor: Side;
  /** The side taking the action: the one whose loss is looked for. */
  player: Side;
  /** Whether a track moved, so a later card's requirement, read on the view, may no longer hold. */
  moved: boolean;
}

/** Where following an event left off: still going, the actor lost, or nothing more can be known. */
type Step = { kind: 'going' } | { kind: 'lost'; track: LosingMove['track']; to: number } | { kind: 'unknown' };

const GOING: Step = { kind: 'going' };
const UNKNOWN: Step = { kind: 'unknown' };

/** One effect at the top of an event, in order. */
function follow(t: Tracks, effect: Effect, ctx: EffectContext): Step {
  switch (effect.op) {
    case 'moveTrack': {
      // Race steps pay Leadership rewards that depend on steps reached before: not followed.
      if (effect.track !== 'clock' || typeof effect.by !== 'number') return UNKNOWN;
      const to = Math.max(CLOCK_MIN, Math.min(CLOCK_MAX, t.clock + effect.by));
      t.moved ||= to !== t.clock;
      t.clock = to;
      if (to > CLOCK_MIN) return GOING;
      // Sudden death ends the game against the side acting: a win when that is not the player.
      return t.actor === t.player ? { kind: 'lost', track: 'clock', to } : UNKNOWN;
    }
    case 'vp': {
      if (typeof effect.amount !== 'number') return UNKNOWN;
      const toward = sideOf(effect.side, ctx);
      const to = Math.max(-t.reach, Math.min(t.reach, t.leadership + (toward === 'us' ? effect.amount : -effect.amount)));
      t.moved ||= to !== t.leadership;
      t.leadership = to;
      if (Math.abs(to) < LEADERSHIP_LIMIT) return GOING;
      const winner: Side = to > 0 ? 'us' : 'china';
      // The player winning first ends the game too: nothing after it can lose it.
      return winner === t.player ? UNKNOWN : { kind: 'lost', track: 'leadership', to };
    }
    // These move influence, cards or rules, never a track: the event goes on past them.
    case 'addInfluence':
    case 'removeInfluence':
    case 'clearInfluence':
    case 'draw':
    case 'discard':
    case 'modifyNextCard':
    case 'lasting':
    case 'flag':
    case 'cancelEvent':
    case 'retrieve':
    case 'peek':
    case 'reveal':
    case 'take':
      return GOING;
    // A die, a player's choice, a condition or a count on the board decides what follows.
    case 'choose':
    case 'if':
    case 'repeat':
    case 'forEach':
    case 'roll':
    case 'sanction':
    case 'scoreRegion':
      return UNKNOWN;
    default: {
      const unhandled: never = effect;
      throw new Error(`effect not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function followAll(t: Tracks, effects: readonly Effect[], ctx: EffectContext): Step {
  for (const effect of effects) {
    const step = follow(t, effect, ctx);
    if (step.kind !== 'going') return step;
  }
  return GOING;
}

/** A card's event fired with `actor` acting, for `self`; a requirement is read on the view. */
function fire(view: PlayerView, cards: Catalog, t: Tracks, id: CardId, self: Side): Step {
  const def = cards[id];
  if (!def || view.cancelled.includes(id)) return UNKNOWN;
  if (def.requires !== undefined) {
    if (t.moved) return UNKNOWN;
    // Requirements read public fields only (holds takes a ConditionBoard, which a view is).
    if (!holds(view, def.requires, { self, card: id })) return GOING;
  }
  return followAll(t, def.event, { self, card: id });
}

function ownerOf(def: CardDef | undefined, side: Side): Side {
  return def ? eventSide(def, side) : side;
}

function result(step: Step, sure: boolean): LosingMove | null {
  return step.kind === 'lost' ? { track: step.track, to: step.to, sure } : null;
}

/** The loss `action` brings on the side taking it, as far as public facts decide; null otherwise. */
export function losingMove(view: PlayerView, cards: Catalog, action: Action): LosingMove | null {
  const side = view.side;
  const tracks = (): Tracks => ({
    clock: view.clock,
    leadership: view.leadership,
    reach: leadershipReach(view.round),
    actor: side,
    player: side,
    moved: false,
  });
  switch (action.type) {
    case 'play': {
      const def = cards[action.card];
      // An Ops use of one's own card, or a race (which never fires the card's event), moves no track through an event.
      const fires = action.use === 'event' || (def?.side === other(side) && action.use !== 'race');
      if (!fires) return null;
      // Ops spent before the event place influence, sanction or lobby: no track moves, so the order does not matter.
      return result(fire(view, cards, tracks(), action.card, ownerOf(def, side)), true);
    }
    case 'headline':
      // The opponent's headline is secret and may fire first and move the clock: a possible loss only.
      return result(fire(view, cards, tracks(), action.card, ownerOf(cards[action.card], side)), false);
    case 'hold': {
      // The opponent's cards not kept fire one after another, in hand order, the holder acting.
      const t = tracks();
      const released = view.hand.filter((id) => id !== action.card && isOrdinary(cards[id]) && cards[id]?.side === other(side));
      for (const id of released) {
        const step = fire(view, cards, t, id, other(side));
        if (step.kind !== 'going') return result(step, true);
      }
      return null;
    }
    case 'choose': {
      const d = view.decision;
      if (d?.kind !== 'choose') return null;
      const t: Tracks = { ...tracks(), actor: view.phasing };
      return result(followAll(t, d.options[action.option] ?? [], d.ctx), true);
    }
    // Placing, removing, sanctioning and lobbying move no track at once; the rest decide no event.
    case 'chooseFirst':
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
    case 'discard':
    case 'retrieve':
      return null;
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}
