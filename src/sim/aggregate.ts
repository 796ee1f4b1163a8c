// Folds game records, in game order, into the balance report: the one object that the terminal
// report, the Markdown file and --json all show. It holds no timings, so the same plan gives
// the same report on any machine and with any number of workers.
import type { EndReason, Persona, Side } from '../engine/index.js';
import { rules } from '../engine/index.js';
import { takesThinkingBudget } from '../ai/bot-names.js';
import type { CardStats } from './card-stats.js';
import { cardStats } from './card-stats.js';
import type { Comparison } from './compare.js';
import type { DesignFigures, DesignGame } from './design.js';
import { designFigures } from './design.js';
import type { PersonaChoice, SimDeck, SimPlan } from './plan.js';
import { gameSpec, reproduceCommand } from './plan.js';
import type { DeckProfile } from './profile.js';
import { deckProfiles } from './profile.js';
import type { GameRecord, TrackName } from './record.js';
import { TRACKS } from './record.js';
import type { Bin, Proportion } from './stats.js';
import { histogram, mean, quantile, round, roundProportion, wilson } from './stats.js';

export interface GameError {
  game: number;
  seed: number;
  personas: Record<Side, Persona>;
  kind: 'error' | 'stalled';
  message: string;
  /** The command that replays this game alone. */
  reproduce: string;
}

export interface Matchup {
  us: Persona;
  china: Persona;
  games: number;
  wins: Record<Side | 'draw', number>;
  usWinRate: Proportion;
}

export interface TrackRound {
  round: number;
  /** Games that reached the end of this round (a game that ended in it counts with its final values). */
  games: number;
  means: Record<TrackName, number | null>;
}

export interface SimReport {
  rulesVersion: string;
  decks: SimDeck['decks'];
  cardCount: number;
  /** Games asked for. */
  games: number;
  /** Games run to an end, a throw or a stall: fewer than `games` after an interruption. */
  played: number;
  interrupted: boolean;
  seed: number;
  seeds: string;
  rounds: number;
  /** Set only when the run fixed them (`--first`, `--handicap`). */
  first?: Side;
  handicap?: number;
  bots: Record<Side, { name: string; thinkMs: number | null; budgetApplied: boolean }>;
  personas: Record<Side, PersonaChoice>;
  /** Games that ended by the rules. */
  finished: number;
  wins: Record<Side | 'draw', number>;
  winRate: Record<Side | 'draw', Proportion>;
  endReasons: Record<EndReason, number>;
  errors: GameError[];
  stepCap: number;
  /** Mean length of the finished games, in actions the bots chose. */
  meanActions: number | null;
  length: { median: number | null; q1: number | null; q3: number | null; min: number | null; max: number | null; histogram: Bin[] };
  /** Finished games by the round they ended in. */
  endRound: { round: number; games: number }[];
  matchups: Matchup[];
  /** The side that acted first in round 1 (chosen by the side trailing or by the rules). */
  firstPlayer: { usFirst: number; firstWon: Proportion };
  /** The side whose round-1 headline resolved first (the higher Ops), when both headlined. */
  headlineOrder: { usFirst: number; firstWon: Proportion };
  tracksByRound: TrackRound[];
  cards: CardStats[];
  /** The figures issue 17 measures the rules' design by, over the finished games (design.ts). */
  design: DesignFigures;
  /** Each deck's side mix, eras and tags (profile.ts). */
  deckProfiles: DeckProfile[];
  /** Ids of the decks whose cards the text and Markdown card tables list; null: every card.
   * `cards` above always holds every card. */
  cardFilter: string[] | null;
  /** The same games without the added decks or without some cards (`--baseline`, `--without`);
   * null when not asked for. */
  comparison: Comparison | null;
}

const REASONS: readonly EndReason[] = ['leadership', 'suddenDeath', 'dominance', 'finalScoring'];

export function describeSeeds(seed: number): string {
  return `game i plays seed (${seed} + i × 0x9E3779B1) mod 2^32; game 0 plays ${seed}`;
}

function matchups(plan: SimPlan, finished: readonly GameRecord[]): Matchup[] {
  const list: Matchup[] = [];
  for (const us of rules.PERSONAS.us) {
    for (const china of rules.PERSONAS.china) {
      if (plan.personas.us !== 'all' && plan.personas.us !== us) continue;
      if (plan.personas.china !== 'all' && plan.personas.china !== china) continue;
      const wins = { us: 0, china: 0, draw: 0 };
      for (const r of finished) if (r.personas.us === us && r.personas.china === china) wins[r.result?.winner ?? 'draw']++;
      const games = wins.us + wins.china + wins.draw;
      list.push({ us, china, games, wins, usWinRate: roundProportion(wilson(wins.us, games)) });
    }
  }
  return list;
}

