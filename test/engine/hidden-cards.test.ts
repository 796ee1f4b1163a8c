// peek, reveal, take and `modifyNextCard` with `use`: what a designer sees when a card uses
// them. A peek shows cards to the side that looks and to nobody else (its view, not the other
// seat's, not a spectator's, not the log); a reveal shows cards to both; a take moves a card;
// a next-card change acts on the play it waits for, once.
import { describe, expect, it } from 'vitest';
import type { CardDef, Effect } from '../../src/decks/types.js';
import { card } from '../../src/engine/cards.js';
import { applyAction, cloneState, legalActions, viewFor } from '../../src/engine/index.js';
import type { Action, GameState, Side } from '../../src/engine/index.js';
import { determinize } from '../../src/ai/determinize.js';
import { logEntryText } from '../../src/i18n/log-words.js';
import { publicView } from '../../src/net/public-view.js';
import { atFirstActionRound, giveCard } from './helpers.js';

const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

function testCard(id: string, event: Effect[], ops = 2): CardDef {
  return { id, title: id, side: 'neutral', ops, era: 1, text: id, event, history: 'A test card.', date: '2024', source: 'test' };
}

/** The side to act plays a neutral card with `event` for its event. */
function playEvent(event: Effect[], seed = 4): { before: GameState; after: GameState; side: Side } {
  const s = atFirstActionRound(seed);
  s.cards = { ...s.cards, probe: testCard('probe', event) };
  giveCard(s, 'probe');
  // The fixture deck deals its whole pile in round 1: the later eras make a pile to look at.
  s.deck.push(...s.box.splice(0));
  const side = s.decision?.side as Side;
  return { before: s, after: applyAction(s, { type: 'play', card: 'probe', use: 'event' }), side };
}

/** Plays the first card of the side to act (not a scoring card) with `use`. */
function playFirst(s: GameState, use: 'event' | 'influence'): { state: GameState; card: string } {
  const side = s.decision?.side as Side;
  const id = s.hands[side].find(
    (c) => card(s, c).scoring === undefined && card(s, c).ops >= 2 && card(s, c).ops <= 3 && card(s, c).side !== other(side),
  ) as string;
  expect(id).toBeTruthy();
  return { state: applyAction(s, { type: 'play', card: id, use }), card: id };
}

describe('peek', () => {
  it('shows the top cards of the draw pile to the side that looks, and to nobody else', () => {
    const { before, after, side } = playEvent([{ op: 'peek', side: 'self', at: 'deck', count: 3 }]);
    const top = before.deck.slice(-3).reverse();
    expect(top).toHaveLength(3);
    expect(viewFor(after, side).known?.deckTop).toEqual(top);
    const theirs = viewFor(after, other(side));
    expect(theirs.known?.deckTop ?? []).toEqual([]);
    const spectator = JSON.stringify(publicView(after));
    for (const id of top) {
      expect(JSON.stringify(theirs)).not.toContain(`"${id}"`);
      expect(spectator).not.toContain(`"${id}"`);
    }
    // The log, which both seats read, says how many, not which.
    const entry = after.log.find((e) => e.type === 'peek');
    expect(entry).toMatchObject({ type: 'peek', side, at: 'deck', count: 3 });
    expect(JSON.stringify(after.log)).not.toContain(`"${top[0]}"`);
  });

  it('forgets a card of the pile once it is drawn', () => {
    const { after, side } = playEvent([
      { op: 'peek', side: 'self', at: 'deck', count: 2 },
      { op: 'draw', side: 'opponent', count: 1 },
    ]);
    const known = viewFor(after, side).known?.deckTop ?? [];
    expect(known).toHaveLength(1);
    expect(known[0]).toBe(after.deck.at(-1));
  });

  it('shows cards of the other hand to the looker only, until they leave that hand', () => {
    const { after, side } = playEvent([{ op: 'peek', side: 'self', at: 'hand', count: 2 }]);
    const seen = viewFor(after, side).known?.opponentHand ?? [];
    expect(seen).toHaveLength(2);
    for (const id of seen) expect(after.hands[other(side)]).toContain(id);
    expect(viewFor(after, other(side)).known?.opponentHand ?? []).toEqual([]);
    // The other side plays one of the seen cards: it is no longer "in their hand".
    const s = cloneState(after);
    const played = seen.find((id) => card(s, id).scoring === undefined) as string;
    const play = legalActions(s).find((a) => a.type === 'play' && a.card === played);
    expect(play).toBeDefined();
    const next = applyAction(s, play as Action);
    expect(viewFor(next, side).known?.opponentHand ?? []).not.toContain(played);
    expect(viewFor(next, side).known?.opponentHand).toHaveLength(1);
  });

  it('leaves a game without a peek as it was: no `known` in either view', () => {
    const s = atFirstActionRound(4);
    expect(viewFor(s, 'us').known).toBeUndefined();
    expect(viewFor(s, 'china').known).toBeUndefined();
  });
});

