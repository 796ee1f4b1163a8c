// Illegal actions are refused with a reason a person can read, and change nothing.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, hashState, IllegalActionError, legalActions } from '../../src/engine/index.js';
import type { Action } from '../../src/engine/index.js';
import { fixtureSetup } from './fixture-deck.js';
import { playGame } from './helpers.js';

function refusal(fn: () => unknown): IllegalActionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IllegalActionError) return error;
    throw error;
  }
  throw new Error('the action was accepted');
}

describe('illegal actions', () => {
  it('refuse an action of the wrong kind and name the pending decision', () => {
    const s = createGame(fixtureSetup(3));
    const before = hashState(s);
    const error = refusal(() => applyAction(s, { type: 'place', space: 'tencent' }));
    expect(error.message).toContain(`${s.decision?.side} must answer a '${s.decision?.kind}' decision`);
    expect(hashState(s)).toBe(before);
  });

  it('refuse playing a card that is not in hand', () => {
    const game = playGame(fixtureSetup(4), 4, 40);
    const s = game.states.find((st) => st.decision?.kind === 'play');
    if (!s) throw new Error('no play decision reached');
    const notInHand = Object.keys(s.cards).find((id) => !s.hands[s.decision!.side].includes(id)) as string;
    const before = hashState(s);
    const error = refusal(() => applyAction(s, { type: 'play', card: notInHand, use: 'influence' }));
    expect(error.message).toContain('is not among the');
    expect(hashState(s)).toBe(before);
  });

  it('refuse any action once the game is over', () => {
    const game = playGame(fixtureSetup(5), 5);
    expect(game.final.outcome).not.toBeNull();
    expect(legalActions(game.final)).toEqual([]);
    const error = refusal(() => applyAction(game.final, game.actions[0] as Action));
    expect(error.message).toBe('the game is over');
  });

  it('leave the state frozen: a caller cannot change it by accident', () => {
    const s = createGame(fixtureSetup(6));
    expect(() => {
      (s as { leadership: number }).leadership = 5;
    }).toThrow();
  });
});
