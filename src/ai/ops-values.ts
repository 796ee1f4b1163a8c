// What Ops buy, measured without playing them out: greedy influence placement, the
// expected result of a sanction or a lobby over the dice, a race step. Everything is
// worked out by changing the position in place and putting it back, so it is cheap
// enough to run for every card and every space.
import type { RegionId, Side, SpaceId } from '../decks/types.js';
import { ADJACENT, SPACE_BY_ID, rules } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import { placementEligible, raceCost, sanctionEffect, sanctionModifier } from '../engine/ops.js';
import { CHINA, NOBODY, SPACE_INDEX, US, code, readControllers } from './board-read.js';
import type { Controllers } from './board-read.js';
import type { HeldScoring, Weights } from './evaluate.js';
import { WIN, heldScoring, localValue, pressureValue, regionsTouchedBy } from './evaluate.js';

/** Change one side's influence in a space by `delta`, counting a placement toward the pressure checks as the engine does. */
function nudge(s: GameState, space: SpaceId, owner: Side, delta: number, placedBy: Side | null): void {
  const inf = s.influence[space];
  if (!inf) return;
  inf[owner] += delta;
  const region = SPACE_BY_ID[space]?.region;
  if (placedBy === owner && region) s.stats[owner].influencePlaced[region] += delta;
}

/** What one point of `owner`'s influence added (or removed) in `space` is worth to `viewer`. */
export function pointGain(
  s: GameState,
  viewer: Side,
  w: Weights,
  space: SpaceId,
  owner: Side,
  delta: 1 | -1,
  placedBy: Side | null,
  held = heldScoring(s, w, viewer),
  before = localValue(s, viewer, w, regionsTouchedBy(space), held),
): number {
  const regions = regionsTouchedBy(space);
  nudge(s, space, owner, delta, placedBy);
  const after = localValue(s, viewer, w, regions, held);
  nudge(s, space, owner, -delta, placedBy);
  return after - before;
}

/** The engine's placement cost (two in a space the opponent controls, one more to open a space,
 * plus lasting extra costs), from read controllers. */
export function placementCostFrom(s: GameState, ctrl: Controllers, side: Side, space: SpaceId): number {
  let cost = ctrl[SPACE_INDEX[space] as number] === (side === 'us' ? CHINA : US) ? 2 : 1;
  // As the engine: a side's first influence in a space costs more with Ops.
  if ((s.influence[space]?.[side] ?? 0) === 0) cost += rules.OPENING_COST;
  if (s.modifiers.length > 0) {
    const region = SPACE_BY_ID[space]?.region;
    for (const m of s.modifiers) if (m.side === side && m.rule.kind === 'influenceCost' && m.rule.region === region) cost += m.rule.extra;
  }
  return Math.max(1, cost);
}

/** The best space for the next point of a placement, by value per Op. */
export function bestPlacement(
  s: GameState,
  viewer: Side,
  w: Weights,
  owner: Side,
  spaces: SpaceId[],
  remaining: number,
  opsCost: boolean,
  held: HeldScoring = heldScoring(s, w, viewer),
): { space: SpaceId; gain: number; cost: number } | null {
  let best: { space: SpaceId; gain: number; cost: number } | null = null;
  let bestRate = -Infinity;
  const ctrl = opsCost ? readControllers(s) : null;
  // The value before a point only depends on the regions it touches (one list per region, see
  // regionsTouchedBy): work it out once per list.
  const before = new Map<readonly RegionId[], number>();
  for (const space of spaces) {
    const cost = ctrl ? placementCostFrom(s, ctrl, owner, space) : 1;
    if (cost > remaining) continue;
    const regions = regionsTouchedBy(space);
    let base = before.get(regions);
    if (base === undefined) {
      base = localValue(s, viewer, w, regions, held);
      before.set(regions, base);
    }
    const gain = pointGain(s, viewer, w, space, owner, 1, viewer === owner ? owner : null, held, base);
    const rate = gain / cost;
    if (rate > bestRate) {
      bestRate = rate;
      best = { space, gain, cost };
    }
  }
  return best;
}