describe('reveal', () => {
  it('makes cards of a hand public: both views and the log name them', () => {
    const { before, after, side } = playEvent([{ op: 'reveal', side: 'opponent', count: 2 }]);
    const opp = other(side);
    const shown = viewFor(after, side).known?.revealed[opp] ?? [];
    expect(shown).toHaveLength(2);
    for (const id of shown) expect(before.hands[opp]).toContain(id);
    expect(viewFor(after, opp).known?.revealed[opp]).toEqual(shown);
    expect(viewFor(after, side).known?.opponentHand).toEqual(shown);
    expect(after.log.find((e) => e.type === 'reveal')).toMatchObject({ type: 'reveal', side: opp, cards: shown });
  });

  it('shows a spectator the revealed cards still in a hand, and never a peeked one', () => {
    const { before, after, side } = playEvent([
      { op: 'peek', side: 'self', at: 'deck', count: 2 },
      { op: 'reveal', side: 'opponent', count: 1 },
      { op: 'peek', side: 'self', at: 'hand', count: 2 },
    ]);
    const opp = other(side);
    const shown = viewFor(after, side).known?.revealed[opp] ?? [];
    expect(shown).toHaveLength(1);
    const watcher = publicView(after);
    expect(watcher.known?.revealed).toEqual({ us: [], china: [], [opp]: shown });
    expect(watcher.known?.deckTop).toEqual([]);
    expect(watcher.known?.opponentHand).toEqual([]);
    // The pile's top and the hand cards the side peeked at, unrevealed, are named nowhere in it.
    const peeked = [...before.deck.slice(-2), ...(viewFor(after, side).known?.opponentHand ?? [])].filter((id) => !shown.includes(id));
    expect(peeked.length).toBeGreaterThan(0);
    for (const id of peeked) expect(JSON.stringify(watcher)).not.toContain(`"${id}"`);
    // Played, the revealed card leaves the spectator's list as it leaves the seats'.
    expect(after.decision?.side).toBe(opp);
    const play = legalActions(after).find((a) => a.type === 'play' && a.card === shown[0]) as Action;
    expect(play).toBeTruthy();
    expect(publicView(applyAction(after, play)).known?.revealed[opp]).toEqual([]);
  });

  it('gives a spectator no hidden-card memory in a game without reveals', () => {
    const { after } = playEvent([{ op: 'peek', side: 'self', at: 'deck', count: 2 }]);
    expect(publicView(after).known).toBeUndefined();
  });
});

describe('take', () => {
  it('moves a card at random from the other hand into the taker’s, the same one for the same seed', () => {
    const { before, after, side } = playEvent([{ op: 'take', side: 'self', count: 1, how: 'random' }]);
    const opp = other(side);
    expect(after.hands[opp]).toHaveLength(before.hands[opp].length - 1);
    const taken = before.hands[opp].find((id) => !after.hands[opp].includes(id)) as string;
    expect(after.hands[side]).toContain(taken);
    expect(card(after, taken).signature).toBeUndefined();
    expect(card(after, taken).scoring).toBeUndefined();
    expect(after.log.find((e) => e.type === 'take')).toMatchObject({ side, from: opp, card: taken });
    expect(playEvent([{ op: 'take', side: 'self', count: 1, how: 'random' }]).after.hands[side]).toContain(taken);
  });

  it('with mostOps, takes a card with the most Ops of the other hand', () => {
    const { before, after, side } = playEvent([{ op: 'take', side: 'self', count: 1, how: 'mostOps' }]);
    const opp = other(side);
    const candidates = before.hands[opp].filter(
      (id) => card(before, id).signature === undefined && card(before, id).passes !== true && card(before, id).scoring === undefined,
    );
    const most = Math.max(...candidates.map((id) => card(before, id).ops));
    const taken = before.hands[opp].find((id) => !after.hands[opp].includes(id)) as string;
    expect(card(after, taken).ops).toBe(most);
  });
});

