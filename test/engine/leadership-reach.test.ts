// Leadership's end wins from round 2 (RULES 4.2.1, 8.1): in round 1 the track stops one short.
import { describe, expect, it } from 'vitest';
import { applyAction, rules } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { atFirstActionRound, giveCard } from './helpers.js';

/** The side to act, one point short of the track's end, plays its own card that gains 2 Leadership. */
function gainTwo(round: number): GameState {
  const s = atFirstActionRound(4);
  const side = s.decision?.side ?? 'us';
  s.round = round;
  s.leadership = (side === 'us' ? 1 : -1) * (rules.LEADERSHIP_LIMIT - 1);
  const id = side === 'us' ? 'us-vp' : 'china-vp';
  giveCard(s, id);
  return applyAction(s, { type: 'play', card: id, use: 'event' });
}

describe('the Leadership track', () => {
  it('stops at ±19 in round 1: nobody wins before the later eras come in', () => {
    const s = gainTwo(1);
    expect(Math.abs(s.leadership)).toBe(rules.LEADERSHIP_LIMIT - 1);
    expect(s.outcome).toBeNull();
  });

  it('ends the game at ±20 from round 2', () => {
    const s = gainTwo(2);
    expect(Math.abs(s.leadership)).toBe(rules.LEADERSHIP_LIMIT);
    expect(s.outcome).toMatchObject({ reason: 'leadership' });
  });
});
