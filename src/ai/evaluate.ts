// How good a position is for one side, in Leadership points: the score now, what the
// board would score, the spaces held, the race tracks, the pressure checks still to meet,
// and the regions whose scoring card a side holds (or probably holds) while it controls
// them or is a few Ops short. Every bot and every search leaf reads this one function;
// each bot chooses its weights.
import type { CardDef, Effect, RegionId, Side, SpaceId, Who } from '../decks/types.js';
import { REGIONS, SPACES, pressureCheck, rules } from '../engine/index.js';
import { LAYOUT, NOBODY, US, opsToControl, readControllers, regionScoreInto } from './board-read.js';
import type { Controllers, RegionScore } from './board-read.js';
import type { GameState } from '../engine/index.js';

export interface Weights {
  /** The final-scoring difference the board would give now (early: less sure to last). */
  regionEarly: number;
  regionLate: number;
  /** Each scoring card in a known hand scores its region once more, soon. */
  scoringCard: number;
  /** Holding a region's scoring card while one side controls it: an instant win or a forced loss. */
  dominance: number;
  /** Share of `dominance` for a side holding a region's scoring card a few Ops short of control:
   * halved for about every 1.5 Ops it still needs (0: only control counts). */
  reach: number;
  battleground: number;
  space: number;
  /** Influence toward control of a space nobody holds, per point, as a share of what control needs. */
  partial: number;
  raceStep: number;
  raceAbility: number;
  pressure: number;
  /** A lasting rule, per Op it gives or costs a side over the plays it still covers. */
  lasting: number;
  /** A card in hand beyond what the other side holds: a draw, a discard or a card taken back
   * changes what a side can still do. Counted by number, so it never prefers one card to play. */
  handCard: number;
  /** A hidden card a side has seen (its peek, or a reveal of the other side's hand): information,
   * worth this much when it is gained. Small on purpose: it guides no play by itself, it only
   * keeps a peek's or a reveal's event from counting for nothing against an Ops play. */
  glimpse: number;
  /** The chance that `side` holds each region's scoring card among cards the bot cannot see:
   * used instead of that side's dealt hand, so one guessed deal does not decide a threat. */
  threat?: ScoringThreat;
}

export interface ScoringThreat {
  side: Side;
  odds: Partial<Record<RegionId, { card: string; odds: number }>>;
}

export const EASY_WEIGHTS: Weights = {
  regionEarly: 0.7,
  regionLate: 1,
  scoringCard: 1,
  dominance: 30,
  reach: 0,
  battleground: 0.5,
  space: 0.3,
  partial: 0.25,
  raceStep: 0.5,
  raceAbility: 1.5,
  pressure: 1,
  lasting: 0.4,
  handCard: 0.8,
  glimpse: 0.25,
};

export const SEARCH_WEIGHTS: Weights = {
  ...EASY_WEIGHTS,
  reach: 1,
};

/** The value of a finished game: far beyond any position's. */
export const WIN = 100;

export function sign(side: Side): number {
  return side === 'us' ? 1 : -1;
}

/** How far into the game we are, 0 at the first action of round 1, 1 at the end. */
export function progress(s: GameState): number {
  const done = (s.actionsTaken.us + s.actionsTaken.china) / (2 * s.actionsPerRound);
  return Math.min(1, (s.round - 1 + done) / s.rounds);
}

/** Regions where Control with a scoring card held wins at once (rules.DOMINANCE_REGIONS), by region. */
const DOMINANCE: Readonly<Record<RegionId, boolean>> = Object.fromEntries(REGIONS.map((r) => [r, rules.DOMINANCE_REGIONS.includes(r)])) as Record<
  RegionId,
  boolean
>;

/** What regionValue reads a region's score into (read at once: nothing it calls reads one). */
const regionPoints: RegionScore = { us: 0, china: 0, control: null };

/** The board's part of the value, for the US (positive) against China, in one region. `leads`
 * holds each space's US influence minus China's, as readControllers wrote it with `ctrl`. */
