// Per-card figures: how often a card was drawn and played, by which side and how, the win rate
// of the side that played it for its event, and the drawn-versus-not-drawn difference.
//
// Definitions (the report repeats them):
// - drawn: a card entering a side's hand between two decisions of the game — the deal, draws,
//   retrieval — counted each time. A card drawn and discarded within one engine transition is
//   not seen. Signature cards start in their owner's hand and are not counted.
// - played for the event: an action-round play for the event, or a headline.
// - played for Ops: a play for influence, sanctions, lobbying or the race.
// - event win rate: over (game, side) pairs where that side played the card for its event at
//   least once, how often that side won.
// - drawn − not drawn (17lands' "improvement when drawn"): the side's win rate in games where it
//   drew the card at least once, minus its win rate in games where it did not.
import type { CardDef, CardSide } from '../decks/types.js';
import type { Side } from '../engine/index.js';
import { localText } from '../i18n/lang.js';
import type { FireRoute, GameRecord } from './record.js';
import { FIRE_ROUTES } from './record.js';
import type { Difference, Proportion } from './stats.js';
import { newcombe, roundDifference, roundProportion, wilson } from './stats.js';

export interface DrawnDelta {
  drawn: Proportion;
  notDrawn: Proportion;
  delta: Difference;
}

export interface CardStats {
  id: string;
  title: string;
  side: CardSide;
  era: number;
  signature: boolean;
  /** A bargaining chip: it goes from hand to hand by the rules, so "drawn" counts receipts. */
  passes: boolean;
  drawn: Record<Side, number>;
  event: Record<Side, number>;
  ops: Record<Side, number>;
  eventWinRate: Proportion;
  /** The deck the card comes from. */
  deck: string;
  /** Times its event fired, by route (record.ts FIRE_ROUTES). */
  fired: Record<FireRoute, number>;
  /** Times its event did not fire because its `requires` did not hold. */
  blocked: number;
  /** Times a lasting rule its event set changed an Ops value, a cost or a roll, or ran its per-round effects. */
  lastingActs: number;
  /** Mean Leadership its effects moved toward the side they worked for, per time its event fired
   * (null: never fired). */
  leadershipPerFire: number | null;
  /** Null for signature cards (always in hand), bargaining chips (both sides hold one in nearly
   * every game) and when no game finished. */
  drawnDelta: Record<Side, DrawnDelta | null>;
}

export const CARD_NOTES: readonly string[] = [
  "Drawn: times a card entered a side's hand between two decisions (deal, draws, retrieval). Signature cards start in hand and are not counted; a card that passes counts each time it reaches a hand (at the start, and the round after each pass).",
  "Fired: times the event fired, by route: played for its event (ev), as a headline (hl), by the opponent's Ops play (opp: a card of the other side played for Ops fires for its owner), left in the opponent's hand at the end of a round (end: discarded, it fires for its owner), or another way (oth). Blocked: times it did not fire because its `requires` did not hold. Rule acted: times a lasting rule its event set changed an Ops value, a cost or a sanction roll, or ran its per-round effects. Lead/fire: the mean Leadership its effects moved toward the side they worked for, per time its event fired.",
  'Event / Ops: plays for the event (headlines included) and plays for influence, sanctions, lobbying or the race, by the side that played the card.',
  'Event win%: how often the side that played the card for its event won that game; n counts (game, side) pairs.',
  "Drawn − not drawn: the side's win rate in games where it drew the card minus in games where it did not, in percentage points with a 95% Newcombe interval (17lands' IWD).",
  'It is a correlation, not the strength of the card: cards of later eras are drawn only in games that last, so game length and era colour them; a card that helps a side already ahead or behind looks better or worse than it is; a card drawn by both sides shows each side its own figure; and a bot that misplays a card makes it look weak.',
];

const SIDES = ['us', 'china'] as const;

