// Scoring a region (presence, domination, control) and the end-of-round pressure checks.
import type { RegionId, Side } from '../decks/types.js';
import { REGIONS, SPACES_BY_REGION } from './board.js';
import { controlledIn } from './control.js';
import { log } from './log.js';
import { DOMINANCE_FROM_ROUND, DOMINANCE_REGIONS, PRESSURE, SCORING, other } from './rules.js';
import { endGame, gainLeadership } from './tracks.js';
import type { GameState } from './types.js';

export type ScoringLevel = 'none' | 'presence' | 'domination' | 'control';

/** The board a scoring reads: influence only, so a player's view scores the same as the state. */
type Board = Pick<GameState, 'influence'>;

export function regionLevels(s: Board, region: RegionId): Record<Side, ScoringLevel> {
  const us = controlledIn(s, 'us', region);
  const china = controlledIn(s, 'china', region);
  const totalBg = REGION_BATTLEGROUNDS[region];
  const level = (mine: typeof us, theirs: typeof us): ScoringLevel => {
    if (mine.spaces === 0) return 'none';
    if (mine.battlegrounds === totalBg && mine.spaces > theirs.spaces) return 'control';
    if (mine.spaces > theirs.spaces && mine.battlegrounds > theirs.battlegrounds && mine.battlegrounds > 0 && mine.others > 0) {
      return 'domination';
    }
    return 'presence';
  };
  return { us: level(us, china), china: level(china, us) };
}

const REGION_BATTLEGROUNDS: Record<RegionId, number> = Object.fromEntries(
  REGIONS.map((r) => [r, SPACES_BY_REGION[r].filter((sp) => sp.battleground).length]),
) as Record<RegionId, number>;

/** What a side scores in a region at `level`: the level's value plus 1 a battleground it controls. */
export function regionPoints(s: Board, region: RegionId, side: Side, level: ScoringLevel): number {
  if (level === 'none') return 0;
  return SCORING[region][level] + controlledIn(s, side, region).battlegrounds;
}

/** Score a region. At a scoring card, control of a dominance region (the China Market) wins at
 * once; elsewhere, and at final scoring, control is worth its points. */
export function scoreRegion(s: GameState, region: RegionId, final: boolean): void {
  const level = regionLevels(s, region);
  const us = regionPoints(s, region, 'us', level.us);
  const china = regionPoints(s, region, 'china', level.china);
  log(s, { type: 'score', region, us, china, level });
  if (us !== china) gainLeadership(s, us > china ? 'us' : 'china', Math.abs(us - china), `score:${region}`);
  if (final || s.outcome || s.round < DOMINANCE_FROM_ROUND || !DOMINANCE_REGIONS.includes(region)) return;
  for (const side of ['us', 'china'] as const) {
    if (level[side] === 'control') endGame(s, { winner: side, reason: 'dominance', region });
  }
}

/** What a pressure check reads: the personas, this round's stats and the clock (all public). */
export type PressureFacts = Pick<GameState, 'stats' | 'clock'> & { setup: Pick<GameState['setup'], 'personas'> };

/** Each persona's round objective: what it needed, what it did, and the Leadership it costs. */
export function pressureCheck(s: PressureFacts, side: Side): { needed: number; done: number; penalty: number } {
  const persona = s.setup.personas[side];
  const st = s.stats[side];
  switch (persona) {
    case 'washington': {
      const needed = Math.max(0, s.clock - PRESSURE.washingtonOffset);
      return shortfall(needed, st.controlOps);
    }
    case 'nvidia':
      return shortfall(PRESSURE.nvidiaInfluence, st.influencePlaced.chinaMarket);
    case 'beijing': {
      const done = st.stackAdvanced;
      return { needed: PRESSURE.beijingSteps, done, penalty: done >= PRESSURE.beijingSteps ? 0 : PRESSURE.beijingPenalty };
    }
    case 'huawei':
      return shortfall(PRESSURE.huaweiInfluence, st.influencePlaced.developers + st.influencePlaced.globalSouth);
    default: {
      const unhandled: never = persona;
      throw new Error(`persona not handled: ${String(unhandled)}`);
    }
  }
}

function shortfall(needed: number, done: number): { needed: number; done: number; penalty: number } {
  return { needed, done, penalty: Math.min(PRESSURE.maxPenalty, Math.max(0, needed - done)) };
}

export function applyPressureChecks(s: GameState): void {
  for (const side of [s.firstPlayer, other(s.firstPlayer)]) {
    if (s.outcome) return;
    const check = pressureCheck(s, side);
    const met = check.penalty === 0;
    log(s, { type: 'pressure', side, persona: s.setup.personas[side], met, ...check });
    // A met goal pays its persona (a goal of nothing pays nothing); a missed one pays the
    // opponent what it fell short by.
    if (met && check.needed > 0) gainLeadership(s, side, PRESSURE.reward, `pressure:${s.setup.personas[side]}`);
    else gainLeadership(s, other(side), check.penalty, `pressure:${s.setup.personas[side]}`);
  }
}

export function finalScoring(s: GameState): void {
  // A heading for the log: without it the region lines read like a scoring card's.
  log(s, { type: 'finalScoring' });
  for (const region of REGIONS) {
    if (s.outcome) return;
    scoreRegion(s, region, true);
  }
  if (s.outcome) return;
  endGame(s, { winner: s.leadership > 0 ? 'us' : s.leadership < 0 ? 'china' : null, reason: 'finalScoring' });
}
