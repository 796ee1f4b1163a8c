// Two bots judged on the same positions: the simulator plays its games with one bot (`player`,
// normal by default), and at every card-play and headline decision of those games another bot
// (`judge`, hard by default) is asked what it would do in that exact position, from the same
// context the player got (the acting side's view, never the hidden cards). The game goes on with
// the player's choice. The play is the simulator's own (`playGame` of src/sim/play.ts, its seeds,
// personas and deck), and choices are classified by its own `playKinds`, so the player's figures
// are those of `simulate --json` design.arPlays for the same games.
// Used by test/bench/hard-same-positions.bench.ts; tested by test/sim/same-positions.test.ts.
import type { Bot, BotContext, BotOptions } from '../../src/ai/bot.js';
import { makeBot } from '../../src/ai/registry.js';
import type { CardDef, CardId } from '../../src/decks/types.js';
import type { Action, Side } from '../../src/engine/index.js';
import { sameAction } from '../../src/engine/index.js';
import { PLAY_KINDS, playKinds } from '../../src/sim/design.js';
import type { PlayKind } from '../../src/sim/design.js';
import type { GameSpec, SimDeck, SimPlan } from '../../src/sim/plan.js';
import { gameSpec } from '../../src/sim/plan.js';
import { playGame, setTable } from '../../src/sim/play.js';
import type { GameRecord } from '../../src/sim/record.js';
import type { Difference, Proportion } from '../../src/sim/stats.js';
import { pairedNewcombe, round, wilson } from '../../src/sim/stats.js';

/** One judged decision: the position's facts and both bots' choices in it. */
export interface Position {
  game: number;
  round: number;
  side: Side;
  kind: 'play' | 'headline';
  /** The acting side could play (or headline) a scoring card here. */
  scoringPlayable: boolean;
  /** A play decision for the side's last action of the round: a scoring card not played now is held. */
  lastAction: boolean;
  player: Action;
  judge: Action;
}

export interface Judged {
  record: GameRecord;
  positions: Position[];
  /** Every action the player took, in order (for a replay of the game). */
  actions: Action[];
}

/** The bot that answers a judged position: by default a registry bot with a fixed option set. */
export type JudgeMaker = (seed: number) => Bot;

export function registryJudge(name: string, options?: BotOptions): JudgeMaker {
  return (seed) => makeBot(name, seed, options);
}

function isScoring(catalog: Readonly<Record<CardId, CardDef>>, card: CardId): boolean {
  return catalog[card]?.scoring !== undefined;
}

/** Plays game `index` of the plan with the player bot on both seats, asking the judge at every
 * play and headline decision. The judge gets the very context the player got. */
export function judgeGame(plan: SimPlan, deck: SimDeck, index: number, judge: JudgeMaker): Judged {
  const spec: GameSpec = gameSpec(plan, index);
  const positions: Position[] = [];
  const actions: Action[] = [];
  const judges: Partial<Record<Side, Bot>> = {};
  const table = setTable(plan, deck, (botSpec, seed) => {
    const player = makeBot(botSpec.name, seed, botSpec.thinkMs === null ? undefined : { thinkMs: botSpec.thinkMs });
    const side: Side = seed === spec.botSeeds.us ? 'us' : 'china';
    const judgeBot = (judges[side] = judge(seed));
    return {
      name: player.name,
      choose(ctx: BotContext) {
        const choice = player.choose(ctx);
        actions.push(choice.action);
        const decision = ctx.view.decision;
        if (decision && (decision.kind === 'play' || decision.kind === 'headline')) {
          const judged = judgeBot.choose(ctx);
          const legal = ctx.view.legal;
          const playable = legal.some((a) => (a.type === 'play' || a.type === 'headline') && isScoring(ctx.catalog, a.card));
          positions.push({
            game: index,
            round: ctx.view.round,
            side: ctx.view.side,
            kind: decision.kind,
            scoringPlayable: playable,
            lastAction: decision.kind === 'play' && ctx.view.actionsTaken[ctx.view.side] + 1 >= ctx.view.actionsPerRound,
            player: choice.action,
            judge: judged.action,
          });
        }
        return choice;
      },
    };
  });
  const record = playGame(table, spec);
  if (!judges.us || !judges.china) throw new Error('a seat had no judge: the bot seeds of both seats are equal');
  return { record, positions, actions };
}

/** The uses a play or headline choice counts under (`playKinds`; a headline as its card's event). */
export function usesOf(catalog: Readonly<Record<CardId, CardDef>>, side: Side, action: Action): PlayKind[] {
  if (action.type === 'play') return playKinds(catalog, { side, card: action.card, use: action.use });
  if (action.type === 'headline') return playKinds(catalog, { side, card: action.card, use: 'event' });
  throw new Error(`not a card play: ${action.type}`);
}

/** A share among the player's and among the judge's choices on the same positions, and the
 * paired difference judge − player. */
export interface Compared {
  player: Proportion;
  judge: Proportion;
  difference: Difference;
}

function compare(positions: readonly Position[], test: (action: Action, p: Position) => boolean): Compared {
  let both = 0;
  let playerOnly = 0;
  let judgeOnly = 0;
  let neither = 0;
  for (const p of positions) {
    const a = test(p.player, p);
    const b = test(p.judge, p);
    if (a && b) both++;
    else if (a) playerOnly++;
    else if (b) judgeOnly++;
    else neither++;
  }
  const n = positions.length;
  return {
    player: wilson(both + playerOnly, n),
    judge: wilson(both + judgeOnly, n),
    difference: pairedNewcombe({ both, firstOnly: judgeOnly, secondOnly: playerOnly, neither }),
  };
}

