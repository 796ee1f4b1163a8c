// The bargaining chip (a card that `passes`, RULES 4.3.5 and 6.3.4): it starts in the US hand
// outside the hand size, is never headlined, held or discarded, and once played, for its event or
// for Ops, it passes face down to the other side, who can play it from the next round. Who holds
// it, and whether face down, is public.
import { describe, expect, it } from 'vitest';
import { determinize, hiddenCards } from '../../src/ai/determinize.js';
import type { CardDef } from '../../src/decks/types.js';
import { applyAction, createGame, legalActions, rules, viewFor } from '../../src/engine/index.js';
import type { Action, GameState, Side } from '../../src/engine/index.js';
import { FIXTURE_CARDS, fixtureSetup } from './fixture-deck.js';
import { atFirstActionRound, cardPlaces } from './helpers.js';

const CHIP: CardDef = {
  id: 'chip',
  title: 'chip',
  side: 'neutral',
  ops: 3,
  era: 2,
  passes: true,
  text: 'chip',
  event: [{ op: 'vp', side: 'self', amount: 1 }],
  history: 'A test card.',
  date: '2025-01-01',
  source: 'test fixture',
};
const CARDS = [...FIXTURE_CARDS, CHIP];
const setup = (seed = 1) => fixtureSetup(seed, { cards: CARDS });

/** Round 1, the first action round, `side` to play (a mutable copy). */
function toPlay(side: Side, seed = 1): GameState {
  const s = atFirstActionRound(seed, { cards: CARDS });
  s.decision = { kind: 'play', side };
  s.phasing = side;
  return s;
}

/** Answer every decision with its first legal action (or `pick`'s) until `stop` holds. */
function playUntil(state: GameState, stop: (s: GameState) => boolean, pick?: (s: GameState) => Action | undefined): GameState {
  let s = state;
  while (!stop(s) && s.decision && !s.outcome) s = applyAction(s, pick?.(s) ?? (legalActions(s)[0] as Action));
  return s;
}

const plays = (s: GameState, card: string) => legalActions(s).filter((a) => a.type === 'play' && a.card === card);
const since = (before: GameState, after: GameState) => after.log.slice(before.log.length);

/** The side the chip starts with, the other side, what its event gains the holder, and the
 * other side's card that makes its opponent discard. */
const HOLDER: Side = rules.BARGAIN_STARTS_WITH;
const OTHER: Side = HOLDER === 'us' ? 'china' : 'us';
const GAIN = HOLDER === 'us' ? 1 : -1;
const DISCARDER = OTHER === 'us' ? 'us-disc' : 'china-draw';

