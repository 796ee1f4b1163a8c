// Reading an effect's words against the board: who `self` is, which spaces a filter
// names, what a counted value comes to, whether a condition holds.
import type { Condition, Side, SpaceFilter, SpaceId, Value, Who } from '../decks/types.js';
import { SPACES } from './board.js';
import { controller } from './control.js';
import { other } from './rules.js';
import type { EffectContext, GameState } from './types.js';

/** The fields a condition reads: all public, so a player's view answers one too. */
export type ConditionBoard = Pick<
  GameState,
  'influence' | 'leadership' | 'clock' | 'stack' | 'lockIn' | 'flags' | 'eventsPlayed' | 'phasing' | 'round' | 'rounds'
> & {
  setup: Pick<GameState['setup'], 'personas'>;
};

export function sideOf(who: Who, ctx: { self: Side }): Side {
  switch (who) {
    case 'self':
      return ctx.self;
    case 'opponent':
      return other(ctx.self);
    case 'us':
    case 'china':
      return who;
    default: {
      const unhandled: never = who;
      throw new Error(`who not handled: ${String(unhandled)}`);
    }
  }
}

export function matchSpaces(s: Pick<GameState, 'influence'>, filter: SpaceFilter, ctx: EffectContext): SpaceId[] {
  const regions = filter.region === undefined ? null : Array.isArray(filter.region) ? filter.region : [filter.region];
  const out: SpaceId[] = [];
  for (const sp of SPACES) {
    if (regions && !regions.includes(sp.region)) continue;
    if (filter.spaces && !filter.spaces.includes(sp.id)) continue;
    if (filter.current && ctx.space !== sp.id) continue;
    if (filter.battleground !== undefined && sp.battleground !== filter.battleground) continue;
    if (filter.controlledBy !== undefined || filter.notControlledBy !== undefined) {
      const owner = controller(s, sp.id);
      if (filter.controlledBy === 'nobody' && owner !== null) continue;
      if (filter.controlledBy !== undefined && filter.controlledBy !== 'nobody' && owner !== sideOf(filter.controlledBy, ctx)) continue;
      if (filter.notControlledBy !== undefined && owner === sideOf(filter.notControlledBy, ctx)) continue;
    }
    if (filter.hasInfluence !== undefined && (s.influence[sp.id]?.[sideOf(filter.hasInfluence, ctx)] ?? 0) <= 0) continue;
    out.push(sp.id);
  }
  return out;
}

function trackValue(
  s: Pick<GameState, 'leadership' | 'clock' | 'stack' | 'lockIn'>,
  track: 'clock' | 'stack' | 'lockIn' | 'leadership',
  forSide: Side | null,
): number {
  if (track === 'leadership') return forSide === 'china' ? -s.leadership : s.leadership;
  return s[track];
}

export function evalValue(s: GameState, value: Value, ctx: EffectContext): number {
  if (typeof value === 'number') return value;
  let n: number;
  if ('count' in value) n = matchSpaces(s, value.count, ctx).length * (value.times ?? 1);
  else if ('hand' in value) n = s.hands[sideOf(value.hand, ctx)].length * (value.times ?? 1);
  else n = trackValue(s, value.track, ctx.self);
  return value.max === undefined ? n : Math.min(n, value.max);
}

export function holds(s: ConditionBoard, cond: Condition, ctx: EffectContext): boolean {
  if ('trackAtLeast' in cond) {
    const c = cond.trackAtLeast;
    return trackValue(s, c.track, c.for ? sideOf(c.for, ctx) : null) >= c.value;
  }
  if ('trackAtMost' in cond) {
    const c = cond.trackAtMost;
    return trackValue(s, c.track, c.for ? sideOf(c.for, ctx) : null) <= c.value;
  }
  if ('controls' in cond) return controller(s, cond.controls.space) === sideOf(cond.controls.side, ctx);
  if ('controlsAtLeast' in cond) {
    const c = cond.controlsAtLeast;
    const side = sideOf(c.side, ctx);
    return matchSpaces(s, c.filter ?? {}, ctx).filter((sp) => controller(s, sp) === side).length >= c.count;
  }
  if ('influenceAtLeast' in cond) {
    const c = cond.influenceAtLeast;
    return (s.influence[c.space]?.[sideOf(c.side, ctx)] ?? 0) >= c.amount;
  }
  if ('flag' in cond) return s.flags.includes(cond.flag);
  if ('persona' in cond) return s.setup.personas[sideOf(cond.persona.side, ctx)] === cond.persona.is;
  if ('eventPlayed' in cond) return s.eventsPlayed.includes(cond.eventPlayed);
  if ('actingSide' in cond) return s.phasing === cond.actingSide;
  if ('round' in cond)
    return (cond.round.atLeast === undefined || s.round >= cond.round.atLeast) && (cond.round.atMost === undefined || s.round <= cond.round.atMost);
  if ('lastRound' in cond) return s.round >= s.rounds === cond.lastRound;
  if ('all' in cond) return cond.all.every((c) => holds(s, c, ctx));
  if ('any' in cond) return cond.any.some((c) => holds(s, c, ctx));
  return !holds(s, cond.not, ctx);
}
