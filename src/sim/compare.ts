// "What does my deck change?": the same games played twice, with the decks as given and with a
// baseline (without the added decks, or without some cards), compared game by game.
//
// Game i of both runs plays the same seed, the same personas and the same bot seeds, so the two
// runs are paired. Only games finished by the rules in both runs count. The difference of the
// US (or China) win rates gets Newcombe's paired score interval (stats.ts `pairedNewcombe`),
// the means (final Leadership, length) a paired normal interval. Pairing removes the variance of
// the persona matchups and of the seats; the decks themselves change the shuffle, so the two games
// of a pair otherwise diverge from the first card and the interval is close to the unpaired one.
// Two versions of a deck with the same card ids (`--baseline-deck`) deal the same cards: the games
// of a pair differ only where a changed card acts, and the interval is much narrower.
import type { Side } from '../engine/index.js';
import type { SimReport } from './aggregate.js';
import type { GameRecord } from './record.js';
import type { Difference, PairedCounts, Proportion } from './stats.js';
import { pairedMean, pairedNewcombe, round, roundDifference, roundProportion, wilson } from './stats.js';

/** What the baseline run leaves out: the added decks, some cards, or the added decks replaced by
 * other files (`deck`: another version of a deck, each deck as id and hash). */
export type Against =
  | { kind: 'baseline'; decks: string[] }
  | { kind: 'without'; cards: string[] }
  | { kind: 'deck'; decks: { id: string; hash: string }[]; instead: { id: string; hash: string }[] };

export interface WinComparison {
  with: Proportion;
  baseline: Proportion;
  /** with − baseline, with Newcombe's paired 95% interval. */
  difference: Difference;
  pairs: PairedCounts;
}

export interface MeanComparison {
  with: number | null;
  baseline: number | null;
  /** Mean of the paired differences (with − baseline), with a normal 95% interval. */
  difference: Difference;
}

export interface Comparison {
  against: Against;
  /** The baseline run's own report: its decks, win rates, design figures and errors. */
  baseline: Pick<SimReport, 'decks' | 'cardCount' | 'played' | 'finished' | 'wins' | 'winRate' | 'endReasons' | 'meanActions' | 'design' | 'errors'>;
  /** Games finished by the rules in both runs. */
  pairs: number;
  usWinRate: WinComparison;
  chinaWinRate: WinComparison;
  /** Leadership at the end of the game (before the winner is decided by the end reason). */
  finalLeadership: MeanComparison;
  /** Actions the bots chose. */
  length: MeanComparison;
  method: string;
  /** With `--until-ci`: the half-width asked for and whether the run reached it (null: a fixed number of games). */
  untilCi: UntilCi | null;
}

export interface UntilCi {
  /** The US win-rate interval's half-width asked for, in percentage points. */
  target: number;
  /** The half-width reached (null: too few pairs for an interval). */
  halfWidth: number | null;
  /** Games played in each run, and the most `--games` allowed. */
  games: number;
  maxGames: number;
  reached: boolean;
}

export const COMPARISON_METHOD =
  "Paired: game i of both runs plays the same seed, personas and bot seeds; games that did not finish by the rules in either run are left out. Win rates: Newcombe's hybrid score interval for paired proportions (1998, method 10), 95%. Means: mean of the paired differences ± 1.96 standard errors.";

function wins(pairs: readonly [GameRecord, GameRecord][], side: Side): WinComparison {
  const counts: PairedCounts = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
  for (const [a, b] of pairs) {
    const x = a.result?.winner === side;
    const y = b.result?.winner === side;
    if (x && y) counts.both++;
    else if (x) counts.firstOnly++;
    else if (y) counts.secondOnly++;
    else counts.neither++;
  }
  const n = pairs.length;
  return {
    with: roundProportion(wilson(counts.both + counts.firstOnly, n)),
    baseline: roundProportion(wilson(counts.both + counts.secondOnly, n)),
    difference: roundDifference(pairedNewcombe(counts)),
    pairs: counts,
  };
}

function means(pairs: readonly [GameRecord, GameRecord][], value: (r: GameRecord) => number): MeanComparison {
  const n = pairs.length;
  const average = (pick: 0 | 1) => (n === 0 ? null : round(pairs.reduce((t, p) => t + value(p[pick]), 0) / n, 2));
  const d = pairedMean(pairs.map(([a, b]) => value(a) - value(b)));
  const r = (v: number | null) => (v === null ? null : round(v, 2));
  return { with: average(0), baseline: average(1), difference: { delta: r(d.delta), low: r(d.low), high: r(d.high) } };
}

const finalLeadership = (r: GameRecord): number => (r.tracks[r.tracks.length - 1] as number[] | undefined)?.[0] ?? 0;

/** Game i of both runs, when both finished by the rules. */
function pairsOf(withRecords: readonly GameRecord[], baselineRecords: readonly GameRecord[]): [GameRecord, GameRecord][] {
  const other = new Map(baselineRecords.map((r) => [r.index, r]));
  const pairs: [GameRecord, GameRecord][] = [];
  for (const a of [...withRecords].sort((x, y) => x.index - y.index)) {
    const b = other.get(a.index);
    if (a.result && b?.result) pairs.push([a, b]);
  }
  return pairs;
}

/** Half the width of the US win-rate difference's 95% interval, in percentage points (null:
 * too few pairs for an interval): what `--until-ci` waits to fall to its target. */
export function usWinHalfWidth(withRecords: readonly GameRecord[], baselineRecords: readonly GameRecord[]): number | null {
  const d = wins(pairsOf(withRecords, baselineRecords), 'us').difference;
  return d.low === null || d.high === null ? null : round(((d.high - d.low) / 2) * 100, 1);
}

export function compareRuns(
  against: Against,
  withRecords: readonly GameRecord[],
  baselineRecords: readonly GameRecord[],
  baseline: SimReport,
  untilCi: UntilCi | null = null,
): Comparison {
  const pairs = pairsOf(withRecords, baselineRecords);
  const { decks, cardCount, played, finished, wins: w, winRate, endReasons, meanActions, design, errors } = baseline;
  return {
    against,
    baseline: { decks, cardCount, played, finished, wins: w, winRate, endReasons, meanActions, design, errors },
    pairs: pairs.length,
    usWinRate: wins(pairs, 'us'),
    chinaWinRate: wins(pairs, 'china'),
    finalLeadership: means(pairs, finalLeadership),
    length: means(pairs, (r) => r.actions),
    method: COMPARISON_METHOD,
    untilCi,
  };
}