export interface SamePositionsFigures {
  games: number;
  /** Card-play decisions judged (action rounds), and headline decisions. */
  decisions: { play: number; headline: number };
  /** Shares of action-round plays by use; `ownEvent` and `scoring` are parts of `event`. */
  arPlays: Record<PlayKind, Compared>;
  /** Share of positions where both chose the same action, and the same use (first kind). */
  agreement: { action: Proportion; use: Proportion; headline: Proportion };
  scoring: {
    /** Play decisions with a scoring card playable: share playing one. */
    playedWhenPlayable: Compared;
    /** The same on the side's last action of the round (not playing it means holding it). */
    playedOnLastAction: Compared;
    /** Headline decisions with a scoring card in hand: share headlining one. */
    headlinedWhenHeld: Compared;
  };
  /** Headlines of the side's own non-signature cards. */
  headlineOwnEvent: Compared;
}

export function samePositionsFigures(catalog: Readonly<Record<CardId, CardDef>>, games: number, positions: readonly Position[]): SamePositionsFigures {
  const plays = positions.filter((p) => p.kind === 'play');
  const headlines = positions.filter((p) => p.kind === 'headline');
  const uses = (action: Action, p: Position) => usesOf(catalog, p.side, action);
  const arPlays = Object.fromEntries(PLAY_KINDS.map((kind) => [kind, compare(plays, (a, p) => uses(a, p).includes(kind))])) as Record<PlayKind, Compared>;
  const count = (list: readonly Position[], same: (p: Position) => boolean) => wilson(list.filter(same).length, list.length);
  const scoringChoice = (a: Action, p: Position) => uses(a, p).includes('scoring');
  return {
    games,
    decisions: { play: plays.length, headline: headlines.length },
    arPlays,
    agreement: {
      action: count(plays, (p) => sameAction(p.player, p.judge)),
      use: count(plays, (p) => uses(p.player, p)[0] === uses(p.judge, p)[0]),
      headline: count(headlines, (p) => sameAction(p.player, p.judge)),
    },
    scoring: {
      playedWhenPlayable: compare(
        plays.filter((p) => p.scoringPlayable),
        scoringChoice,
      ),
      playedOnLastAction: compare(
        plays.filter((p) => p.scoringPlayable && p.lastAction),
        scoringChoice,
      ),
      headlinedWhenHeld: compare(
        headlines.filter((p) => p.scoringPlayable),
        scoringChoice,
      ),
    },
    headlineOwnEvent: compare(headlines, (a, p) => uses(a, p).includes('ownEvent')),
  };
}

const pct = (x: number | null): string => (x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const interval = (p: Proportion): string => `${pct(p.rate)} [${pct(p.low).trim()}–${pct(p.high).trim()}]`;
const signed = (d: Difference): string => {
  if (d.delta === null) return '–';
  const s = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`;
  return `${s(d.delta)} [${d.low === null ? '–' : s(d.low)}, ${d.high === null ? '–' : s(d.high)}]`;
};

/** The figures as a text table: one row a use, then agreement and the scoring cards. */
export function renderFigures(f: SamePositionsFigures, names: { player: string; judge: string }): string {
  const head = (label: string) => `${label.padEnd(34)}${names.player.padEnd(25)}${names.judge.padEnd(25)}${names.judge} − ${names.player} (points)`;
  const row = (label: string, c: Compared) => `${label.padEnd(34)}${interval(c.player).padEnd(25)}${interval(c.judge).padEnd(25)}${signed(c.difference)}`;
  const lines = [
    `${f.games} games; ${f.decisions.play} action-round card-play decisions and ${f.decisions.headline} headline decisions judged.`,
    '95% Wilson intervals; the difference is paired (same positions, Newcombe). Decisions of one game are not independent.',
    '',
    head('Action-round plays, by use'),
    ...PLAY_KINDS.map((kind) => row(`  ${kind}${kind === 'ownEvent' || kind === 'scoring' ? ' (part of event)' : ''}`, f.arPlays[kind])),
    '',
    head('Scoring cards'),
    row(`  played when playable (n=${f.scoring.playedWhenPlayable.player.n})`, f.scoring.playedWhenPlayable),
    row(`  played on last action (n=${f.scoring.playedOnLastAction.player.n})`, f.scoring.playedOnLastAction),
    row(`  headlined when held (n=${f.scoring.headlinedWhenHeld.player.n})`, f.scoring.headlinedWhenHeld),
    '',
    head('Headlines'),
    row(`  own non-signature card (n=${f.headlineOwnEvent.player.n})`, f.headlineOwnEvent),
    '',
    'Agreement on the same positions',
    `  same action (card, use)          ${interval(f.agreement.action)}`,
    `  same use                         ${interval(f.agreement.use)}`,
    `  same headline                    ${interval(f.agreement.headline)}`,
  ];
  return lines.join('\n');
}

/** The figures for --json: proportions rounded to 4 digits. */
export function figuresJson(f: SamePositionsFigures): unknown {
  return JSON.parse(JSON.stringify(f, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round(value) : value)));
}