interface Counters {
  drawn: Record<Side, number>;
  event: Record<Side, number>;
  ops: Record<Side, number>;
  eventPlays: number;
  eventWins: number;
  /** Games (finished by the rules) in which the side drew the card / won having drawn it. */
  drewGames: Record<Side, number>;
  drewWins: Record<Side, number>;
  fired: Record<FireRoute, number>;
  blocked: number;
  lastingActs: number;
  leadership: number;
}

function counters(): Counters {
  const zero = () => ({ us: 0, china: 0 });
  const fired = Object.fromEntries(FIRE_ROUTES.map((r) => [r, 0])) as Record<FireRoute, number>;
  return {
    drawn: zero(),
    event: zero(),
    ops: zero(),
    eventPlays: 0,
    eventWins: 0,
    drewGames: zero(),
    drewWins: zero(),
    fired,
    blocked: 0,
    lastingActs: 0,
    leadership: 0,
  };
}

function firedTimes(c: Counters): number {
  return FIRE_ROUTES.reduce((n, route) => n + c.fired[route], 0);
}

/** `deckOf[i]`: the id of the deck card i comes from. */
export function cardStats(cards: readonly CardDef[], records: readonly GameRecord[], deckOf: readonly string[] = []): CardStats[] {
  const per = cards.map(counters);
  const finished = { us: 0, china: 0 };
  const wins = { us: 0, china: 0 };
  // A per-game mark, reset by writing the game's index: no Set per game.
  const seenEvent = new Int32Array(cards.length * 2).fill(-1);
  const seenDrawn = new Int32Array(cards.length * 2).fill(-1);
  for (const record of records) {
    if (!record.result) continue;
    for (const route of FIRE_ROUTES) for (const n of record.fired[route]) (per[n] as Counters).fired[route]++;
    for (const n of record.blocked) (per[n] as Counters).blocked++;
    for (const n of record.lastingActs) (per[n] as Counters).lastingActs++;
    for (const [n, points] of record.eventLeadership) (per[n] as Counters).leadership += points;
    const winner = record.result.winner;
    for (const [s, side] of SIDES.entries()) {
      finished[side]++;
      if (winner === side) wins[side]++;
      for (const n of record.drawn[side]) {
        const c = per[n] as Counters;
        c.drawn[side]++;
        if (seenDrawn[n * 2 + s] === record.index) continue;
        seenDrawn[n * 2 + s] = record.index;
        c.drewGames[side]++;
        if (winner === side) c.drewWins[side]++;
      }
      for (const n of record.ops[side]) (per[n] as Counters).ops[side]++;
      for (const n of record.event[side]) {
        const c = per[n] as Counters;
        c.event[side]++;
        if (seenEvent[n * 2 + s] === record.index) continue;
        seenEvent[n * 2 + s] = record.index;
        c.eventPlays++;
        if (winner === side) c.eventWins++;
      }
    }
  }
  return cards.map((card, i) => {
    const c = per[i] as Counters;
    const delta = (side: Side): DrawnDelta | null => {
      if (card.signature || card.passes || finished[side] === 0) return null;
      const drawn = wilson(c.drewWins[side], c.drewGames[side]);
      const notDrawn = wilson(wins[side] - c.drewWins[side], finished[side] - c.drewGames[side]);
      return { drawn: roundProportion(drawn), notDrawn: roundProportion(notDrawn), delta: roundDifference(newcombe(drawn, notDrawn)) };
    };
    return {
      id: card.id,
      title: localText(card.title, 'en'),
      side: card.side,
      era: card.era,
      signature: card.signature !== undefined,
      passes: card.passes === true,
      drawn: c.drawn,
      event: c.event,
      ops: c.ops,
      eventWinRate: roundProportion(wilson(c.eventWins, c.eventPlays)),
      deck: deckOf[i] ?? '',
      fired: c.fired,
      blocked: c.blocked,
      lastingActs: c.lastingActs,
      leadershipPerFire: firedTimes(c) === 0 ? null : Math.round((c.leadership / firedTimes(c)) * 100) / 100,
      drawnDelta: { us: delta('us'), china: delta('china') },
    };
  });
}
