// Ops: what a card's Ops buy — influence, a sanction, lobbying, a race step — and the
// modifiers that change them.
import type { CardDef, OpsUse, RegionId, Side, SpaceId } from '../decks/types.js';
import { ADJACENT, HOME, REGIONS, SPACE_BY_ID, SPACES } from './board.js';
import type { SpaceDef } from './board.js';
import { controller } from './control.js';
import { log, logLasting } from './log.js';
import { CLOSED_AT, DECOUPLED_AT, OPENING_COST, RACE_COST, RACE_MAX, RACE_OPEN_REGION, RACE_SECOND_ABILITY_STEP, other } from './rules.js';
import { rollDie } from './rng.js';
import { moveClock, moveRace, raceTrackOf } from './tracks.js';
import type { GameState, Modifier } from './types.js';

const MIN_OPS = 1;
const MAX_OPS = 4;

/** A card's Ops for `side` with every lasting bonus: a query, it changes nothing. Playing the
 * card uses up the next-card modifiers: that is the command useOpsModifiers. */
export function effectiveOps(s: Pick<GameState, 'modifiers'>, side: Side, card: CardDef, use: OpsUse): number {
  if (card.ops <= 0) return 0;
  let ops = card.ops;
  for (const m of s.modifiers) {
    if (m.side !== side || m.rule.kind !== 'opsBonus' || m.next === 'event') continue;
    if (m.rule.uses && !m.rule.uses.includes(use)) continue;
    ops += m.rule.amount;
  }
  return Math.max(MIN_OPS, Math.min(MAX_OPS, ops));
}