function regionValue(s: GameState, ctrl: Controllers, leads: Float64Array, region: RegionId, w: Weights, p: number, scoringCards: HeldScoring): number {
  const pts = regionScoreInto(ctrl, region, regionPoints);
  const diff = pts.us - pts.china;
  let v = (w.regionEarly + (w.regionLate - w.regionEarly) * p) * diff;
  const heldUs = scoringCards.us[region];
  const heldChina = scoringCards.china[region];
  const held = heldUs + heldChina;
  if (held > 0) {
    v += w.scoringCard * (heldUs * heldWorth(s, 'us', diff) - heldChina * heldWorth(s, 'china', -diff));
    // Only a dominance region's Control wins at once; elsewhere it pays its points (counted above).
    if (DOMINANCE[region]) v += dominanceValue(s, ctrl, region, w, pts.control, heldUs, heldChina);
  }
  // A space with no entry has no controller and a lead of 0: it adds nothing, as if skipped.
  for (const sp of LAYOUT[region].spaces) {
    const c = ctrl[sp.index];
    if (c !== NOBODY) {
      const worth = sp.battleground ? w.battleground : w.space;
      v += c === US ? worth : -worth;
    } else {
      const diff = leads[sp.index] as number;
      if (diff === 0) continue;
      const lead = Math.min(sp.stability - 1, Math.abs(diff));
      const worth = w.partial * (lead / sp.stability) * (sp.battleground ? 2 : 1);
      v += diff > 0 ? worth : -worth;
    }
  }
  return v;
}

/** A scoring card held for a dominance region: a win for whoever has Control, or a share of one
 * for a holder a few Ops short of it. */
function dominanceValue(s: GameState, ctrl: Controllers, region: RegionId, w: Weights, control: Side | null, heldUs: number, heldChina: number): number {
  if (control !== null) return w.dominance * Math.min(1, heldUs + heldChina) * sign(control);
  if (w.reach === 0) return 0;
  let v = 0;
  if (heldUs > 0) v += w.dominance * w.reach * Math.min(1, heldUs) * reachShare(opsToControl(s, ctrl, 'us', region));
  if (heldChina > 0) v -= w.dominance * w.reach * Math.min(1, heldChina) * reachShare(opsToControl(s, ctrl, 'china', region));
  return v;
}

/** A held scoring card, for its holder: the region's score, less the fine for letting it score
 * at the end of the round once its holder has no action left to play it. */
function heldWorth(s: GameState, holder: Side, gain: number): number {
  return s.actionsTaken[holder] < s.actionsPerRound ? gain : gain - rules.HELD_SCORING_PENALTY;
}

/** Control is worth this share less for every Op a side still needs (about half per 1.5 Ops). */
const REACH_DECAY = 0.63;
const REACH_SHARES = Array.from({ length: 40 }, (_, ops) => Math.pow(REACH_DECAY, ops));

function reachShare(ops: number): number {
  return REACH_SHARES[ops] ?? 0;
}

function raceValue(step: number, w: Weights): number {
  return w.raceStep * step + (step >= rules.RACE_OPEN_REGION.step ? w.raceAbility : 0) + (step >= rules.RACE_SECOND_ABILITY_STEP ? w.raceAbility : 0);
}

/** What a card in hand is worth to its holder (scoring cards count through their region instead). */
export function cardValue(def: CardDef | undefined, holder: Side): number {
  if (!def || def.scoring) return 0;
  if (def.side === rules.other(holder)) return 0.6 * def.ops - 0.5;
  return def.ops + 0.5;
}

export type HeldScoring = Record<Side, Record<RegionId, number>>;

/** Scoring cards each side is known (or, with a threat, likely) to hold, by region. */
export function heldScoring(s: GameState, w: Weights, side: Side): HeldScoring {
  const held: HeldScoring = {
    us: { chinaMarket: 0, developers: 0, globalSouth: 0, supplyChain: 0 },
    china: { chinaMarket: 0, developers: 0, globalSouth: 0, supplyChain: 0 },
  };
  for (const holder of ['us', 'china'] as const) {
    if (w.threat?.side === holder) {
      const other = s.hands[rules.other(holder)];
      for (const region of REGIONS) {
        const odds = w.threat.odds[region];
        // Still unseen where the threat was measured: not yet played, discarded or drawn by the other side.
        if (odds && !s.discard.includes(odds.card) && !s.removed.includes(odds.card) && !other.includes(odds.card)) {
          held[holder][region] += odds.odds;
        }
      }
      continue;
    }
    // The other side's hand is a guess (a sampled deal): only a threat speaks for it.
    if (holder !== side) continue;
    for (const id of s.hands[holder]) {
      const region = s.cards[id]?.scoring;
      if (region) held[holder][region]++;
    }
  }
  return held;
}

