// Effects on hidden cards — peek, reveal, take — and what each side knows of them.
// A peek is private: the cards go to `s.seen[side]` (viewFor gives each side only its own) and
// the log says only how many. A reveal and a take are public: both sides see the cards.
// A memory lasts while it is still true: a card seen in a hand until it leaves that hand, the
// draw pile's top cards until they are drawn or the pile is reshuffled.
import type { CardId, Side } from '../decks/types.js';
import { card, isOrdinary } from './cards.js';
import { log } from './log.js';
import { randomInt } from './rng.js';
import { other } from './rules.js';
import type { GameState, Glimpse } from './types.js';

/** Up to `count` of `ids` at random (all of them, in their order, when `count` covers them). */
function pick(s: GameState, ids: CardId[], count: number | undefined): CardId[] {
  if (count === undefined || count >= ids.length) return [...ids];
  const pool = [...ids];
  const out: CardId[] = [];
  for (let i = 0; i < count; i++) out.push(...pool.splice(randomInt(s, pool.length), 1));
  return out;
}

/** The cards of a hand a peek, a reveal or a take can reach: not signature cards or chips,
 * which are public already. */
function reachable(s: GameState, side: Side): CardId[] {
  return s.hands[side].filter((id) => isOrdinary(card(s, id)));
}

function remember(s: GameState, side: Side, glimpse: Glimpse): void {
  const seen = s.seen ?? { us: [], china: [] };
  seen[side].push(glimpse);
  s.seen = seen;
}

/** `side` looks at the top `count` cards of the draw pile, or at cards of the other side's hand. */
export function peek(s: GameState, side: Side, at: 'deck' | 'hand', count: number | undefined, source: CardId): void {
  const cards = at === 'deck' ? s.deck.slice(-(count ?? 1)).reverse() : pick(s, reachable(s, other(side)), count);
  // The peeking side learns something: undo may not go back past it.
  s.revealCount++;
  log(s, { type: 'peek', side, at, count: cards.length });
  if (cards.length > 0) remember(s, side, { at, cards, source, after: s.log.length });
}

/** Cards of `side`'s hand become public. */
export function reveal(s: GameState, side: Side, count: number | undefined, source: CardId): void {
  const cards = pick(s, reachable(s, side), count);
  // Both sides learn something: undo may not go back past it.
  s.revealCount++;
  log(s, { type: 'reveal', side, cards, card: source });
  if (cards.length === 0) return;
  const shown = s.revealed ?? [];
  shown.push({ at: 'hand', cards, source, after: s.log.length, side });
  s.revealed = shown;
}

/** `side` takes `count` cards from the other side's hand: at random, or those with the most Ops. */
export function take(s: GameState, side: Side, count: number, how: 'random' | 'mostOps', source: CardId): void {
  const from = other(side);
  for (let i = 0; i < count; i++) {
    // A scoring card cannot change hands: it must be played by the side that drew it.
    let pool = reachable(s, from).filter((id) => card(s, id).scoring === undefined);
    if (pool.length === 0) return;
    if (how === 'mostOps') {
      const most = Math.max(...pool.map((id) => card(s, id).ops));
      pool = pool.filter((id) => card(s, id).ops === most);
    }
    const id = pool.length === 1 ? (pool[0] as CardId) : (pool[randomInt(s, pool.length)] as CardId);
    s.revealCount++;
    const hand = s.hands[from];
    hand.splice(hand.indexOf(id), 1);
    s.hands[side].push(id);
    log(s, { type: 'take', side, from, card: id, source });
  }
}

/** Whether `id` has stayed where it was seen since log entry `after`: no entry since names it. */
function untouchedSince(s: Pick<GameState, 'log'>, id: CardId, after: number): boolean {
  for (let i = after; i < s.log.length; i++) {
    const e = s.log[i];
    if (e && 'card' in e && e.card === id) return false;
  }
  return true;
}

function reshuffledSince(s: Pick<GameState, 'log'>, after: number): boolean {
  for (let i = after; i < s.log.length; i++) if (s.log[i]?.type === 'reshuffle') return true;
  return false;
}

/** What one side knows of hidden cards, still true now. */
export interface KnownCards {
  /** The draw pile's top cards it looked at, top first. */
  deckTop: CardId[];
  /** Cards it looked at in the other side's hand (or that hand's secret headline). */
  opponentHand: CardId[];
  /** Revealed cards still in a hand, by holder: public. */
  revealed: Record<Side, CardId[]>;
}

type KnownState = Pick<GameState, 'log' | 'deck' | 'hands' | 'headline' | 'seen' | 'revealed'>;

/** What `side` knows; null when no card ever peeked or revealed (older states stay as they were). */
export function knownCards(s: KnownState, side: Side): KnownCards | null {
  if (!s.seen && !s.revealed) return null;
  const opp = other(side);
  const inHand = (holder: Side, id: CardId): boolean => s.hands[holder].includes(id) || s.headline[holder] === id;
  const deckTop: CardId[] = [];
  const opponentHand: CardId[] = [];
  for (const g of s.seen?.[side] ?? []) {
    if (g.at === 'deck') {
      if (reshuffledSince(s, g.after)) continue;
      for (const id of g.cards) if (s.deck.includes(id) && !deckTop.includes(id)) deckTop.push(id);
    } else {
      for (const id of g.cards) if (inHand(opp, id) && untouchedSince(s, id, g.after) && !opponentHand.includes(id)) opponentHand.push(id);
    }
  }
  // The newest look at the pile comes last in `seen`: the cards still there keep their order.
  deckTop.sort((a, b) => s.deck.indexOf(b) - s.deck.indexOf(a));
  const revealed = revealedCards(s);
  for (const id of revealed[opp]) if (!opponentHand.includes(id)) opponentHand.push(id);
  return { deckTop, opponentHand, revealed };
}

/** The revealed cards still in a hand, by holder: public, so the same for both seats and a spectator. */
function revealedCards(s: Omit<KnownState, 'seen' | 'deck'>): Record<Side, CardId[]> {
  const inHand = (holder: Side, id: CardId): boolean => s.hands[holder].includes(id) || s.headline[holder] === id;
  const revealed: Record<Side, CardId[]> = { us: [], china: [] };
  for (const g of s.revealed ?? []) {
    for (const id of g.cards) {
      if (inHand(g.side, id) && untouchedSince(s, id, g.after) && !revealed[g.side].includes(id)) revealed[g.side].push(id);
    }
  }
  return revealed;
}

/** What anyone watching knows of hidden cards: the revealed ones only, never a side's peek; null
 * when no card was ever revealed. */
export function publicKnownCards(s: Omit<KnownState, 'seen' | 'deck'>): KnownCards | null {
  if (!s.revealed) return null;
  return { deckTop: [], opponentHand: [], revealed: revealedCards(s) };
}