describe('the bargaining chip', () => {
  it('starts in its holder’s hand (the US’s), outside the hand size, and cannot be headlined', () => {
    const s = createGame(setup());
    expect(rules.BARGAIN_STARTS_WITH).toBe('us');
    expect(s.hands[HOLDER]).toContain('chip');
    expect(s.deck).not.toContain('chip');
    expect(s.box).not.toContain('chip');
    const headlining = playUntil(s, (x) => x.decision?.kind === 'headline' && x.decision.side === HOLDER);
    // Six ordinary cards (seven for the side behind), plus the signature card and the chip.
    const ordinary = headlining.hands[HOLDER].filter((id) => id !== 'chip' && !id.startsWith('sig-'));
    expect(ordinary.length).toBeGreaterThanOrEqual(rules.HAND_SIZE);
    expect(headlining.hands[HOLDER].length).toBe(ordinary.length + 2);
    expect(legalActions(headlining).map((a) => (a.type === 'headline' ? a.card : ''))).not.toContain('chip');
  });

  it('played for its event, works for the player, then passes face down to the opponent', () => {
    const s = toPlay(HOLDER);
    expect(plays(s, 'chip').map((a) => (a.type === 'play' ? a.use : ''))).toContain('event');
    const played = applyAction(s, { type: 'play', card: 'chip', use: 'event' });
    expect(played.leadership).toBe(s.leadership + GAIN);
    expect(played.hands[HOLDER]).not.toContain('chip');
    expect(played.aside[OTHER]).toEqual(['chip']);
    expect(played.discard).not.toContain('chip');
    expect(since(s, played)).toContainEqual({ round: 1, type: 'bargainPasses', card: 'chip', from: HOLDER, to: OTHER });
    expect(cardPlaces(played).filter((id) => id === 'chip')).toHaveLength(1);
  });

  it('played for Ops, fires no event and passes all the same', () => {
    const s = toPlay(HOLDER);
    const ops = plays(s, 'chip').find((a) => a.type === 'play' && a.use === 'influence');
    expect(ops).toBeDefined();
    // Neutral: no event fires with its Ops, so there is no before-or-after choice.
    expect(ops).not.toHaveProperty('eventFirst');
    const played = playUntil(applyAction(s, ops as Action), (x) => x.decision?.kind !== 'place');
    expect(played.leadership).toBe(s.leadership);
    expect(played.log.some((e) => e.type === 'eventFires' && e.card === 'chip')).toBe(false);
    expect(played.aside[OTHER]).toEqual(['chip']);
    expect(since(s, played).filter((e) => e.type === 'bargainPasses')).toHaveLength(1);
  });

  it('passed face down, the opponent cannot play it this round, and can from the next', () => {
    const s = toPlay(HOLDER);
    const passed = applyAction(s, { type: 'play', card: 'chip', use: 'event' });
    const otherTurn = playUntil(passed, (x) => x.decision?.kind === 'play' && x.decision.side === OTHER);
    expect(otherTurn.round).toBe(1);
    expect(otherTurn.hands[OTHER]).not.toContain('chip');
    expect(plays(otherTurn, 'chip')).toEqual([]);
    const round2 = playUntil(otherTurn, (x) => x.round === 2 && x.decision?.kind === 'play');
    expect(round2.hands[OTHER]).toContain('chip');
    expect(round2.aside[OTHER]).not.toContain('chip');
    const otherPlays = playUntil(round2, (x) => x.decision?.kind === 'play' && x.decision.side === OTHER);
    expect(plays(otherPlays, 'chip').length).toBeGreaterThan(0);
    // And back it goes.
    const back = applyAction(otherPlays, { type: 'play', card: 'chip', use: 'event' });
    expect(back.aside[HOLDER]).toContain('chip');
    expect(back.hands[OTHER]).not.toContain('chip');
  });

  it('is never held nor discarded at the end of the round: it stays with its holder', () => {
    const s = toPlay(HOLDER);
    s.actionsTaken = { us: s.actionsPerRound, china: s.actionsPerRound - 1 };
    const other = s.hands[HOLDER].find((id) => id !== 'chip' && !id.startsWith('sig-')) as string;
    const played = applyAction(s, plays(s, other)[0] as Action);
    const holding = playUntil(played, (x) => x.decision?.kind === 'hold' && x.decision.side === HOLDER);
    expect(holding.hands[HOLDER]).toContain('chip');
    expect(legalActions(holding).map((a) => (a.type === 'hold' ? a.card : ''))).not.toContain('chip');
    const after = applyAction(holding, legalActions(holding)[0] as Action);
    expect(after.hands[HOLDER]).toContain('chip');
    expect(after.discard).not.toContain('chip');
    const round2 = playUntil(after, (x) => x.round === 2);
    expect(round2.hands[HOLDER]).toContain('chip');
  });

  it('a discard event never takes it', () => {
    const s = toPlay(OTHER);
    s.hands[OTHER].push(DISCARDER);
    const played = playUntil(applyAction(s, { type: 'play', card: DISCARDER, use: 'event' }), (x) => x.decision?.kind !== 'discard');
    expect(played.hands[HOLDER]).toContain('chip');
  });

  it('both views show who holds it and whether face down', () => {
    const s = toPlay(HOLDER);
    for (const side of [OTHER, HOLDER] as const) {
      expect(viewFor(s, side).bargains).toEqual([{ card: 'chip', holder: HOLDER, faceDown: false }]);
    }
    const passed = applyAction(s, { type: 'play', card: 'chip', use: 'event' });
    for (const side of [OTHER, HOLDER] as const) {
      expect(viewFor(passed, side).bargains).toEqual([{ card: 'chip', holder: OTHER, faceDown: true }]);
    }
  });

  it('a bot deals it to the opponent’s hand when it sits there, face up', () => {
    const s = toPlay(OTHER);
    const view = viewFor(s, OTHER);
    expect(hiddenCards(view, s.cards).opponentKnown).toContain('chip');
    const dealt = determinize(view, s.cards, { rng: 7 });
    expect(dealt.hands[HOLDER]).toContain('chip');
    expect(dealt.hands[HOLDER]).toHaveLength(s.hands[HOLDER].length);
    // The view's summary is not state: a dealt state is built from hands and aside alone.
    expect(dealt).not.toHaveProperty('bargains');
  });

  it('a game without a chip deals and plays as before', () => {
    const s = createGame(fixtureSetup(1));
    expect(viewFor(s, OTHER).bargains).toEqual([]);
  });
});