/** Pressure-check penalties still owed at the end of the round, weighted by how late it is. */
export function pressureValue(s: GameState, w: Weights): number {
  if (s.phase === 'over') return 0;
  let v = 0;
  for (const side of ['us', 'china'] as const) {
    const urgency = 0.35 + 0.65 * Math.min(1, s.actionsTaken[side] / s.actionsPerRound);
    v -= sign(side) * w.pressure * urgency * pressureCheck(s, side).penalty;
  }
  return v;
}

/** The plays a side still has while a lasting rule of this duration holds. */
function playsLeft(s: GameState, side: Side, duration: 'round' | 'game' | 'nextCard'): number {
  const thisRound = Math.max(0, s.actionsPerRound - s.actionsTaken[side]);
  switch (duration) {
    case 'nextCard':
      return Math.min(1, thisRound + (s.round < s.rounds ? 1 : 0));
    case 'round':
      return thisRound;
    case 'game':
      return thisRound + (s.rounds - s.round) * (s.actionsPerRound + 1);
  }
}

/** What the lasting rules in force are worth, for the US (positive) against China: an Op
 * gained or lost on each play they still cover, discounted by how often a play uses it. */
function lastingValue(s: GameState, w: Weights): number {
  let us = 0;
  for (const m of s.modifiers) {
    const plays = playsLeft(s, m.side, m.duration);
    if (plays === 0) continue;
    let ops: number;
    switch (m.rule.kind) {
      case 'opsBonus':
        // A change waiting for an event play touches no Op that buys anything.
        ops = m.next === 'event' ? 0 : m.rule.amount * (m.rule.uses ? 0.5 : 1);
        break;
      case 'influenceCost':
        ops = -0.35 * m.rule.extra;
        break;
      case 'sanctionRoll':
        ops = 0.25 * m.rule.amount;
        break;
      case 'noSanctions':
        ops = -0.25;
        break;
      case 'noAdjacency':
        ops = 0.25;
        break;
      case 'raceCost':
        ops = -0.2 * m.rule.amount;
        break;
      case 'eachRound':
        // Not an Op per play: what its effects give, each round it will still act.
        us += triggersLeft(s, m.duration, m.rule.at) * TRIGGER_SURE * triggerWorth(m.rule.effects, m.side, w);
        continue;
    }
    us += sign(m.side) * w.lasting * ops * plays;
  }
  return us;
}

/** A later round's trigger is less sure to come (the game may end first) and its effects may
 * find nothing to work on: each is counted at this share of what it gives. */
const TRIGGER_SURE = 0.75;

/** The times an `eachRound` rule will still act: round starts after this one, or round ends
 * from this one on. */
function triggersLeft(s: GameState, duration: 'round' | 'game' | 'nextCard', at: 'roundStart' | 'roundEnd'): number {
  if (s.phase === 'over') return 0;
  const later = s.rounds - s.round;
  if (at === 'roundStart') return duration === 'game' ? later : 0;
  return duration === 'game' ? later + 1 : 1;
}

/** What one run of a per-round rule's effects gives the US (positive) against China, read from its
 * plain effects: Leadership, race steps and influence points with a constant amount. Effects that
 * depend on the board or on a choice (if, choose, roll, forEach, counted values) count for nothing. */
function triggerWorth(effects: readonly Effect[], side: Side, w: Weights): number {
  const who = (x: Who): Side => (x === 'self' ? side : x === 'opponent' ? rules.other(side) : x);
  let us = 0;
  for (const e of effects) {
    switch (e.op) {
      case 'vp':
        if (typeof e.amount === 'number') us += sign(who(e.side)) * e.amount;
        break;
      case 'moveTrack':
        if (typeof e.by === 'number' && e.track !== 'clock') us += (e.track === 'lockIn' ? 1 : -1) * w.raceStep * e.by;
        break;
      case 'addInfluence':
      case 'removeInfluence':
        if (typeof e.amount === 'number') us += (e.op === 'addInfluence' ? 1 : -1) * sign(who(e.side)) * w.partial * e.amount;
        break;
      case 'repeat':
        us += e.times * triggerWorth(e.effects, side, w);
        break;
      case 'take':
        // A card moves from one hand to the other: the hand difference changes by two a card.
        us += sign(who(e.side)) * 2 * w.handCard * e.count;
        break;
      case 'clearInfluence':
      case 'draw':
      case 'discard':
      case 'choose':
      case 'if':
      case 'forEach':
      case 'roll':
      case 'modifyNextCard':
      case 'lasting':
      case 'flag':
      case 'cancelEvent':
      case 'sanction':
      case 'scoreRegion':
      case 'retrieve':
      case 'peek':
      case 'reveal':
        break;
      default: {
        const unhandled: never = e;
        throw new Error(`effect not valued: ${JSON.stringify(unhandled)}`);
      }
    }
  }
  return us;
}

