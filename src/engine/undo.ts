// Undo is going back to an earlier state, allowed only while nothing new was revealed
// (no die, no draw, no headline) and the same side is still acting.
import type { GameState } from './types.js';

export function canUndo(before: GameState, after: GameState): boolean {
  if (after.outcome) return false;
  if (before.revealCount !== after.revealCount) return false;
  return before.decision !== null && before.decision.side === after.decision?.side;
}
