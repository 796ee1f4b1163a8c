// The numbers of the rules. RULES.md states each of them; change both together.
import type { Persona, RegionId, Side } from '../decks/types.js';

export const RULES_VERSION = '2.4.0';

export const STANDARD_ROUNDS = 3;
export const MAX_ROUNDS = 9;
export const HAND_SIZE = 6;
/** Cards the side behind on Leadership draws above the hand size at the start of a round. */
export const TRAILING_EXTRA_CARD = 1;
export const ACTIONS_PER_ROUND = 4;
/** Either end of the Leadership track wins at once. Positive = US ahead. */
export const LEADERSHIP_LIMIT = 20;
/** Reaching the Leadership track's end wins only from this round on, as dominance does: in the
 * first round the track stops one short of it. A first round decided the game before the later
 * eras' cards came in (games with no era-3 event: 6.6% -> 3.6%, 500 games, rules 2.3). */
export const LEADERSHIP_WIN_FROM_ROUND = 2;

/** How far the Leadership track goes either way in `round`. */
export function leadershipReach(round: number): number {
  return round < LEADERSHIP_WIN_FROM_ROUND ? LEADERSHIP_LIMIT - 1 : LEADERSHIP_LIMIT;
}
export const MAX_HANDICAP = 5;

export const CLOCK_START = 5;
export const CLOCK_MIN = 1;
export const CLOCK_MAX = 5;
/** Steps the clock recovers at the start of each round after the first. */
export const CLOCK_RECOVERY = 2;
/** At or below this clock value, sanctions and lobbying are closed in the region. */
export const CLOSED_AT: Partial<Record<RegionId, number>> = { supplyChain: 4, chinaMarket: 3, developers: 3, globalSouth: 2 };

/** Extra Ops to place a side's first influence in a space (with Ops; events are not charged). */
export const OPENING_COST = 1;

export const RACE_MAX = 8;
/** Ops a card needs to move a race track from step (index) to step + 1. */
export const RACE_COST: readonly number[] = [1, 2, 2, 2, 3, 3, 3, 4];
/** Leadership won on reaching a race step. */
export const RACE_VP: Readonly<Record<number, number>> = { 1: 1, 2: 1, 4: 2, 6: 2, 8: 3 };
/** Race abilities: at this step the side may place Ops influence in the region without adjacency. */
export const RACE_OPEN_REGION = { step: 2, us: 'developers', china: 'globalSouth' } as const satisfies {
  step: number;
  us: RegionId;
  china: RegionId;
};
/** Lock-in 4, the technological trap: China needs one more Op to advance the Stack.
 * Stack 4, the sovereign stack: US sanctions in the China Market roll one less. */
export const RACE_SECOND_ABILITY_STEP = 4;

/** Decoupling feeds self-reliance: at or below this clock value China's Stack steps cost one
 * Op less (the article's thesis: a cut-off accelerates the sovereign stack). */
export const DECOUPLED_AT = 3;

/** The trap's loop, at the end of every round: while this flag (set by the base deck's H20
 * licence) is in force, Lock-in +1; otherwise, once the clock is at DECOUPLED_AT or lower,
 * Stack +1. Selling keeps China on CUDA; cutting it off makes it build its own. */
export const TRAP_FLAG = 'h20-licensed';

export interface RegionScoring {
  presence: number;
  domination: number;
  /** Final scoring only; at a scoring card, control of the region is dominance and wins. */
  control: number;
}

export const SCORING: Readonly<Record<RegionId, RegionScoring>> = {
  chinaMarket: { presence: 3, domination: 6, control: 9 },
  developers: { presence: 2, domination: 5, control: 8 },
  globalSouth: { presence: 2, domination: 4, control: 6 },
  supplyChain: { presence: 2, domination: 5, control: 7 },
};

/** Dominance wins only from this round on: in the first round positions are still forming, and
 * a region's Control there is worth its points, like at final scoring. */
export const DOMINANCE_FROM_ROUND = 2;
/** The only region whose Control at a scoring card wins at once: the market both sides are
 * fighting over. Elsewhere Control pays its points. */
export const DOMINANCE_REGIONS: readonly RegionId[] = ['chinaMarket'];

/** A scoring card still in hand when the action rounds end scores there, and its holder first
 * loses this much Leadership: playing it as an action, at a moment you choose, is better. */
export const HELD_SCORING_PENALTY = 8;

/** A sanction needs a card of at least this many Ops (rules 2.2): a 1-Op card is then worth more
 * for its event or a placement than as a cheap shot at the clock, and sanctions, which cost the
 * clock a step, come less often. */
export const SANCTION_MIN_OPS = 2;

/** At the end of a round each side keeps at most this many ordinary cards; every other card
 * left in hand is discarded, and the opponent's cards among them fire their events first. */
export const HOLD_LIMIT = 1;

/** The side whose hand a bargaining chip (a card that `passes`) starts in. The side that plays it
 * first plays it more often (rounds 1 and 3 of a standard game); under rules 2.2 China's stronger
 * events give it the edge, so the US starts with it (300 normal games, seed 31: US 49% with it,
 * about 40% without). */
export const BARGAIN_STARTS_WITH: Side = 'us';

/** Encirclement: a side controlling this many Global South spaces makes the opponent
 * need one more influence to control any China Market battleground. */
export const ENCIRCLEMENT_SPACES = 2;

export const SIDE_OF: Readonly<Record<Persona, Side>> = {
  washington: 'us',
  nvidia: 'us',
  beijing: 'china',
  huawei: 'china',
};

export const PERSONAS: Readonly<Record<Side, readonly Persona[]>> = {
  us: ['washington', 'nvidia'],
  china: ['beijing', 'huawei'],
};

/** Pressure checks, made at the end of every round. */
export const PRESSURE = {
  /** Leadership a persona gains for meeting its check. */
  reward: 1,
  /** Hawks: Ops spent on controls (sanctions, `control` events) at least clock − 2. */
  washingtonOffset: 2,
  /** Shareholders: influence placed in the China Market. */
  nvidiaInfluence: 2,
  /** Self-reliance: Stack steps gained. */
  beijingSteps: 1,
  beijingPenalty: 2,
  /** Ecosystem: influence placed in Developers or the Global South. */
  huaweiInfluence: 3,
  /** The largest penalty one check can cost. */
  maxPenalty: 3,
} as const;

export const STARTING_INFLUENCE: Readonly<Record<string, { us: number; china: number }>> = {
  edaTools: { us: 3, china: 0 },
  foundries: { us: 2, china: 1 },
  cudaDevs: { us: 3, china: 0 },
  openFrameworks: { us: 1, china: 2 },
  tencent: { us: 1, china: 1 },
  bytedance: { us: 1, china: 1 },
  alibaba: { us: 1, china: 1 },
  rareEarths: { us: 0, china: 3 },
  stateCloud: { us: 0, china: 3 },
  universities: { us: 0, china: 2 },
  hbm: { us: 1, china: 1 },
};

/** A safety net: a game that runs longer than this many actions is a bug, reported as an error. */
export const MAX_ACTIONS = 5000;

export function other(side: Side): Side {
  return side === 'us' ? 'china' : 'us';
}
