// Determinization: from what one side sees, one full game state that could be the real
// one. The cards this side cannot see (the opponent's hand, a secret headline, the draw
// pile's order) are dealt at random from the cards that are nowhere in sight, and the
// dice get a fresh generator. Search averages over many such deals instead of peeking.
import type { CardDef, CardId, Side } from '../decks/types.js';
import type { GameState, PlayerView } from '../engine/index.js';
import { plainCopy, rules } from '../engine/index.js';
import { shuffle } from '../engine/rng.js';
import { sampledDice } from './seeding.js';
import { dealtState } from './search-state.js';
import type { ScoringThreat } from './evaluate.js';

export type Catalog = Readonly<Record<CardId, CardDef>>;

export interface HiddenCards {
  /** Cards known to be in the opponent's hand (its signature card and a bargaining chip it holds face up). */
  opponentKnown: CardId[];
  /** Cards whose place is hidden: the opponent's other cards, a secret headline, the draw pile. */
  unknown: CardId[];
}

/** The last view read and its hidden cards: a move deals the same view several times and
 * weighs its threats once more. Handed out as copies (determinize shuffles and splices them). */
let lastView: PlayerView | null = null;
let lastCatalog: Catalog | null = null;
let lastHidden: HiddenCards = { opponentKnown: [], unknown: [] };

/** What `view.side` can and cannot place, from the public catalogue minus every visible location. */
export function hiddenCards(view: PlayerView, catalog: Catalog): HiddenCards {
  if (view !== lastView || catalog !== lastCatalog) {
    lastHidden = readHiddenCards(view, catalog);
    lastView = view;
    lastCatalog = catalog;
  }
  return { opponentKnown: lastHidden.opponentKnown.slice(), unknown: lastHidden.unknown.slice() };
}

function readHiddenCards(view: PlayerView, catalog: Catalog): HiddenCards {
  const opp = rules.other(view.side);
  const seen = new Set<CardId>([...view.hand, ...view.discard, ...view.removed, ...view.box, ...view.inPlay, ...view.aside.us, ...view.aside.china]);
  for (const side of ['us', 'china'] as const) {
    const id = view.headline[side];
    if (id !== null) seen.add(id);
  }
  // Cards a peek or a reveal showed in the opponent's hand are dealt there, not guessed.
  const opponentKnown: CardId[] = [...(view.known?.opponentHand ?? []).filter((id) => !seen.has(id))];
  for (const id of opponentKnown) seen.add(id);
  const unknown: CardId[] = [];
  for (const id of Object.keys(catalog)) {
    if (seen.has(id)) continue;
    // A signature card never leaves its owner except to be set aside or played: if it is
    // not in sight, it is in its owner's hand. A bargaining chip is always in a hand, set aside
    // or in play: out of sight, it is in the opponent's hand.
    const def = catalog[id];
    const signature = def?.signature;
    if ((signature !== undefined && rules.SIDE_OF[signature] === opp) || def?.passes === true) opponentKnown.push(id);
    else unknown.push(id);
  }
  return { opponentKnown, unknown };
}

export interface DeterminizeOptions {
  /** Leave the log out: the rules never read it, and searches copy states thousands of times. */
  withoutLog?: boolean;
}

/**
 * A full state consistent with `view`: same public board, same own hand, the opponent dealt
 * `opponentHandCount` cards (its known cards first), its secret headline if chosen, the rest
 * in the draw pile in a random order, and a fresh generator from `rng`. The result is a
 * private mutable object (nothing in it is shared with the view).
 */
export function determinize(view: PlayerView, catalog: Catalog, rng: { rng: number }, options: DeterminizeOptions = {}): GameState {
  const side: Side = view.side;
  const opp = rules.other(side);
  const { opponentKnown, unknown: hidden } = hiddenCards(view, catalog);
  // The draw pile's top cards this side looked at are dealt nowhere else: they go back on top, in order.
  const top = (view.known?.deckTop ?? []).filter((id) => hidden.includes(id));
  const unknown = top.length > 0 ? hidden.filter((id) => !top.includes(id)) : hidden;
  shuffle(rng, unknown);
  const secretHeadline = view.headlineChosen[opp] && view.headline[opp] === null;
  // A card seen in the opponent's hand may since be its secret headline: when the hand is too
  // small for every card seen, one of them is.
  let knownHeadline: CardId | null = null;
  if (secretHeadline && opponentKnown.length > view.opponentHandCount) {
    const peeked = view.known?.opponentHand ?? [];
    const at = opponentKnown.findIndex((id) => peeked.includes(id));
    if (at >= 0) knownHeadline = opponentKnown.splice(at, 1)[0] as CardId;
  }
  const dealt = view.opponentHandCount - opponentKnown.length;
  const needed = dealt + (secretHeadline && knownHeadline === null ? 1 : 0) + view.deckCount - top.length;
  if (dealt < 0 || needed !== unknown.length) {
    throw new Error(
      `cannot deal the hidden cards for ${side}: ${unknown.length} unseen cards for ${view.opponentHandCount} in the opponent's hand ` +
        `(${opponentKnown.length} known), ${secretHeadline ? 1 : 0} secret headline and ${view.deckCount} in the draw pile`,
    );
  }
  const opponentHand = [...opponentKnown, ...unknown.slice(0, dealt)];
  const headline: Record<Side, CardId | null> = { us: view.headline.us, china: view.headline.china };
  if (secretHeadline) headline[opp] = knownHeadline ?? (unknown[dealt] as CardId);
  // The pile draws from its end: the top card seen first goes last.
  const deck = [...unknown.slice(dealt + (secretHeadline && knownHeadline === null ? 1 : 0)), ...[...top].reverse()];
  // The view's parts are read, not kept: the copy is private, in the shape of every copy a
  // look-ahead makes of it (one shape of state for the estimates' property loads).
  return dealtState(view, {
    setup: { ...plainCopy(view.setup), seed: 0 },
    log: options.withoutLog ? [] : view.log,
    cards: catalog as GameState['cards'],
    rng: sampledDice(rng),
    deck,
    hands: side === 'us' ? { us: [...view.hand], china: opponentHand } : { us: opponentHand, china: [...view.hand] },
    headline,
  });
}

/** The chance that the opponent holds each unseen scoring card: its unknown cards over all unseen ones. */
export function scoringThreat(view: PlayerView, catalog: Catalog): ScoringThreat {
  const { opponentKnown, unknown } = hiddenCards(view, catalog);
  const inHand = Math.max(0, view.opponentHandCount - opponentKnown.length);
  const odds: ScoringThreat['odds'] = {};
  for (const id of unknown) {
    const region = catalog[id]?.scoring;
    if (region) odds[region] = { card: id, odds: unknown.length > 0 ? inHand / unknown.length : 0 };
  }
  return { side: rules.other(view.side), odds };
}
