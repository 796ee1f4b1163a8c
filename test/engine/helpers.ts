// Test helpers: deterministic games and hand-made positions on the fixture deck.
import { applyAction, cloneState, createGame, legalActions } from '../../src/engine/index.js';
import type { Action, GameSetup, GameState } from '../../src/engine/index.js';
import type { CardDef, Effect } from '../../src/decks/types.js';
import { nextRandom } from '../../src/engine/rng.js';
import { fixtureSetup } from './fixture-deck.js';

/** A pseudo-random but repeatable pick among the legal actions. */
export function picker(seed: number): (legal: Action[]) => Action {
  const rng = { rng: seed };
  return (legal) => legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
}

export interface PlayedGame {
  states: GameState[];
  actions: Action[];
  final: GameState;
}

export function playGame(setup: GameSetup, pickSeed: number, maxActions = 2000): PlayedGame {
  const pick = picker(pickSeed);
  let s = createGame(setup);
  const states = [s];
  const actions: Action[] = [];
  while (!s.outcome && actions.length < maxActions) {
    const action = pick(legalActions(s));
    actions.push(action);
    s = applyAction(s, action);
    states.push(s);
  }
  return { states, actions, final: s };
}

/** The legal actions, with ordinary cards only as headlines: hand-made positions reached this way
 * are the ones their tests were written on (since rules 2.3 a side that does not lead may also
 * headline its signature card). */
export function legalWithOrdinaryHeadlines(s: GameState): Action[] {
  return legalActions(s).filter((a) => a.type !== 'headline' || s.cards[a.card]?.signature === undefined);
}

/** A game at the first action round of round 1, ready for hand-made changes (a mutable copy). */
export function atFirstActionRound(seed = 1, overrides: Partial<GameSetup> = {}): GameState {
  const pick = picker(seed);
  let s = createGame(fixtureSetup(seed, overrides));
  while (s.decision?.kind !== 'play') s = applyAction(s, pick(legalWithOrdinaryHeadlines(s)));
  return cloneState(s);
}

/** Put `card` in the hand of the side to act (taking it from wherever it is). */
export function giveCard(s: GameState, card: string): void {
  const side = s.decision?.side ?? 'us';
  for (const list of [s.deck, s.discard, s.removed, s.box, s.hands.us, s.hands.china, s.aside.us, s.aside.china]) {
    const at = list.indexOf(card);
    if (at >= 0) list.splice(at, 1);
  }
  s.hands[side].push(card);
}

/** The first action round of game `seed` with a neutral 2-Op card `probe`, whose event is
 * `event`, in the hand of the side to act; the fixture deck deals its whole pile in round 1, so
 * the later eras' cards are put in the pile, for events that look at it. */
export function withProbeCard(event: Effect[], seed = 4): GameState {
  const s = atFirstActionRound(seed);
  const probe: CardDef = {
    id: 'probe',
    title: 'Probe',
    side: 'neutral',
    ops: 2,
    era: 1,
    text: 'probe',
    event,
    history: 'A test card.',
    date: '2024',
    source: 'test',
  };
  s.cards = { ...s.cards, probe };
  giveCard(s, 'probe');
  s.deck.push(...s.box.splice(0));
  return s;
}

/** Every card id in the places a card can be, for the one-place invariant. */
export function cardPlaces(s: GameState): string[] {
  return [
    ...s.deck,
    ...s.discard,
    ...s.removed,
    ...s.box,
    ...s.hands.us,
    ...s.hands.china,
    ...s.aside.us,
    ...s.aside.china,
    ...s.inPlay,
    ...(s.headline.us ? [s.headline.us] : []),
    ...(s.headline.china ? [s.headline.china] : []),
  ];
}
