// The heuristic bots. Easy plays by the numbers: it values an event by its card's Ops without
// reading it, and heeds only the warning of a move that loses on the spot. Normal tries every
// play on several guessed deals of the hidden cards, then lets the opponent answer its best few
// once and keeps the play that holds up best. Small decisions (where to place a
// point, which space to sanction) both answer with the quick policy's estimates.
import { legalActions, losingMove, rules } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';
import type { Bot, BotChoice, BotContext } from './bot.js';
import { determinize, scoringThreat } from './determinize.js';
import { EASY_WEIGHTS, SEARCH_WEIGHTS, evaluate } from './evaluate.js';
import type { Weights } from './evaluate.js';
import { bestReply, landingFor, sharedAcrossDeals, tryAction, tryOnDeals } from './lookahead.js';
import type { AnswersReadingNoDeal, Reply, Tried } from './lookahead.js';
import { quickChoice, quickHeadline, quickPlayValues } from './policy.js';
import { actionPhrase, botSays, explainMove, reasonLine } from './reason.js';
import { decisionRng } from './seeding.js';

export interface HeuristicStyle {
  name: string;
  weights: Weights;
  /** Deals of the hidden cards the best options are tried on. */
  deals: number;
  /** Deals every option is first tried on, to pick the best ones (at most `deals`). */
  rankDeals: number;
  /** How many of the best options get the opponent's answer (0: none). */
  replyTo: number;
  /** How many of the opponent's Ops plays (by estimate) it tries when answering. */
  replies: number;
  /** Weigh the chance that the opponent holds each unseen scoring card. */
  threats: boolean;
  /** Try each card it could keep at the end of the round on dealt positions (the others of the
   * opponent's fire), instead of keeping by the quick estimate. Measured on 200-game ladders:
   * with easy trying them too, normal beat easy 53%; with easy keeping by estimate, 60%. */
  tryHolds: boolean;
  /** Try each play and headline on dealt positions, reading what every event does. Without it the
   * bot plays by the numbers: an event is worth about its card's Ops, a beginner's rule of thumb. */
  readsEvents: boolean;
}

export const EASY_STYLE: HeuristicStyle = {
  name: 'easy',
  weights: EASY_WEIGHTS,
  deals: 1,
  rankDeals: 1,
  replyTo: 0,
  replies: 0,
  threats: false,
  tryHolds: false,
  readsEvents: false,
};
export const NORMAL_STYLE: HeuristicStyle = {
  name: 'normal',
  weights: SEARCH_WEIGHTS,
  deals: 3,
  rankDeals: 3,
  replyTo: 3,
  replies: 2,
  threats: true,
  tryHolds: true,
  readsEvents: true,
};

interface Ranked {
  action: Action;
  value: number;
  /** The tries on the first deals (the first one gives the reason). */
  tries: Tried[];
}

function rank(deals: GameState[], legal: Action[], style: HeuristicStyle, side: GameState['phasing']): Ranked[] {
  const byDeal = tryOnDeals(deals, legal, style.weights, side);
  return legal.map((action, i) => {
    const tries = byDeal.map((t) => t[i] as Tried);
    const value = tries.reduce((sum, t) => sum + t.value, 0) / tries.length;
    return { action, value, tries };
  });
}

/** The value of an option once the opponent has answered it (averaged over the deals). */
function afterReply(deals: GameState[], option: Ranked, style: HeuristicStyle, side: GameState['phasing']): number {
  let total = 0;
  // The answers that read no deal, on the first deal and on those where the option landed as there,
  // serve the later deals where it landed alike too.
  let first: AnswersReadingNoDeal | null = null;
  for (const [i, det] of deals.entries()) {
    const mine = option.tries[i] ?? tryAction(det, option.action, style.weights, side);
    const alike: AnswersReadingNoDeal | null = i > 0 && sharedAcrossDeals(mine) ? first : null;
    const answer: Reply | null = mine.after.decision?.side === rules.other(side) ? bestReply(mine.after, style.weights, style.replies, alike) : null;
    if (i === 0) first = answer ? new Map(answer.readingNoDeal) : null;
    else if (alike && answer) for (const [key, tried] of answer.readingNoDeal) if (!alike.has(key)) alike.set(key, tried);
    const reply = answer?.best ?? null;
    if (!reply) total += mine.value;
    else total += evaluate(landingFor(reply), side, style.weights) + reply.luck - mine.luck;
  }
  return total / deals.length;
}

function best<T extends { value: number }>(items: T[]): T {
  let top = items[0] as T;
  for (const item of items) if (item.value > top.value) top = item;
  return top;
}

