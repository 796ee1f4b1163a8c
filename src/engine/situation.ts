// What decides the game, read from a player's view: each persona's goal this round and how far
// it is, the lasting effects and markers in force, the China Market's dominance threat and
// encirclement, and what final scoring would give if the game ended now. Pure functions of
// public fields (influence, stats, tracks, modifiers, flags), so the screen can show them to
// either player: no hand, no draw pile, no secret headline is read.
import type { CardDef, CardId, Condition, Effect, ModifierRule, RegionId, Side, Text } from '../decks/types.js';
import { walkCard, walkEffects } from '../decks/effect-walk.js';
import { REGIONS, SPACES_BY_REGION } from './board.js';
import { controller, isEncircled } from './control.js';
import { pressureCheck, regionLevels, regionPoints, type PressureFacts, type ScoringLevel } from './scoring.js';
import { DOMINANCE_FROM_ROUND, DOMINANCE_REGIONS, ENCIRCLEMENT_SPACES, LEADERSHIP_LIMIT, other } from './rules.js';
import type { GameState, Modifier, Persona } from './types.js';

/** A persona's pressure check as it stands now (the check itself comes at the end of the round). */
export interface GoalProgress {
  side: Side;
  persona: Persona;
  needed: number;
  done: number;
  /** Met if the round ended now. */
  met: boolean;
  /** Leadership the opponent would gain if the round ended now (0 when met). */
  penalty: number;
}

export function goalProgress(view: PressureFacts, side: Side): GoalProgress {
  const check = pressureCheck(view, side);
  return { side, persona: view.setup.personas[side], ...check, met: check.penalty === 0 };
}

/** A lasting effect in force: its card, who it binds, for how long, and the deck's label for it. */
export interface LastingEffect {
  card: CardId;
  side: Side;
  duration: Modifier['duration'];
  rule: ModifierRule;
  /** The `label` the deck gives this `lasting` effect; null when the deck has none (e.g. a next-card bonus). */
  label: Text | null;
  /** A next-card change waiting for an event play or for any play (Modifier.next). */
  next?: 'event' | 'any';
}

const sameRule = (a: ModifierRule, b: ModifierRule): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The label of the `lasting` effect of `card` that made this modifier, searched through the whole
 * event. A card may set the same rule on each side with a label each (Woodside Summit: no US
 * sanctions, no Chinese sanctions): an effect that names the other side is not this one. */
export function labelOf(card: CardDef | undefined, modifier: Pick<Modifier, 'duration' | 'rule'> & { side?: Side }): Text | null {
  if (!card) return null;
  let found: Text | null = null;
  walkEffects(
    card.event,
    [],
    {
      effect(e: Effect) {
        if (found !== null || e.op !== 'lasting' || !e.label) return;
        const otherSide = modifier.side !== undefined && (e.side === 'us' || e.side === 'china') && e.side !== modifier.side;
        if (!otherSide && e.duration === modifier.duration && sameRule(e.rule, modifier.rule)) found = e.label;
      },
    },
    1,
    false,
  );
  return found;
}

export function lastingEffects(view: Pick<GameState, 'modifiers'>, cards: Readonly<Record<CardId, CardDef>>): LastingEffect[] {
  return view.modifiers.map((m) => ({
    card: m.source,
    side: m.side,
    duration: m.duration,
    rule: m.rule,
    label: labelOf(cards[m.source], m),
    ...(m.next ? { next: m.next } : {}),
  }));
}

/** A marker in force (a deck `flag`), the cards whose events set it, for naming it, and the cards
 * whose events (or requirements) read it: a marker does nothing itself, it changes what they do. */
export interface Marker {
  flag: string;
  setBy: CardId[];
  readBy: CardId[];
}

export function markersInForce(view: Pick<GameState, 'flags'>, cards: Readonly<Record<CardId, CardDef>>): Marker[] {
  return view.flags.map((flag) => ({ flag, setBy: cardsSetting(flag, cards), readBy: cardsReading(flag, cards) }));
}

/** The cards of the catalogue with a condition on `flag` in their event or their requirement. */
export function cardsReading(flag: string, cards: Readonly<Record<CardId, CardDef>>): CardId[] {
  const ids: CardId[] = [];
  for (const card of Object.values(cards)) {
    let reads = false;
    walkCard(card, [], { condition: (c: Condition) => void (reads ||= 'flag' in c && c.flag === flag) });
    if (reads) ids.push(card.id);
  }
  return ids;
}

