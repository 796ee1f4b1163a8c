// Moving through a replay by rounds: the first step of the next round, or back to the start of
// this round (or of the previous one when already there).
import type { GameState } from '../../engine/index.js';

function roundStart(states: readonly GameState[], round: number): number {
  const at = states.findIndex((s) => s.round === round);
  return at < 0 ? 0 : at;
}

export function nextRoundStart(states: readonly GameState[], step: number): number {
  const round = states[step]?.round ?? 1;
  const at = states.findIndex((s, i) => i > step && s.round > round);
  return at < 0 ? states.length - 1 : at;
}

export function previousRoundStart(states: readonly GameState[], step: number): number {
  const round = states[step]?.round ?? 1;
  const start = roundStart(states, round);
  if (step > start) return start;
  return round > 1 ? roundStart(states, round - 1) : 0;
}
