// What one side may see: everything public, its own hand, the opponent's hand as a count.
// The draw pile's order, the generator's state and a secret headline never reach it.
import type { CardId, Side } from '../decks/types.js';
import { knownCards, type KnownCards } from './hidden.js';
import { legalActions } from './legal.js';
import { other } from './rules.js';
import type { Action, GameState } from './types.js';

export interface PlayerView extends Omit<GameState, 'cards' | 'rng' | 'deck' | 'hands' | 'headline' | 'setup' | 'seen' | 'revealed'> {
  side: Side;
  setup: Omit<GameState['setup'], 'seed'>;
  hand: CardId[];
  opponentHandCount: number;
  deckCount: number;
  /** Own headline, and the opponent's once both are revealed. */
  headline: Record<Side, CardId | null>;
  /** Whether each side has chosen its headline (the card itself stays secret). */
  headlineChosen: Record<Side, boolean>;
  /** Who holds each bargaining chip, and whether it is face down (passed this round, theirs from
   * the next): public, like a signature card. A chip being played is in `inPlay` instead. */
  bargains: BargainHolding[];
  /** The actions this side may take now (empty when it is not its turn). */
  legal: Action[];
  /** Hidden cards this side knows, by a peek of its own or a reveal (engine/hidden.ts); absent
   * until a card peeks or reveals. Never another side's peek. */
  known?: KnownCards;
}

export interface BargainHolding {
  card: CardId;
  holder: Side;
  faceDown: boolean;
}

/** Where the bargaining chips are: in a hand (face up) or set aside for the next round (face down). */
export function bargainHoldings(s: Pick<GameState, 'cards' | 'hands' | 'aside'>): BargainHolding[] {
  const out: BargainHolding[] = [];
  for (const holder of ['us', 'china'] as const) {
    for (const id of s.hands[holder]) if (s.cards[id]?.passes) out.push({ card: id, holder, faceDown: false });
    for (const id of s.aside[holder]) if (s.cards[id]?.passes) out.push({ card: id, holder, faceDown: true });
  }
  return out;
}

/** Every field is named: a new state field stays private until someone decides it is public. */
export function viewFor(s: GameState, side: Side): PlayerView {
  const { seed: _seed, ...setup } = s.setup;
  const opp = other(side);
  const known = knownCards(s, side);
  return {
    rulesVersion: s.rulesVersion,
    setup,
    revealCount: s.revealCount,
    round: s.round,
    rounds: s.rounds,
    phase: s.phase,
    firstPlayer: s.firstPlayer,
    phasing: s.phasing,
    leadership: s.leadership,
    clock: s.clock,
    stack: s.stack,
    lockIn: s.lockIn,
    raceReached: s.raceReached,
    influence: s.influence,
    box: s.box,
    discard: s.discard,
    removed: s.removed,
    aside: s.aside,
    inPlay: s.inPlay,
    actionsTaken: s.actionsTaken,
    actionsPerRound: s.actionsPerRound,
    raceUsed: s.raceUsed,
    stats: s.stats,
    modifiers: s.modifiers,
    flags: s.flags,
    eventsPlayed: s.eventsPlayed,
    cancelled: s.cancelled,
    tasks: s.tasks,
    decision: s.decision,
    log: s.log,
    leadershipHistory: s.leadershipHistory,
    outcome: s.outcome,
    actionCount: s.actionCount,
    headlineRevealed: s.headlineRevealed,
    side,
    hand: [...s.hands[side]],
    opponentHandCount: s.hands[opp].length,
    deckCount: s.deck.length,
    headline: {
      us: side === 'us' || s.headlineRevealed ? s.headline.us : null,
      china: side === 'china' || s.headlineRevealed ? s.headline.china : null,
    },
    headlineChosen: { us: s.headline.us !== null, china: s.headline.china !== null },
    bargains: bargainHoldings(s),
    legal: s.decision?.side === side ? legalActions(s) : [],
    ...(known ? { known } : {}),
  };
}
