// The losing-move check reads a player's view only: at clock 2, the opponent's "Clock −1" card
// played for Ops (or kept back at the end of the round) loses for the side acting; a harmless
// card does not, and a card whose outcome hangs on a die or a choice is not called a loss.
import { describe, expect, it } from 'vitest';
import { losingMove, viewFor, type Action, type GameState } from '../../src/engine/index.js';
import { atFirstActionRound, giveCard } from './helpers.js';

/** China to act at `clock`, holding the US "Clock −1" card and a harmless one of its own. */
function chinaToPlay(clock: number): GameState {
  let s = atFirstActionRound(3);
  if (s.decision?.side !== 'china') {
    // Hand the move to China: the check reads only who acts and what is public.
    s = { ...s, decision: { kind: 'play', side: 'china' }, phasing: 'china' } as GameState;
  }
  s.clock = clock;
  giveCard(s, 'us-clock');
  giveCard(s, 'china-place');
  giveCard(s, 'neutral-choose');
  return s;
}

const play = (card: string, use: 'event' | 'influence' | 'race', eventFirst?: boolean): Action =>
  eventFirst === undefined ? { type: 'play', card, use } : { type: 'play', card, use, eventFirst };

describe('a move that loses on the spot', () => {
  it('is the opponent’s Clock −1 card played for Ops at clock 2, in either order', () => {
    const s = chinaToPlay(2);
    const view = viewFor(s, 'china');
    expect(losingMove(view, s.cards, play('us-clock', 'influence', true))).toEqual({ track: 'clock', to: 1, sure: true });
    expect(losingMove(view, s.cards, play('us-clock', 'influence', false))).toEqual({ track: 'clock', to: 1, sure: true });
  });

  it('is not a harmless card, a race (no event fires), a choice, or the same card at clock 3', () => {
    const s = chinaToPlay(2);
    const view = viewFor(s, 'china');
    expect(losingMove(view, s.cards, play('china-place', 'influence'))).toBeNull();
    expect(losingMove(view, s.cards, play('china-place', 'event'))).toBeNull();
    expect(losingMove(view, s.cards, play('us-clock', 'race'))).toBeNull();
    // Its player picks between Leadership and the clock: nothing is decided yet.
    expect(losingMove(view, s.cards, play('neutral-choose', 'event'))).toBeNull();
    const later = chinaToPlay(3);
    expect(losingMove(viewFor(later, 'china'), later.cards, play('us-clock', 'influence', true))).toBeNull();
  });

  it('is keeping another card back at the end of the round, so the Clock −1 card fires', () => {
    const s = chinaToPlay(2);
    s.decision = { kind: 'hold', side: 'china' };
    const view = viewFor(s, 'china');
    expect(losingMove(view, s.cards, { type: 'hold', card: 'china-place' })).toEqual({ track: 'clock', to: 1, sure: true });
    expect(losingMove(view, s.cards, { type: 'hold', card: 'us-clock' })).toBeNull();
  });

  it('is only a possible loss for a headline, since the opponent’s secret one may fire first', () => {
    const s = chinaToPlay(2);
    s.decision = { kind: 'play', side: 'us' };
    s.phasing = 'us';
    giveCard(s, 'us-clock');
    expect(losingMove(viewFor(s, 'us'), s.cards, { type: 'headline', card: 'us-clock' })).toEqual({ track: 'clock', to: 1, sure: false });
  });

  it('is the option of an event choice that moves the clock to 1 for the side acting', () => {
    const s = chinaToPlay(2);
    s.decision = {
      kind: 'choose',
      side: 'china',
      card: 'neutral-choose',
      labels: ['VP', 'Clock'],
      options: [[{ op: 'vp', side: 'self', amount: 1 }], [{ op: 'moveTrack', track: 'clock', by: -1 }]],
      ctx: { self: 'china', card: 'neutral-choose' },
    };
    const view = viewFor(s, 'china');
    expect(losingMove(view, s.cards, { type: 'choose', option: 1 })).toEqual({ track: 'clock', to: 1, sure: true });
    expect(losingMove(view, s.cards, { type: 'choose', option: 0 })).toBeNull();
  });
});