/** The trap's loop at the end of the round, for the US (positive) against China: a race step
 * for whoever it will favour now, and about half a step a round after (the clock may recover). */
function trapValue(s: GameState, w: Weights): number {
  if (s.phase === 'over') return 0;
  const rounds = 1 + 0.5 * (s.rounds - s.round);
  const step = w.raceStep + 1;
  if (s.flags.includes(rules.TRAP_FLAG)) return rounds * step;
  return s.clock <= rules.DECOUPLED_AT ? -rounds * step : 0;
}

/** The value of `s` for `side`, in Leadership points (a finished game is ±WIN). */
export function evaluate(s: GameState, side: Side, w: Weights): number {
  if (s.outcome) return s.outcome.winner === null ? 0 : s.outcome.winner === side ? WIN : -WIN;
  const ctrl = readControllers(s, evalControllers, REGIONS, evalLeads);
  const p = progress(s);
  const held = heldScoring(s, w, side);
  let us = s.leadership;
  for (const region of REGIONS) us += regionValue(s, ctrl, evalLeads, region, w, p, held);
  us += raceValue(s.lockIn, w) - raceValue(s.stack, w);
  us += pressureValue(s, w);
  us += lastingValue(s, w);
  us += trapValue(s, w);
  us += w.handCard * (s.hands.us.length - s.hands.china.length);
  if (s.seen || s.revealed) us += w.glimpse * (glimpses(s, 'us') - glimpses(s, 'china'));
  return sign(side) * us;
}

/** How many hidden cards `side` has seen in `s`: its peeks and the other side's revealed cards.
 * A bot's position is dealt from its view, which holds no such record, so only the looks its
 * look-ahead makes are counted: the information an option gains. Counted when seen, not while
 * still true, so a bot never plays to keep a seen card where it was. */
function glimpses(s: Pick<GameState, 'seen' | 'revealed'>, side: Side): number {
  let n = 0;
  for (const g of s.seen?.[side] ?? []) n += g.cards.length;
  for (const g of s.revealed ?? []) if (g.side !== side) n += g.cards.length;
  return n;
}

/** A value in Leadership points as the chance to win, for searches that average outcomes. */
export function winChance(value: number): number {
  if (value >= WIN) return 1;
  if (value <= -WIN) return 0;
  return 1 / (1 + Math.exp(-value / 5));
}

/** The regions a change of influence in a region's space can move: one list per region, made
 * once (a list per call was garbage in the hottest loop of the estimates). */
const TOUCHED_FROM: Readonly<Record<RegionId, readonly RegionId[]>> = {
  chinaMarket: ['chinaMarket'],
  developers: ['developers'],
  globalSouth: ['globalSouth', 'chinaMarket'],
  supplyChain: ['supplyChain'],
};
const TOUCHED: Readonly<Record<SpaceId, readonly RegionId[]>> = Object.fromEntries(SPACES.map((sp) => [sp.id, TOUCHED_FROM[sp.region]] as const));
const NOWHERE: readonly RegionId[] = [];

/** The space's region value only: what one point of influence there changes (plus encirclement). */
export function regionsTouchedBy(space: SpaceId): readonly RegionId[] {
  return TOUCHED[space] ?? NOWHERE;
}

/** The part of `evaluate` that a change of influence in `regions` can move (for fast greedy placement).
 * A caller that changes only influence between calls passes the pressure value it worked out once. */
export function localValue(
  s: GameState,
  side: Side,
  w: Weights,
  regions: readonly RegionId[],
  held = heldScoring(s, w, side),
  pressure = pressureValue(s, w),
): number {
  const ctrl = readControllers(s, scratch, regions, scratchLeads);
  const p = progress(s);
  let us = pressure;
  for (const region of regions) us += regionValue(s, ctrl, scratchLeads, region, w, p, held);
  return sign(side) * us;
}

// The boards read by evaluate and localValue: written and read within one call (neither calls
// itself or the other while reading), so one set each serves every call.
const scratch: Controllers = new Uint8Array(SPACES.length);
const scratchLeads = new Float64Array(SPACES.length);
const evalControllers: Controllers = new Uint8Array(SPACES.length);
const evalLeads = new Float64Array(SPACES.length);
