// The four tracks: Leadership, the Decoupling clock and the two race tracks, and the
// instant endings they trigger.
import type { Side } from '../decks/types.js';
import { log } from './log.js';
import { CLOCK_MAX, CLOCK_MIN, LEADERSHIP_LIMIT, RACE_MAX, RACE_VP, leadershipReach, other } from './rules.js';
import type { GameState, Outcome } from './types.js';

/** The side behind on Leadership, or null when it is even. */
export function sideBehind(s: Pick<GameState, 'leadership'>): Side | null {
  return s.leadership > 0 ? 'china' : s.leadership < 0 ? 'us' : null;
}

export function endGame(s: GameState, outcome: Omit<Outcome, 'leadership' | 'round'>): void {
  if (s.outcome) return;
  s.outcome = { ...outcome, leadership: s.leadership, round: s.round };
  s.phase = 'over';
  s.decision = null;
  s.tasks = [];
  log(s, { type: 'gameOver', winner: outcome.winner, reason: outcome.reason });
}

/** Move Leadership `amount` points toward `side`. Either end of the track wins at once, from
 * round 2 (in round 1 the track stops one short of it). */
export function gainLeadership(s: GameState, side: Side, amount: number, reason: string): void {
  if (amount === 0 || s.outcome) return;
  const from = s.leadership;
  const delta = side === 'us' ? amount : -amount;
  const reach = leadershipReach(s.round);
  s.leadership = Math.max(-reach, Math.min(reach, from + delta));
  if (s.leadership === from) return;
  log(s, { type: 'track', track: 'leadership', from, to: s.leadership, reason });
  if (Math.abs(s.leadership) >= LEADERSHIP_LIMIT) {
    endGame(s, { winner: s.leadership > 0 ? 'us' : 'china', reason: 'leadership' });
  }
}

/** Move the Decoupling clock. Reaching 1 is a total cut-off: the phasing side loses. */
export function moveClock(s: GameState, delta: number, reason: string): void {
  if (delta === 0 || s.outcome) return;
  const from = s.clock;
  s.clock = Math.max(CLOCK_MIN, Math.min(CLOCK_MAX, from + delta));
  if (s.clock === from) return;
  log(s, { type: 'track', track: 'clock', from, to: s.clock, reason });
  if (s.clock <= CLOCK_MIN) {
    endGame(s, { winner: other(s.phasing), reason: 'suddenDeath', loser: s.phasing });
  }
}

export function raceTrackOf(side: Side): 'stack' | 'lockIn' {
  return side === 'china' ? 'stack' : 'lockIn';
}

/** Move a race track; a step reached for the first time pays its Leadership reward. */
export function moveRace(s: GameState, side: Side, delta: number, reason: string): void {
  if (delta === 0 || s.outcome) return;
  const track = raceTrackOf(side);
  const from = s[track];
  const to = Math.max(0, Math.min(RACE_MAX, from + delta));
  if (to === from) return;
  s[track] = to;
  log(s, { type: 'track', track, from, to, reason });
  if (to > from) {
    if (side === 'china') s.stats.china.stackAdvanced += to - from;
    const best = s.raceReached[track];
    if (to > best) s.raceReached[track] = to;
    for (let step = Math.max(from, best) + 1; step <= to; step++) gainLeadership(s, side, RACE_VP[step] ?? 0, `${track}:${step}`);
  }
}
