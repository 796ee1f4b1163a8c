// The design figures of issue 17 (`design` in --json, the "Design" section of the report): how
// cards are used, how and when regions score, how low the clock goes, whether the race matters,
// whether the early leader just wins, how many decisions a player makes, which events fire.
// A worker digests each finished game into a small `GameDesign` (numbers and short arrays, read
// from the structured log and the final state); `designFigures` folds those into the report.
//
// Definitions (the report repeats the ones a reader needs):
// - action-round play: a `play` log entry other than a headline. `event` counts every play for
//   the event (own, neutral, scoring or the opponent's card); `ownEvent` and `scoring` are parts
//   of `event`: own non-signature cards, and scoring cards.
// - in-round scoring: a region scored during a round, as opposed to the final scoring. Its cause
//   is the event that was firing (a card played as an action or as a headline), or a scoring card
//   discarded from hand at the end of the round (the engine scores it there).
// - leader after round r: the sign of Leadership at the end of round r (state.leadershipHistory;
//   for the last round that is before the final scoring); games level at that moment have no
//   leader and are left out of that round's share.
import type { CardDef } from '../decks/types.js';
import type { CardId, Decision, GameState, LogEntry, Side } from '../engine/index.js';
import { rules } from '../engine/index.js';
import type { SimDeck } from './plan.js';
import { mean, quantile, round } from './stats.js';

/** The uses an action-round play is counted under, in the order of `GameDesign.plays`. */
export const PLAY_KINDS = ['influence', 'sanction', 'lobby', 'race', 'event', 'ownEvent', 'scoring'] as const;
export type PlayKind = (typeof PLAY_KINDS)[number];

/** Log tracks that are race tracks. The one place to list a new one (a Dependence track, say). */
export const RACE_TRACKS: readonly Extract<LogEntry, { type: 'track' }>['track'][] = ['stack', 'lockIn'];

/** The step of a race track that `race.step6Share` asks about. */
export const RACE_STEP = 6;

export const SCORING_CAUSES = ['asAction', 'asHeadline', 'atRoundEnd'] as const;
export type ScoringCause = (typeof SCORING_CAUSES)[number];

/** What one finished game tells the design figures. */
export interface GameDesign {
  /** Action-round plays by kind, in PLAY_KINDS order. */
  plays: number[];
  /** In-round scorings per round: index 0 is round 1. */
  scoringsByRound: number[];
  /** In-round scorings by cause, in SCORING_CAUSES order. */
  scoringCauses: number[];
  clockLowest: number;
  /** The highest step any race track reached. */
  raceHighest: number;
  /** Sign of Leadership at the end of each round played to its end: 1 US, −1 China, 0 level. */
  leaders: number[];
  /** Decisions the bots answered, by side: every decision, and the top-level ones. */
  decisions: Record<Side, { all: number; topLevel: number }>;
  /** Card numbers (positions in the simulation's card list) whose event fired, each once. */
  eventsFired: number[];
}

/** Top-level decisions are a player's turns; the others answer a card or an Ops use in progress. */
export function isTopLevel(kind: Decision['kind']): boolean {
  switch (kind) {
    case 'chooseFirst':
    case 'headline':
    case 'play':
    case 'hold':
      return true;
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
    case 'choose':
    case 'discard':
    case 'retrieve':
      return false;
  }
}

/** Counts the bots' decisions as a game is played. */
export class DecisionCounter {
  readonly counts: Record<Side, { all: number; topLevel: number }> = { us: { all: 0, topLevel: 0 }, china: { all: 0, topLevel: 0 } };

  answered(decision: Decision): void {
    const c = this.counts[decision.side];
    c.all++;
    if (isTopLevel(decision.kind)) c.topLevel++;
  }
}

/** The uses one card play counts under: the one classification of `arPlays`, read from a logged
 * play here and from a chosen `play` action by the hard-vs-normal benchmark
 * (test/bench/hard-same-positions.bench.ts). A headline counts under none. */
export function playKinds(cards: Readonly<Record<CardId, CardDef>>, entry: Pick<Extract<LogEntry, { type: 'play' }>, 'side' | 'card' | 'use'>): PlayKind[] {
  switch (entry.use) {
    case 'headline':
      return [];
    case 'influence':
    case 'sanction':
    case 'lobby':
    case 'race':
      return [entry.use];
    case 'event': {
      const def = cards[entry.card];
      const kinds: PlayKind[] = ['event'];
      if (def?.scoring) kinds.push('scoring');
      else if (def && def.side === entry.side && !def.signature) kinds.push('ownEvent');
      return kinds;
    }
  }
}