/** Value of placing `ops` Ops of influence greedily, one point at a time, as the rules allow. */
export function influenceValue(s: GameState, side: Side, w: Weights, ops: number): number {
  const eligible = placementEligible(s, side);
  const placed: SpaceId[] = [];
  let remaining = ops;
  let total = 0;
  while (remaining > 0) {
    const best = bestPlacement(s, side, w, side, eligible, remaining, true);
    if (!best) break;
    nudge(s, best.space, side, 1, side);
    placed.push(best.space);
    remaining -= best.cost;
    total += best.gain;
  }
  for (const space of placed) nudge(s, space, side, -1, side);
  return total;
}

/** The clock's move on a battleground sanction: at 1 the side whose turn it is loses. */
function clockPenalty(s: GameState, viewer: Side, space: SpaceId): number {
  if (!SPACE_BY_ID[space]?.battleground) return 0;
  if (s.clock - 1 > rules.CLOCK_MIN) return 0;
  return s.phasing === viewer ? -2 * WIN : 2 * WIN;
}

/** Expected value to `viewer` of `side` sanctioning `space` with `ops` Ops, over the six faces of the die. */
export function sanctionValue(
  s: GameState,
  viewer: Side,
  w: Weights,
  side: Side,
  space: SpaceId,
  ops: number,
  held: HeldScoring = heldScoring(s, w, viewer),
): number {
  const def = SPACE_BY_ID[space];
  const inf = s.influence[space];
  if (!def || !inf) return 0;
  const doom = clockPenalty(s, viewer, space);
  if (doom !== 0) return doom;
  const opp = rules.other(side);
  const regions = regionsTouchedBy(space);
  const before = localValue(s, viewer, w, regions, held);
  const modifier = ops + sanctionModifier(s, side, space) - 2 * def.stability;
  const counted = side === 'us' && s.setup.personas.us === 'washington';
  if (counted) s.stats.us.controlOps += ops;
  // A battleground sanction moves the clock (which changes what the Hawks check needs).
  const clock = s.clock;
  if (def.battleground) s.clock = Math.max(rules.CLOCK_MIN, clock - 1);
  const saved = { us: inf.us, china: inf.china };
  // The rolls change only influence: the pressure checks read the same for all six.
  const pressure = pressureValue(s, w);
  // Several rolls often have the same result (nothing removed, or all of it): each result is
  // valued once, and the six values are still added in the order of the rolls.
  const seen: { removed: number; added: number; value: number }[] = [];
  let total = 0;
  for (let roll = 1; roll <= 6; roll++) {
    const { removed, added } = sanctionEffect(roll + modifier, saved[opp], ops);
    let known = seen.find((r) => r.removed === removed && r.added === added);
    if (!known) {
      inf[opp] = saved[opp] - removed;
      inf[side] = saved[side] + added;
      known = { removed, added, value: localValue(s, viewer, w, regions, held, pressure) };
      seen.push(known);
      inf.us = saved.us;
      inf.china = saved.china;
    }
    total += known.value;
  }
  if (counted) s.stats.us.controlOps -= ops;
  s.clock = clock;
  return total / 6 - before;
}

/** The best sanction target for `side` and its expected value to `viewer`. */
export function bestSanction(
  s: GameState,
  viewer: Side,
  w: Weights,
  side: Side,
  targets: SpaceId[],
  ops: number,
  held: HeldScoring = heldScoring(s, w, viewer),
): { space: SpaceId; value: number } | null {
  let best: { space: SpaceId; value: number } | null = null;
  for (const space of targets) {
    const value = sanctionValue(s, viewer, w, side, space, ops, held);
    if (!best || value > best.value) best = { space, value };
  }
  return best;
}

/** The engine's lobbying bonus (neighbours controlled, more influence there), from read controllers. */
function lobbyBonus(s: GameState, ctrl: Controllers, side: Side, space: SpaceId): number {
  const me = code(side);
  let bonus = 0;
  for (const n of ADJACENT[space] ?? []) {
    const at = SPACE_INDEX[n];
    if (at !== undefined && ctrl[at] === me) bonus++;
  }
  const inf = s.influence[space];
  if (inf && inf[side] > inf[rules.other(side)]) bonus++;
  return bonus;
}