function firstWon(finished: readonly GameRecord[], first: (r: GameRecord) => Side | null): { usFirst: number; firstWon: Proportion } {
  let n = 0;
  let k = 0;
  let usFirst = 0;
  for (const r of finished) {
    const side = first(r);
    if (side === null) continue;
    n++;
    if (side === 'us') usFirst++;
    if (r.result?.winner === side) k++;
  }
  return { usFirst, firstWon: roundProportion(wilson(k, n)) };
}

function tracksByRound(finished: readonly GameRecord[], rounds: number): TrackRound[] {
  const out: TrackRound[] = [];
  for (let r = 0; r <= rounds; r++) {
    const reached = finished.filter((g) => g.tracks.length > r);
    const means = {} as Record<TrackName, number | null>;
    for (const [t, name] of TRACKS.entries()) {
      const m = mean(reached.map((g) => (g.tracks[r] as number[])[t] as number));
      means[name] = m === null ? null : round(m, 2);
    }
    out.push({ round: r, games: reached.length, means });
  }
  return out;
}

function designGames(finished: readonly GameRecord[]): DesignGame[] {
  return finished.flatMap((r) => (r.result && r.design ? [{ winner: r.result.winner, round: r.result.round, design: r.design }] : []));
}

export function buildReport(
  plan: SimPlan,
  deck: SimDeck,
  records: readonly GameRecord[],
  interrupted: boolean,
  stepCap: number = rules.MAX_ACTIONS,
): SimReport {
  const ordered = [...records].sort((a, b) => a.index - b.index);
  const finished = ordered.filter((r) => r.result !== null);
  const wins = { us: 0, china: 0, draw: 0 };
  const endReasons = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<EndReason, number>;
  const endRound = new Map<number, number>();
  for (const r of finished) {
    const result = r.result as NonNullable<GameRecord['result']>;
    wins[result.winner ?? 'draw']++;
    endReasons[result.reason]++;
    endRound.set(result.round, (endRound.get(result.round) ?? 0) + 1);
  }
  const lengths = finished.map((r) => r.actions).sort((a, b) => a - b);
  const n = finished.length;
  const budget = (side: Side) => ({ ...plan.bots[side], budgetApplied: plan.bots[side].thinkMs !== null && takesThinkingBudget(plan.bots[side].name) });
  const rounded = (v: number | null) => (v === null ? null : round(v, 2));
  return {
    rulesVersion: rules.RULES_VERSION,
    decks: deck.decks,
    cardCount: deck.cards.length,
    games: plan.games,
    played: ordered.length,
    interrupted,
    seed: plan.seed,
    seeds: describeSeeds(plan.seed),
    rounds: plan.rounds,
    ...(plan.first ? { first: plan.first } : {}),
    ...(plan.handicap ? { handicap: plan.handicap } : {}),
    bots: { us: budget('us'), china: budget('china') },
    personas: plan.personas,
    finished: n,
    wins,
    winRate: {
      us: roundProportion(wilson(wins.us, n)),
      china: roundProportion(wilson(wins.china, n)),
      draw: roundProportion(wilson(wins.draw, n)),
    },
    endReasons,
    errors: ordered
      .filter((r) => r.problem !== null)
      .map((r) => {
        const problem = r.problem as NonNullable<GameRecord['problem']>;
        return {
          game: r.index,
          seed: r.seed,
          personas: r.personas,
          kind: problem.kind,
          message: problem.message,
          reproduce: reproduceCommand(plan, gameSpec(plan, r.index)),
        };
      }),
    stepCap,
    meanActions: rounded(mean(lengths)),
    length: {
      median: rounded(quantile(lengths, 0.5)),
      q1: rounded(quantile(lengths, 0.25)),
      q3: rounded(quantile(lengths, 0.75)),
      min: lengths[0] ?? null,
      max: lengths[lengths.length - 1] ?? null,
      histogram: histogram(lengths),
    },
    endRound: [...endRound.entries()].sort((a, b) => a[0] - b[0]).map(([round, games]) => ({ round, games })),
    matchups: matchups(plan, finished),
    firstPlayer: firstWon(finished, (r) => r.firstPlayer),
    headlineOrder: firstWon(finished, (r) => r.headlineFirst),
    tracksByRound: tracksByRound(finished, plan.rounds),
    cards: cardStats(deck.cards, ordered, deck.deckOf),
    design: designFigures(designGames(finished), deck, plan.rounds),
    deckProfiles: deckProfiles(deck),
    cardFilter: plan.cardsOf && plan.cardsOf.length > 0 ? [...plan.cardsOf] : null,
    comparison: null,
  };
}
