// The hard bot: information-set Monte Carlo tree search within a time budget (or, for
// reproducible runs, an iteration budget), over fresh deals of the cards it cannot see.
import { performance } from 'node:perf_hooks';
import { rules } from '../engine/index.js';
import { DEFAULT_THINK_MS } from './bot.js';
import type { Bot, BotChoice, BotContext, BotOptions } from './bot.js';
import { determinize, hiddenCards, scoringThreat } from './determinize.js';
import { SEARCH_WEIGHTS } from './evaluate.js';
import { search } from './ismcts.js';
import type { SearchSettings } from './ismcts.js';
import { isMacro } from './policy.js';
import { actionPhrase, botSays, explainMove, reasonLine } from './reason.js';
import { decisionRng } from './seeding.js';

/** Small steps of a play (where to place a point, which space to target) get this share of the budget. */
const SMALL_DECISION_SHARE = 0.2;

export const HARD_SETTINGS: Omit<SearchSettings, 'weights'> = {
  exploration: 0.15,
  priorWeight: 0.3,
  playoutPlays: 0,
  maxDepth: 6,
  firstPlayReduction: 0.1,
  widthBase: 3,
  widthGrowth: 0.7,
  commonDeals: 256,
};

export function hardChoice(ctx: BotContext, seed: number, options: BotOptions = {}): BotChoice {
  const { view, catalog } = ctx;
  const lang = ctx.lang ?? 'en';
  const legal = view.legal;
  const only = legal[0];
  if (!only) throw new Error(`the hard bot was asked to move but ${view.side} has no legal action`);
  if (legal.length === 1) return { action: only, reason: reasonLine(actionPhrase(only, view, catalog, view.side, lang), [], botSays(lang, 'onlyMove'), lang) };
  const start = performance.now();
  const rng = decisionRng(seed, view);
  const base = determinize(view, catalog, rng, { withoutLog: true });
  const { opponentKnown } = hiddenCards(view, catalog);
  const opp = rules.other(view.side);
  const deal = { side: view.side, opponentKnown, secretHeadline: view.headlineChosen[opp] && view.headline[opp] === null };
  const weights = { ...SEARCH_WEIGHTS, threat: scoringThreat(view, catalog) };
  const share = view.decision && isMacro(view.decision) ? 1 : SMALL_DECISION_SHARE;
  const iterations = options.iterations === undefined ? undefined : Math.max(1, Math.round(options.iterations * share));
  // An iteration budget alone never reads the clock; a time budget (or a cap) does.
  const timed = options.iterations === undefined || options.thinkMs !== undefined;
  const deadline = timed ? start + (options.thinkMs ?? DEFAULT_THINK_MS) * share : undefined;
  const result = search(base, deal, rng, { ...HARD_SETTINGS, weights }, { iterations, deadline, now: () => performance.now() });
  const phrase = actionPhrase(result.action, view, catalog, view.side, lang);
  const odds = botSays(lang, 'odds', { pct: Math.round(100 * result.winRate), n: result.iterations });
  const { reasons, chance } = explainMove(result.action, base, view.side, catalog, lang);
  return { action: result.action, reason: `${reasonLine(phrase, reasons, botSays(lang, chance ? 'bestOverDice' : 'mostSearched'), lang)} (${odds})` };
}

export function hardBot(seed: number, options?: BotOptions): Bot {
  return { name: 'hard', choose: (ctx) => hardChoice(ctx, seed, options) };
}
