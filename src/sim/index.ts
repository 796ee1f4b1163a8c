// The balance lab's public face: run a plan of self-play games and report on them.
import type { SimReport } from './aggregate.js';
import { buildReport } from './aggregate.js';
import type { SimDeck, SimPlan } from './plan.js';
import type { RunOptions, RunOutcome } from './runner.js';
import { runGames, stepCapOf } from './runner.js';

export type { SimReport, GameError, Matchup, TrackRound } from './aggregate.js';
export type { CardStats, DrawnDelta } from './card-stats.js';
export type { BotSpec, GameSpec, PersonaChoice, SimDeck, SimPlan } from './plan.js';
export { gameSeed, gameSpec, reproduceCommand } from './plan.js';
export type { GameRecord } from './record.js';
export type { RunOptions, RunOutcome } from './runner.js';
export { runGames, stepCapOf } from './runner.js';
export type { BotMaker } from './bots.js';
export { registryBot } from './bots.js';
export type { WorkerEntry } from './worker-entry.js';
export { findWorkerEntry } from './worker-entry.js';
export { buildReport } from './aggregate.js';
export type { Against, Comparison, UntilCi } from './compare.js';
export { compareRuns, usWinHalfWidth } from './compare.js';
export { againstText } from './report-sections.js';
export type { DeckProfile } from './profile.js';
export { renderMarkdown, renderText } from './report-render.js';
export { progressReporter } from './progress.js';
export type { ProgressSink } from './progress.js';
export type { Proportion, Difference } from './stats.js';
export { wilson, newcombe } from './stats.js';

export interface Simulation {
  report: SimReport;
  run: RunOutcome;
}

export async function simulate(plan: SimPlan, deck: SimDeck, options: RunOptions): Promise<Simulation> {
  const run = await runGames(plan, deck, options);
  return { report: buildReport(plan, deck, run.records, run.interrupted, stepCapOf(options)), run };
}