function chooseMacro(ctx: BotContext, deals: GameState[], style: HeuristicStyle): BotChoice {
  const { view, catalog } = ctx;
  const lang = ctx.lang ?? 'en';
  const side = view.side;
  const ranked = rank(deals.slice(0, style.rankDeals), view.legal, style, side);
  let chosen = best(ranked);
  if (style.replyTo > 0 && view.decision?.kind === 'play') {
    const shortlist = [...ranked].sort((a, b) => b.value - a.value).slice(0, style.replyTo);
    chosen = best(shortlist.map((r) => ({ ...r, value: afterReply(deals, r, style, side) })));
  }
  if (ctx.explain === false) return { action: chosen.action, reason: '' };
  const det = deals[0] as GameState;
  const phrase = actionPhrase(chosen.action, view, catalog, side, lang);
  const { reasons, chance } = explainMove(chosen.action, det, side, catalog, lang);
  return {
    action: chosen.action,
    reason: reasonLine(phrase, reasons, chance ? botSays(lang, 'bestOverDice') : botSays(lang, 'bestOf', { n: ranked.length }), lang),
  };
}

function chooseSmall(ctx: BotContext, det: GameState, style: HeuristicStyle): BotChoice {
  const { view, catalog } = ctx;
  const lang = ctx.lang ?? 'en';
  const action = quickChoice(det, style.weights);
  // The reason below plays the action on a copy, for nothing when nobody reads it.
  if (ctx.explain === false) return { action, reason: '' };
  const phrase = actionPhrase(action, view, catalog, view.side, lang);
  // A die decides a sanction or a lobby: the board after one roll says nothing about the choice.
  const { reasons, chance } = explainMove(action, det, view.side, catalog, lang);
  return { action, reason: reasonLine(phrase, reasons, botSays(lang, chance ? 'bestOverDice' : 'bestEstimate'), lang) };
}

/** A play or headline by the numbers (events valued by their Ops, not read), except a move the
 * game screen would warn a player loses on the spot: a beginner heeds that warning too. */
function chooseByNumbers(ctx: BotContext, det: GameState, style: HeuristicStyle): BotChoice {
  const { view, catalog } = ctx;
  const lang = ctx.lang ?? 'en';
  const legal = legalActions(det);
  const safe = legal.filter((a) => !losingMove(view, catalog, a)?.sure);
  if (safe.length === 0 || safe.length === legal.length) return chooseSmall(ctx, det, style);
  let action = safe[0] as Action;
  if (view.decision?.kind === 'headline') action = quickHeadline(det, view.side, safe);
  else {
    const values = quickPlayValues(det, view.side, style.weights, safe);
    let at = 0;
    for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[at] as number)) at = i;
    action = safe[at] as Action;
  }
  if (ctx.explain === false) return { action, reason: '' };
  return { action, reason: reasonLine(actionPhrase(action, view, catalog, view.side, lang), [], botSays(lang, 'bestEstimate'), lang) };
}

export function heuristicChoice(ctx: BotContext, seed: number, style: HeuristicStyle): BotChoice {
  const { view, catalog } = ctx;
  const lang = ctx.lang ?? 'en';
  const legal = view.legal;
  const only = legal[0];
  if (!only) throw new Error(`the ${style.name} bot was asked to move but ${view.side} has no legal action`);
  if (legal.length === 1 && ctx.explain === false) return { action: only, reason: '' };
  if (legal.length === 1) return { action: only, reason: reasonLine(actionPhrase(only, view, catalog, view.side, lang), [], botSays(lang, 'onlyMove'), lang) };
  const rng = decisionRng(seed, view);
  const kind = view.decision?.kind;
  const macro = ((kind === 'play' || kind === 'headline') && style.readsEvents) || (kind === 'hold' && style.tryHolds);
  const deals = Array.from({ length: macro ? style.deals : 1 }, () => determinize(view, catalog, rng, { withoutLog: true }));
  // Listed once per deal, the actions are kept by every copy a try makes of it (forkState).
  for (const det of deals) legalActions(det);
  const informed = style.threats ? { ...style, weights: { ...style.weights, threat: scoringThreat(view, catalog) } } : style;
  if (macro) return chooseMacro(ctx, deals, informed);
  const byNumbers = (kind === 'play' || kind === 'headline') && !style.readsEvents;
  return byNumbers ? chooseByNumbers(ctx, deals[0] as GameState, informed) : chooseSmall(ctx, deals[0] as GameState, informed);
}

export function heuristicBot(style: HeuristicStyle): (seed: number) => Bot {
  return (seed) => ({ name: style.name, choose: (ctx) => heuristicChoice(ctx, seed, style) });
}