/** Reads a finished game's log and final state into its design figures. */
export function digestDesign(s: GameState, cardNumber: ReadonlyMap<CardId, number>, decisions: DecisionCounter['counts']): GameDesign {
  const plays = PLAY_KINDS.map(() => 0);
  const scoringsByRound = Array.from({ length: s.rounds }, () => 0);
  const scoringCauses = SCORING_CAUSES.map(() => 0);
  const fired = new Set<number>();
  let clockLowest: number = rules.CLOCK_START;
  let raceHighest = 0;
  // How the card whose event is firing was played, by card.
  const playedAs = new Map<CardId, Extract<LogEntry, { type: 'play' }>['use']>();
  // What a `score` entry now would be caused by; null: not an in-round scoring (final scoring).
  let cause: ScoringCause | null = null;
  for (const entry of s.log) {
    switch (entry.type) {
      case 'play':
        for (const kind of playKinds(s.cards, entry)) (plays[PLAY_KINDS.indexOf(kind)] as number)++;
        playedAs.set(entry.card, entry.use);
        cause = null;
        break;
      case 'eventFires': {
        const n = cardNumber.get(entry.card);
        if (n !== undefined) fired.add(n);
        cause = playedAs.get(entry.card) === 'headline' ? 'asHeadline' : 'asAction';
        break;
      }
      case 'discard':
        // The end of the round discards a scoring card still in hand and scores it at once.
        cause = s.cards[entry.card]?.scoring ? 'atRoundEnd' : cause;
        break;
      case 'score':
        if (cause === null) break;
        if (entry.round >= 1 && entry.round <= s.rounds) (scoringsByRound[entry.round - 1] as number)++;
        (scoringCauses[SCORING_CAUSES.indexOf(cause)] as number)++;
        // One discarded scoring card scores once; an event may score several regions.
        if (cause === 'atRoundEnd') cause = null;
        break;
      case 'track':
        if (entry.track === 'clock') clockLowest = Math.min(clockLowest, entry.to);
        if (RACE_TRACKS.includes(entry.track)) raceHighest = Math.max(raceHighest, entry.to);
        break;
      case 'roundStart':
      case 'pressure':
      case 'hold':
      case 'headlineReveal':
      case 'gameOver':
        // A new step of the round: whatever scores after it (final scoring) is not an event's.
        cause = null;
        break;
      case 'firstPlayer':
      case 'eventBlocked':
      case 'influence':
      case 'sanction':
      case 'lobby':
      case 'race':
      case 'draw':
      case 'flag':
      case 'cancel':
      case 'roll':
      case 'pass':
      case 'reshuffle':
        break;
    }
  }
  return {
    plays,
    scoringsByRound,
    scoringCauses,
    clockLowest,
    raceHighest,
    leaders: s.leadershipHistory.slice(1).map((l) => Math.sign(l)),
    decisions: { us: { ...decisions.us }, china: { ...decisions.china } },
    eventsFired: [...fired].sort((a, b) => a - b),
  };
}

export interface DesignFigures {
  /** Shares of action-round plays; `ownEvent` and `scoring` are parts of `event`. */
  arPlays: Record<PlayKind, number | null>;
  scoring: { byRound: (number | null)[]; asAction: number; asHeadline: number; atRoundEnd: number };
  clockLowest: Record<string, number | null>;
  race: { step6Share: number | null; plays: number | null };
  leaderAfterRound: (number | null)[];
  decisionsPerPlayer: { median: number | null; topLevelMedian: number | null };
  eventsFired: Record<string, number | null>;
}

/** A finished game: its winner (null for a draw), the round it ended in, and its design digest. */
export interface DesignGame {
  winner: Side | null;
  round: number;
  design: GameDesign;
}

const share = (k: number, n: number): number | null => (n > 0 ? round(k / n) : null);

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function leaderAfterRound(games: readonly DesignGame[], rounds: number): (number | null)[] {
  return Array.from({ length: rounds }, (_, r) => {
    let n = 0;
    let won = 0;
    for (const g of games) {
      const leader = g.design.leaders[r];
      if (leader === undefined || leader === 0) continue;
      n++;
      if (g.winner === (leader > 0 ? 'us' : 'china')) won++;
    }
    return share(won, n);
  });
}

export function designFigures(games: readonly DesignGame[], deck: SimDeck, rounds: number): DesignFigures {
  const n = games.length;
  const plays = PLAY_KINDS.map((_, k) => sum(games.map((g) => g.design.plays[k] ?? 0)));
  // Every play is exactly one of these five uses; ownEvent and scoring are parts of event.
  const arTotal = sum(plays.slice(0, PLAY_KINDS.indexOf('event') + 1));
  const arPlays = Object.fromEntries(PLAY_KINDS.map((kind, k) => [kind, share(plays[k] as number, arTotal)])) as Record<PlayKind, number | null>;
  const causes = SCORING_CAUSES.map((_, k) => sum(games.map((g) => g.design.scoringCauses[k] ?? 0)));
  const byRound = Array.from({ length: rounds }, (_, r) => {
    const reached = games.filter((g) => g.round >= r + 1);
    const m = mean(reached.map((g) => g.design.scoringsByRound[r] ?? 0));
    return m === null ? null : round(m, 3);
  });
  const clockLowest: Record<string, number | null> = {};
  for (let v = rules.CLOCK_MIN; v <= rules.CLOCK_MAX; v++) clockLowest[String(v)] = share(games.filter((g) => g.design.clockLowest === v).length, n);
  const perPlayer = (pick: (c: { all: number; topLevel: number }) => number) => {
    const values = games.flatMap((g) => [pick(g.design.decisions.us), pick(g.design.decisions.china)]).sort((a, b) => a - b);
    const q = quantile(values, 0.5);
    return q === null ? null : round(q, 1);
  };
  const firedIn = deck.cards.map(() => 0);
  for (const g of games) for (const c of g.design.eventsFired) firedIn[c] = (firedIn[c] ?? 0) + 1;
  return {
    arPlays,
    scoring: { byRound, asAction: causes[0] as number, asHeadline: causes[1] as number, atRoundEnd: causes[2] as number },
    clockLowest,
    race: { step6Share: share(games.filter((g) => g.design.raceHighest >= RACE_STEP).length, n), plays: arPlays.race },
    leaderAfterRound: leaderAfterRound(games, rounds),
    decisionsPerPlayer: { median: perPlayer((c) => c.all), topLevelMedian: perPlayer((c) => c.topLevel) },
    eventsFired: Object.fromEntries(deck.cards.map((c, i) => [c.id, share(firedIn[i] as number, n)])),
  };
}