/** Expected value to `viewer` of one lobbying roll-off in `space`, over the 36 pairs of dice. */
export function lobbyValue(
  s: GameState,
  viewer: Side,
  w: Weights,
  space: SpaceId,
  ctrl: Controllers = readControllers(s),
  held: HeldScoring = heldScoring(s, w, viewer),
): number {
  const inf = s.influence[space];
  if (!inf) return 0;
  const regions = regionsTouchedBy(space);
  // The rolls change only influence: the pressure checks read the same for every result.
  const pressure = pressureValue(s, w);
  const before = localValue(s, viewer, w, regions, held, pressure);
  const shift = lobbyBonus(s, ctrl, 'us', space) - lobbyBonus(s, ctrl, 'china', space);
  const saved = { us: inf.us, china: inf.china };
  // The result depends only on the difference of the rolls (11 cases, 6 − |d| ways each), and
  // many differences strip the same influence: value each distinct result once.
  const ways = { us: new Array<number>(saved.us + 1).fill(0), china: new Array<number>(saved.china + 1).fill(0) };
  let nothing = 0;
  for (let diff = -5; diff <= 5; diff++) {
    const margin = diff + shift;
    const count = 6 - Math.abs(diff);
    if (margin === 0) nothing += count;
    else {
      const loser: Side = margin > 0 ? 'china' : 'us';
      const removed = Math.min(Math.abs(margin), saved[loser]);
      (ways[loser][removed] as number) += count;
    }
  }
  let total = 0;
  for (const loser of ['us', 'china'] as const) {
    for (let removed = 0; removed < ways[loser].length; removed++) {
      const count = ways[loser][removed] as number;
      if (count === 0) continue;
      if (removed === 0) {
        nothing += count;
        continue;
      }
      inf[loser] = saved[loser] - removed;
      total += count * localValue(s, viewer, w, regions, held, pressure);
      inf[loser] = saved[loser];
    }
  }
  return (total + nothing * before) / 36 - before;
}

/** Lobbying only changes something where a space is held or contested: elsewhere it is skipped. */
function worthLobbying(s: GameState, ctrl: Controllers, space: SpaceId): boolean {
  const inf = s.influence[space];
  const at = SPACE_INDEX[space];
  return inf !== undefined && ((inf.us > 0 && inf.china > 0) || (at !== undefined && ctrl[at] !== NOBODY));
}

export function bestLobby(
  s: GameState,
  viewer: Side,
  w: Weights,
  targets: SpaceId[],
  held: HeldScoring = heldScoring(s, w, viewer),
): { space: SpaceId; value: number } | null {
  let best: { space: SpaceId; value: number } | null = null;
  // One reading of the board for every target: valuing a target leaves the board as it found it.
  const ctrl = readControllers(s);
  const worth = targets.filter((space) => worthLobbying(s, ctrl, space));
  for (const space of worth.length > 0 ? worth : targets) {
    const value = lobbyValue(s, viewer, w, space, ctrl, held);
    if (!best || value > best.value) best = { space, value };
  }
  return best;
}

/** Value of one race step for `side`: its Leadership reward, its ability, Beijing's check. */
export function raceStepValue(s: GameState, side: Side, w: Weights): number {
  if (raceCost(s, side) === null) return 0;
  const track = side === 'china' ? s.stack : s.lockIn;
  const to = track + 1;
  let v = (rules.RACE_VP[to] ?? 0) + w.raceStep;
  if (to === rules.RACE_OPEN_REGION.step || to === rules.RACE_SECOND_ABILITY_STEP) v += w.raceAbility;
  if (side === 'china' && s.setup.personas.china === 'beijing' && s.stats.china.stackAdvanced < rules.PRESSURE.beijingSteps) {
    const urgency = 0.35 + 0.65 * Math.min(1, s.actionsTaken.china / s.actionsPerRound);
    v += w.pressure * urgency * rules.PRESSURE.beijingPenalty;
  }
  return v;
}