/** The name a deck gives `flag` (a `label` on a `flag` effect that names it), or null. */
export function flagLabel(flag: string, cards: Readonly<Record<CardId, CardDef>>): Text | null {
  let found: Text | null = null;
  for (const card of Object.values(cards)) {
    walkEffects(card.event, [], { effect: (e: Effect) => void (found ??= e.op === 'flag' && e.flag === flag && e.label ? e.label : null) }, 1, false);
    if (found) return found;
  }
  return null;
}

/** The cards of the catalogue whose event sets `flag` (the catalogue is public: the Cards screen lists it). */
export function cardsSetting(flag: string, cards: Readonly<Record<CardId, CardDef>>): CardId[] {
  const ids: CardId[] = [];
  for (const card of Object.values(cards)) {
    let sets = false;
    walkEffects(card.event, [], { effect: (e: Effect) => void (sets ||= e.op === 'flag' && e.set && e.flag === flag) }, 1, false);
    if (sets) ids.push(card.id);
  }
  return ids;
}

/** Control of a dominance region (the China Market) by a side: the next scoring there wins for it
 * once `live` (from round 2); before, it only pays Control's points. */
export interface DominanceThreat {
  region: RegionId;
  side: Side;
  live: boolean;
}

export function dominanceThreats(view: Pick<GameState, 'influence' | 'round'>): DominanceThreat[] {
  const threats: DominanceThreat[] = [];
  for (const region of DOMINANCE_REGIONS) {
    const levels = regionLevels(view, region);
    for (const side of ['us', 'china'] as const) {
      if (levels[side] === 'control') threats.push({ region, side, live: view.round >= DOMINANCE_FROM_ROUND });
    }
  }
  return threats;
}

/** Encirclement of one side: how many Global South spaces its opponent controls, of the number needed. */
export interface Encirclement {
  side: Side;
  encircled: boolean;
  held: number;
  needed: number;
}

export function encirclement(view: Pick<GameState, 'influence'>, side: Side): Encirclement {
  const held = SPACES_BY_REGION.globalSouth.filter((sp) => controller(view, sp.id) === other(side)).length;
  return { side, encircled: isEncircled(view, side), held, needed: ENCIRCLEMENT_SPACES };
}

export interface RegionProjection {
  region: RegionId;
  level: Record<Side, ScoringLevel>;
  us: number;
  china: number;
}

/** Final scoring as if the game ended now: each region in the rules' order, Leadership after it,
 * and the winner (an end of the track reached on the way stops the count, as in play). */
export interface FinalProjection {
  regions: RegionProjection[];
  leadership: number;
  winner: Side | null;
}

export function projectedFinal(view: Pick<GameState, 'influence' | 'leadership'>): FinalProjection {
  let leadership = view.leadership;
  const regions: RegionProjection[] = [];
  for (const region of REGIONS) {
    if (Math.abs(leadership) >= LEADERSHIP_LIMIT) break;
    const level = regionLevels(view, region);
    const us = regionPoints(view, region, 'us', level.us);
    const china = regionPoints(view, region, 'china', level.china);
    regions.push({ region, level, us, china });
    leadership = Math.max(-LEADERSHIP_LIMIT, Math.min(LEADERSHIP_LIMIT, leadership + us - china));
  }
  return { regions, leadership, winner: leadership > 0 ? 'us' : leadership < 0 ? 'china' : null };
}

/** A region's line of a scoring that happened: what each side scored, at which level. */
export interface RegionScore {
  region: RegionId;
  us: number;
  china: number;
  level: { us: string; china: string };
}

/** The final scoring of a finished game, from its public log: each region in order, and Leadership
 * before and after it. Null when the game did not end by final scoring. */
export interface FinalBreakdown {
  regions: RegionScore[];
  before: number;
  after: number;
}

export function finalBreakdown(view: Pick<GameState, 'log' | 'outcome' | 'leadershipHistory'>): FinalBreakdown | null {
  const o = view.outcome;
  if (!o || o.reason !== 'finalScoring') return null;
  const regions: RegionScore[] = [];
  // Final scoring is the run of region scores (and the Leadership they moved) that ends the log.
  for (let i = view.log.length - 1; i >= 0; i--) {
    const e = view.log[i];
    if (!e || e.type === 'gameOver') continue;
    if (e.type === 'track' && e.track === 'leadership' && e.reason.startsWith('score:')) continue;
    if (e.type !== 'score') break;
    regions.unshift({ region: e.region, us: e.us, china: e.china, level: e.level });
  }
  const before = view.leadershipHistory[view.leadershipHistory.length - 1] ?? 0;
  return { regions, before, after: o.leadership };
}
