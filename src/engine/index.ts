// The rules engine's public face. Pure: no I/O, no clock, no Math.random.
export { createGame, createGameInPlace, SetupError } from './create.js';
export { applyAction, applyActionInPlace, cloneState, IllegalActionError, whyIllegal } from './apply.js';
export { plainCopy } from './plain-copy.js';
export { legalActions, hasChoice, keepLegalActions, actingSide, actionKey, sameAction } from './legal.js';
export { viewFor, bargainHoldings, type BargainHolding, type PlayerView } from './view.js';
export { hashState } from './hash.js';
export { publicKnownCards, type KnownCards } from './hidden.js';
export { canUndo } from './undo.js';
export { controller, isEncircled } from './control.js';
export { regionLevels, regionPoints, pressureCheck, type ScoringLevel } from './scoring.js';
export * from './situation.js';
export { placementCost, raceCost, regionClosed, effectiveOps, sanctionOdds, lobbyOdds } from './ops.js';
export { eraEntryRound } from './flow.js';
export { losingMove, type LosingMove } from './losing-move.js';
export * from './board.js';
export * as rules from './rules.js';
export type * from './types.js';
import type { GameState, Outcome } from './types.js';

export function outcome(s: GameState): Outcome | null {
  return s.outcome;
}