/** The amount a lasting rule adds to a value; narration only, so `on` says which value. */
function ruleAmount(m: Modifier): number {
  switch (m.rule.kind) {
    case 'opsBonus':
    case 'sanctionRoll':
    case 'raceCost':
      return m.rule.amount;
    case 'influenceCost':
      return m.rule.extra;
    case 'noSanctions':
    case 'noAdjacency':
    case 'eachRound':
      return 0;
    default: {
      const unhandled: never = m.rule;
      throw new Error(`lasting rule not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Logs each lasting rule of `side` that `applies` as acting on `on` (narration: see log.ts). */
export function narrateRules(
  s: GameState,
  side: Side,
  on: Extract<GameState['log'][number], { type: 'lastingActs' }>['on'],
  applies: (m: Modifier) => boolean,
): void {
  for (const m of s.modifiers) {
    if (m.side !== side || !applies(m)) continue;
    const amount = ruleAmount(m);
    if (amount !== 0) log(s, { type: 'lastingActs', card: m.source, side, on, amount, duration: m.duration, rule: m.rule });
  }
}

/** After a card is played for Ops (the command beside the query effectiveOps): logs the Ops
 * bonuses that counted, and uses up the side's next-card modifiers. */
export function useOpsModifiers(s: GameState, side: Side, card: CardDef, use: OpsUse): void {
  if (card.ops <= 0) return;
  const waits = (m: Modifier): boolean => m.side === side && m.duration === 'nextCard' && m.next !== 'event';
  narrateRules(s, side, 'ops', (m) => m.rule.kind === 'opsBonus' && m.next !== 'event' && (!m.rule.uses || m.rule.uses.includes(use)));
  for (const m of s.modifiers) if (waits(m)) logLasting(s, 'ends', m);
  s.modifiers = s.modifiers.filter((m) => !waits(m));
}

/** The next-card changes waiting for an event play (`modifyNextCard` with `use: event` or `any`). */
function eventChanges(s: GameState, side: Side): Modifier[] {
  return s.modifiers.filter((m) => m.side === side && m.duration === 'nextCard' && m.next !== undefined);
}

/** A card's Ops when `side` plays it for its event: what the log and Washington's control Ops
 * count. Only a next-card change for events alters them (kept within 1..4). */
export function eventPlayOps(s: GameState, side: Side, card: CardDef): number {
  const changes = eventChanges(s, side);
  if (changes.length === 0 || card.ops <= 0) return card.ops;
  let ops = card.ops;
  for (const m of changes) if (m.rule.kind === 'opsBonus') ops += m.rule.amount;
  return Math.max(MIN_OPS, Math.min(MAX_OPS, ops));
}

/** After a card is played for its event: logs and uses up the next-card changes that waited for it. */
export function useEventModifiers(s: GameState, side: Side): void {
  const changes = eventChanges(s, side);
  if (changes.length === 0) return;
  narrateRules(s, side, 'ops', (m) => changes.includes(m));
  for (const m of changes) logLasting(s, 'ends', m);
  s.modifiers = s.modifiers.filter((m) => !changes.includes(m));
}

function openWithoutAdjacency(s: GameState, side: Side, region: RegionId): boolean {
  if (s[raceTrackOf(side)] >= RACE_OPEN_REGION.step && RACE_OPEN_REGION[side] === region) return true;
  return s.modifiers.some((m) => m.side === side && m.rule.kind === 'noAdjacency' && m.rule.region === region);
}

/** Board spaces by number, with their neighbours' numbers (homes are not spaces: left out). */
const SPACE_NUMBER = new Map(SPACES.map((sp, i) => [sp.id, i] as const));
const numbersOf = (ids: readonly string[] | undefined): number[] =>
  (ids ?? []).flatMap((id) => {
    const n = SPACE_NUMBER.get(id);
    return n === undefined ? [] : [n];
  });
const NEIGHBOURS: readonly number[][] = SPACES.map((sp) => numbersOf(ADJACENT[sp.id]));
const HOME_NEIGHBOURS: Readonly<Record<Side, number[]>> = { us: numbersOf(ADJACENT[HOME.us]), china: numbersOf(ADJACENT[HOME.china]) };

/** Where Ops influence may go: spaces with the side's influence, their neighbours, the home's neighbours. */
export function placementEligible(s: GameState, side: Side): SpaceId[] {
  // Every bot decision asks this (measured: the simulator's hottest function): numbered flags, no sets.
  const ok = new Uint8Array(SPACES.length);
  for (const n of HOME_NEIGHBOURS[side]) ok[n] = 1;
  const open: Partial<Record<RegionId, boolean>> = {};
  for (const r of REGIONS) open[r] = openWithoutAdjacency(s, side, r);
  SPACES.forEach((sp, i) => {
    if ((s.influence[sp.id]?.[side] ?? 0) > 0) {
      ok[i] = 1;
      for (const n of NEIGHBOURS[i] as number[]) ok[n] = 1;
    }
    if (open[sp.region]) ok[i] = 1;
  });
  const out: SpaceId[] = [];
  SPACES.forEach((sp, i) => {
    if (ok[i]) out.push(sp.id);
  });
  return out;
}

export function placementCost(s: Pick<GameState, 'influence' | 'modifiers'>, side: Side, space: SpaceId): number {
  const def = SPACE_BY_ID[space];
  let cost = controller(s, space) === other(side) ? 2 : 1;
  // Opening a space costs more: Ops build out from a foothold, events land where they say.
  if ((s.influence[space]?.[side] ?? 0) === 0) cost += OPENING_COST;
  for (const m of s.modifiers) {
    if (m.side === side && m.rule.kind === 'influenceCost' && def && m.rule.region === def.region) cost += m.rule.extra;
  }
  return Math.max(1, cost);
}

export function regionClosed(s: Pick<GameState, 'clock'>, region: RegionId): boolean {
  const at = CLOSED_AT[region];
  return at !== undefined && s.clock <= at;
}

function sanctionable(s: GameState, side: Side, sp: SpaceDef): boolean {
  if ((s.influence[sp.id]?.[other(side)] ?? 0) <= 0) return false;
  if (regionClosed(s, sp.region)) return false;
  return !s.modifiers.some((m) => m.side === side && m.rule.kind === 'noSanctions' && (m.rule.region === undefined || m.rule.region === sp.region));
}

/** Spaces `side` may sanction: opponent influence there, region open on the clock, no embargo on sanctions. */
export function sanctionTargets(s: GameState, side: Side, within?: SpaceId[]): SpaceId[] {
  return SPACES.filter((sp) => (!within || within.includes(sp.id)) && sanctionable(s, side, sp)).map((sp) => sp.id);
}

/** Whether `side` has any space to sanction (every play decision asks: no list needed). */
export function canSanctionSomewhere(s: GameState, side: Side): boolean {
  return SPACES.some((sp) => sanctionable(s, side, sp));
}

export function sanctionModifier(s: Pick<GameState, 'modifiers' | 'stack'>, side: Side, space: SpaceId): number {
  const def = SPACE_BY_ID[space];
  let mod = 0;
  for (const m of s.modifiers) {
    if (m.side === side && m.rule.kind === 'sanctionRoll' && (m.rule.region === undefined || m.rule.region === def?.region)) mod += m.rule.amount;
  }
  if (side === 'us' && def?.region === 'chinaMarket' && s.stack >= RACE_SECOND_ABILITY_STEP) mod -= 1;
  return mod;
}

/** What a sanction's result does: each point above 0 removes one opponent influence, up to the
 * card's Ops. A sanction destroys; it builds nothing for the sanctioner (in 1.0 the surplus became
 * its influence, and a 1-Op sanction beat almost every event; in 2.0 a 1-Op card still removed up
 * to five, so cheap cards went to sanctions instead of their events and the clock fell fast). */
export function sanctionEffect(result: number, opponentInfluence: number, ops: number): { removed: number; added: number } {
  return { removed: Math.max(0, Math.min(result, opponentInfluence, ops)), added: 0 };
}

/** What a sanction on `space` would do, before the die is rolled: the die's modifier, the influence
 * removed for each roll 1–6, and the clock steps it costs (a battleground's, whatever the roll).
 * Reads public fields only, so a player's view answers it. */
export function sanctionOdds(
  s: Pick<GameState, 'modifiers' | 'stack' | 'influence'>,
  side: Side,
  space: SpaceId,
  ops: number,
): { modifier: number; removed: number[]; clock: number } {
  const def = SPACE_BY_ID[space];
  const theirs = s.influence[space]?.[other(side)] ?? 0;
  const modifier = ops + sanctionModifier(s, side, space) - 2 * (def?.stability ?? 0);
  const removed = [1, 2, 3, 4, 5, 6].map((roll) => sanctionEffect(roll + modifier, theirs, ops).removed);
  return { modifier, removed, clock: def?.battleground ? -1 : 0 };
}

/** d6 + Ops − 2 × stability, applied by sanctionEffect. */
export function resolveSanction(s: GameState, side: Side, space: SpaceId, ops: number): void {
  const def = SPACE_BY_ID[space];
  const inf = s.influence[space];
  if (!def || !inf) return;
  const opp = other(side);
  const roll = rollDie(s);
  const modifier = ops + sanctionModifier(s, side, space) - 2 * def.stability;
  const result = roll + modifier;
  narrateRules(s, side, 'sanction', (m) => m.rule.kind === 'sanctionRoll' && (m.rule.region === undefined || m.rule.region === def.region));
  const { removed, added } = sanctionEffect(result, inf[opp], ops);
  inf[opp] -= removed;
  inf[side] += added;
  log(s, { type: 'sanction', side, space, roll, modifier, result, removed, added });
  if (def.battleground) moveClock(s, -1, `sanction:${space}`);
}

/** Lobbying, like a sanction, needs opponent influence in a region the clock has not closed. */
const lobbyable = (s: GameState, side: Side, sp: SpaceDef): boolean => (s.influence[sp.id]?.[other(side)] ?? 0) > 0 && !regionClosed(s, sp.region);

export function lobbyTargets(s: GameState, side: Side): SpaceId[] {
  return SPACES.filter((sp) => lobbyable(s, side, sp)).map((sp) => sp.id);
}

export function canLobbySomewhere(s: GameState, side: Side): boolean {
  return SPACES.some((sp) => lobbyable(s, side, sp));
}

/** +1 for each adjacent space `side` controls, +1 if it has more influence there (6.4.3.2). */
export function lobbyBonus(s: Pick<GameState, 'influence'>, side: Side, space: SpaceId): number {
  const inf = s.influence[space];
  let bonus = 0;
  for (const n of ADJACENT[space] ?? []) if (controller(s, n) === side) bonus++;
  if (inf && inf[side] > inf[other(side)]) bonus++;
  return bonus;
}

/** What one lobbying attempt by `side` in `space` would do, before the dice: each side's bonus, and
 * in how many of the 36 rolls `side` wins (the opponent loses influence), ties, or loses (it loses
 * its own). Public fields only, so a player's view answers it. */
export function lobbyOdds(
  s: Pick<GameState, 'influence'>,
  side: Side,
  space: SpaceId,
): { bonus: Record<Side, number>; win: number; tie: number; lose: number } {
  const bonus = { us: lobbyBonus(s, 'us', space), china: lobbyBonus(s, 'china', space) };
  let win = 0;
  let tie = 0;
  for (let mine = 1; mine <= 6; mine++) {
    for (let theirs = 1; theirs <= 6; theirs++) {
      const diff = mine + bonus[side] - (theirs + bonus[other(side)]);
      if (diff > 0) win++;
      else if (diff === 0) tie++;
    }
  }
  return { bonus, win, tie, lose: 36 - win - tie };
}

/** Both sides roll; the higher roll strips the difference from the loser's influence in the space. */
export function resolveLobby(s: GameState, side: Side, space: SpaceId): void {
  const inf = s.influence[space];
  if (!inf) return;
  const dieUs = rollDie(s);
  const dieChina = rollDie(s);
  const bonusUs = lobbyBonus(s, 'us', space);
  const bonusChina = lobbyBonus(s, 'china', space);
  const rollUs = dieUs + bonusUs;
  const rollChina = dieChina + bonusChina;
  log(s, { type: 'lobbyDice', space, dieUs, bonusUs, dieChina, bonusChina });
  let loser: Side | null = null;
  let removed = 0;
  if (rollUs !== rollChina) {
    loser = rollUs > rollChina ? 'china' : 'us';
    removed = Math.min(Math.abs(rollUs - rollChina), inf[loser]);
    inf[loser] -= removed;
  }
  log(s, { type: 'lobby', side, space, rollUs, rollChina, removed, loser });
}

/** Ops needed for the next step of `side`'s race track, or null when the track is full. */
export function raceCost(s: Pick<GameState, 'stack' | 'lockIn' | 'clock' | 'modifiers'>, side: Side): number | null {
  const at = s[raceTrackOf(side)];
  if (at >= RACE_MAX) return null;
  let cost = RACE_COST[at] ?? MAX_OPS;
  if (side === 'china' && s.lockIn >= RACE_SECOND_ABILITY_STEP) cost += 1;
  if (side === 'china' && s.clock <= DECOUPLED_AT) cost -= 1;
  for (const m of s.modifiers) if (m.side === side && m.rule.kind === 'raceCost') cost += m.rule.amount;
  return Math.max(1, Math.min(MAX_OPS, cost));
}

export function canRace(s: GameState, side: Side, card: CardDef): boolean {
  if (s.raceUsed[side] || card.ops <= 0) return false;
  const cost = raceCost(s, side);
  return cost !== null && effectiveOps(s, side, card, 'race') >= cost;
}

export function advanceRace(s: GameState, side: Side): void {
  narrateRules(s, side, 'race', (m) => m.rule.kind === 'raceCost');
  s.raceUsed[side] = true;
  moveRace(s, side, 1, 'race');
  log(s, { type: 'race', side, track: raceTrackOf(side), to: s[raceTrackOf(side)] });
}