describe('modifyNextCard with use', () => {
  it('use: any — the other side’s very next card has 1 Op less, then the change ends', () => {
    const { after } = playEvent([{ op: 'modifyNextCard', side: 'opponent', opsDelta: -1, use: 'any' }]);
    expect(after.modifiers).toHaveLength(1);
    const { state, card: id } = playFirst(after, 'influence');
    const play = state.log.findLast((e) => e.type === 'play');
    expect(play).toMatchObject({ card: id, ops: card(state, id).ops - 1 });
    expect(state.modifiers).toHaveLength(0);
  });

  it('use: any — an event play uses it up too, so it cannot wait for a later Ops play', () => {
    const { after } = playEvent([{ op: 'modifyNextCard', side: 'opponent', opsDelta: -1, use: 'any' }]);
    const { state } = playFirst(after, 'event');
    expect(state.modifiers).toHaveLength(0);
    expect(state.log.some((e) => e.type === 'lasting' && e.change === 'ends')).toBe(true);
  });

  it('use: event — an Ops play leaves it waiting; the next event play counts the change, once', () => {
    const { after, side } = playEvent([{ op: 'modifyNextCard', side: 'self', opsDelta: 1, use: 'event' }]);
    const ops = playFirst(untilPlayOf(after, side), 'influence');
    expect(ops.state.log.findLast((e) => e.type === 'play')).toMatchObject({ card: ops.card, ops: card(ops.state, ops.card).ops });
    expect(ops.state.modifiers.filter((m) => m.side === side)).toHaveLength(1);
    const s = untilPlayOf(ops.state, side);
    const ev = playFirst(s, 'event');
    expect(ev.state.log.find((e, i) => i >= s.log.length && e.type === 'play')).toMatchObject({ card: ev.card, ops: card(s, ev.card).ops + 1 });
    expect(ev.state.modifiers.filter((m) => m.side === side)).toHaveLength(0);
  });

  it('use: ops (the default) — an event play leaves it for the next Ops play', () => {
    const { after } = playEvent([{ op: 'modifyNextCard', side: 'opponent', opsDelta: 1 }]);
    const { state } = playFirst(after, 'event');
    expect(state.modifiers).toHaveLength(1);
    expect(state.modifiers[0]?.next).toBeUndefined();
  });
});

/** Plays on (cards for influence, first legal answers) until `side` has a card to play. */
function untilPlayOf(start: GameState, side: Side): GameState {
  let s = start;
  for (let guard = 0; guard < 200 && !(s.decision?.kind === 'play' && s.decision.side === side); guard++) {
    s = s.decision?.kind === 'play' ? playFirst(s, 'influence').state : applyAction(s, legalActions(s)[0] as Action);
  }
  expect(s.decision).toMatchObject({ kind: 'play', side });
  return s;
}

describe('what the bots make of a peek', () => {
  it('deals the cards they saw where they saw them, in every guessed deal', () => {
    const { after, side } = playEvent([
      { op: 'peek', side: 'self', at: 'hand', count: 2 },
      { op: 'peek', side: 'self', at: 'deck', count: 2 },
    ]);
    const view = viewFor(after, side);
    const seenHand = view.known?.opponentHand ?? [];
    const seenTop = view.known?.deckTop ?? [];
    expect(seenHand).toHaveLength(2);
    expect(seenTop).toHaveLength(2);
    for (let seed = 1; seed <= 5; seed++) {
      const guess = determinize(view, after.cards, { rng: seed });
      for (const id of seenHand) expect(guess.hands[other(side)]).toContain(id);
      expect(guess.deck.slice(-2).reverse()).toEqual(seenTop);
      expect(guess.hands[other(side)]).toHaveLength(after.hands[other(side)].length);
    }
  });
});

describe('the log lines of peek, reveal and take', () => {
  it('say how many cards a peek saw, and name revealed and taken cards, in both languages', () => {
    const { after } = playEvent([
      { op: 'peek', side: 'self', at: 'hand', count: 2 },
      { op: 'reveal', side: 'opponent', count: 1 },
      { op: 'take', side: 'self', count: 1, how: 'mostOps' },
    ]);
    const entries = after.log.filter((e) => e.type === 'peek' || e.type === 'reveal' || e.type === 'take');
    expect(entries.map((e) => e.type)).toEqual(['peek', 'reveal', 'take']);
    const personas = after.setup.personas;
    const cards = after.cards;
    const en = entries.map((e) => logEntryText({ lang: 'en', cards, personas }, e));
    const fr = entries.map((e) => logEntryText({ lang: 'fr', cards, personas }, e));
    const revealed = (entries[1] as { cards: string[] }).cards[0] as string;
    const taken = (entries[2] as { card: string }).card;
    expect(en[0]).toMatch(/looked at .*hand \(cards seen: 2\)/);
    expect(fr[0]).toMatch(/a regardé la main de .* \(cartes vues\u00a0: 2\)/);
    expect(en[1]).toContain(revealed);
    expect(fr[1]).toContain(revealed);
    expect(en[2]).toMatch(new RegExp(`took ${taken} from`));
    expect(fr[2]).toMatch(new RegExp(`a pris ${taken} dans la main`));
  });
});

describe('undo and hidden cards', () => {
  it.each([
    ['peek', [{ op: 'peek', side: 'self', at: 'hand' }]],
    ['reveal', [{ op: 'reveal', side: 'opponent' }]],
    ['take', [{ op: 'take', side: 'self', count: 1, how: 'mostOps' }]],
  ] as [string, Effect[]][])('%s shows something new: undo may not go back past it', (_name, event) => {
    const { before, after } = playEvent(event);
    expect(after.revealCount).toBeGreaterThan(before.revealCount);
  });
});
