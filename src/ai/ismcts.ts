// Information-set Monte Carlo tree search (single observer). Every iteration deals the
// hidden cards again (the opponent's hand, a secret headline, the draw pile, the dice),
// walks the one shared tree of moves from the bot's view, adds a move, finishes the play
// with the quick policy, plays on a few moves and scores the position. Statistics are
// kept per move sequence, so they are shared by every deal that allows it; an opponent
// move only counts as available in the deals where its card was dealt to them.
import type { Side } from '../decks/types.js';
import { applyActionInPlace, legalActions } from '../engine/index.js';
import type { Action, Decision, GameState } from '../engine/index.js';
import { evaluate, winChance } from './evaluate.js';
import type { Weights } from './evaluate.js';
import { isMacro, playOut, quickPlayValues } from './policy.js';
import { tryAction } from './lookahead.js';
import { forkState, redeal } from './search-state.js';
import { randomInt } from '../engine/rng.js';
import type { HiddenDeal } from './search-state.js';

export interface SearchLimits {
  /** Stop after this many iterations (reproducible while the deadline, if any, is not reached). */
  iterations?: number;
  /** A `now()` value past which the search stops (checked every few iterations): the budget
   * without `iterations`, a cap with it. */
  deadline?: number;
  now: () => number;
}

export interface SearchSettings {
  weights: Weights;
  /** Exploration constant of the upper confidence bound (rewards are win chances in 0..1). */
  exploration: number;
  /** Weight of the quick policy's opinion on a move, fading as the move is visited. */
  priorWeight: number;
  /** Plays (of either side) made by the quick policy after the tree before scoring. */
  playoutPlays: number;
  /** Tree moves below the root in one iteration. */
  maxDepth: number;
  /** How far below its siblings' mean an untried move starts. */
  firstPlayReduction: number;
  /** Moves considered at a node: widthBase + widthGrowth × √visits, best priors first. */
  widthBase: number;
  widthGrowth: number;
  /** Root moves are compared on the same deals: a root move's k-th visit plays deal k of a
   * pool this big (0: a fresh deal every iteration). */
  commonDeals: number;
}

interface Node {
  visits: number;
  /** Sum of rewards for the side that chose the move into this node. */
  total: number;
  /** Iterations in which this move was legal (the subset-armed bandit's count). */
  available: number;
  /** Visits in which the move won the game on the spot for the side making it. */
  wins: number;
  action: Action | null;
  /** Quick estimate of the move for the side choosing it, scaled to 0..1 among its siblings. */
  prior: number;
  children: Map<string, Node> | null;
}

/** A move's identity in the tree (the engine's actionKey, without its sorting: it runs every iteration). */
function moveKey(a: Action): string {
  const f = a as Partial<Record<'card' | 'use' | 'eventFirst' | 'space' | 'option' | 'first', unknown>>;
  return `${a.type}|${String(f.card ?? '')}|${String(f.use ?? '')}|${String(f.eventFirst ?? '')}|${String(f.space ?? '')}|${String(f.option ?? '')}|${String(f.first ?? '')}`;
}

/** A move that won on the spot every time it was tried: take it, no need to explore. */
function winsOutright(node: Node): boolean {
  return node.visits > 0 && node.wins === node.visits;
}

function newNode(action: Action | null, prior: number): Node {
  return { visits: 0, total: 0, available: 0, wins: 0, action, prior, children: null };
}

/** Moves worth a node of their own: everything but the small steps of a play (placing, targeting). */
function inTree(d: Decision): boolean {
  return isMacro(d) || d.kind === 'choose' || d.kind === 'discard' || d.kind === 'retrieve';
}

const EVENT_PRIOR = 0.6;

/** Priors for a decision's moves, 0..1: the quick policy's estimates for plays, flat otherwise. */
function priors(s: GameState, legal: Action[], w: Weights): number[] {
  const d = s.decision;
  if (!d || d.kind !== 'play') return legal.map(() => 0.5);
  const values = quickPlayValues(s, d.side, w, legal);
  const max = Math.max(...values);
  const min = Math.min(...values);
  // The quick policy only guesses what an event does: never rank one below the middle.
  return values.map((v, i) => {
    const prior = max > min ? (v - min) / (max - min) : 0.5;
    const a = legal[i];
    return a?.type === 'play' && a.use === 'event' ? Math.max(prior, EVENT_PRIOR) : prior;
  });
}

export interface SearchResult {
  action: Action;
  iterations: number;
  /** The chosen move's visits and average win chance for the bot. */
  visits: number;
  winRate: number;
  /** Root moves, best first: outright wins, then by visits. */
  ranked: { action: Action; visits: number; winRate: number; wins: boolean }[];
}

function expand(node: Node, s: GameState, legal: Action[], w: Weights): void {
  if (node.children) return;
  const p = priors(s, legal, w);
  node.children = new Map(legal.map((a, i) => [moveKey(a), newNode(a, p[i] as number)]));
}

/**
 * The child to follow: an outright win at once; otherwise the best upper confidence bound,
 * with the quick policy's prior as a bonus that fades with visits. A move never tried yet
 * scores a little below its visited siblings' mean plus its prior (first-play urgency), so
 * a side tries its promising moves first and never has to try every poor one.
 */
function select(node: Node, legal: Action[], settings: SearchSettings): Node {
  const children = node.children as Map<string, Node>;
  let visitedMean = 0;
  let visitedCount = 0;
  const candidates: Node[] = [];
  for (const a of legal) {
    const key = moveKey(a);
    let child = children.get(key);
    if (!child) {
      // A move first seen in this deal (an opponent card dealt for the first time).
      child = newNode(a, 0.5);
      children.set(key, child);
    }
    child.available++;
    if (winsOutright(child)) return child;
    if (child.visits > 0) {
      visitedMean += child.total / child.visits;
      visitedCount++;
    }
    candidates.push(child);
  }
  // Progressive widening: only the moves the prior likes best, more of them as visits grow.
  const width = Math.ceil(settings.widthBase + settings.widthGrowth * Math.sqrt(node.visits));
  if (candidates.length > width) {
    candidates.sort((a, b) => b.prior - a.prior);
    candidates.length = width;
  }
  const untried = visitedCount > 0 ? visitedMean / visitedCount - settings.firstPlayReduction : 1;
  let best = candidates[0] as Node;
  let bestScore = -Infinity;
  for (const child of candidates) {
    const score =
      child.visits === 0
        ? untried + settings.priorWeight * child.prior
        : child.total / child.visits +
          settings.exploration * Math.sqrt(Math.log(child.available) / child.visits) +
          (settings.priorWeight * child.prior) / (child.visits + 1);
    if (score > bestScore) {
      bestScore = score;
      best = child;
    }
  }
  return best;
}

/** One iteration: deal, descend, add, play out, score, and credit every move on the way. */
function iterate(root: Node, rootLegal: Action[], base: GameState, deal: HiddenDeal, rng: { rng: number }, settings: SearchSettings, pool: number[]): void {
  const me = deal.side;
  const s = forkState(base);
  // With a pool of deals, the root move is chosen first and its k-th visit plays deal k: the
  // bot's own options are then compared on the same cards and dice, so the luck of the deal
  // does not decide between them.
  const first = pool.length > 0 ? select(root, rootLegal, settings) : null;
  redeal(s, deal, first ? { rng: pool[first.visits % pool.length] as number } : rng);
  const path: { node: Node; mover: Side }[] = [];
  let node = root;
  let depth = 0;
  let correction = 0;
  while (s.decision && !s.outcome) {
    const d = s.decision;
    if (node !== root && !inTree(d)) {
      correction += playOut(s, settings.weights, me, (t) => t.decision === null || inTree(t.decision));
      continue;
    }
    if (depth > settings.maxDepth) break;
    const legal = node === root ? rootLegal : legalActions(s);
    expand(node, s, legal, settings.weights);
    const child = node === root && first ? first : select(node, legal, settings);
    const expanding = child.visits === 0;
    applyActionInPlace(s, child.action as Action);
    if ((s.outcome as GameState['outcome'])?.winner === d.side) child.wins++;
    path.push({ node: child, mover: d.side });
    node = child;
    depth++;
    if (expanding) break;
  }
  if (!s.outcome) correction += playOut(s, settings.weights, me, (t) => t.decision === null || inTree(t.decision));
  let plays = 0;
  correction += playOut(s, settings.weights, me, (t) => {
    if (t.decision?.kind === 'play') plays++;
    return plays > settings.playoutPlays;
  });
  const reward = winChance(evaluate(s, me, settings.weights) + correction);
  for (const { node: n, mover } of path) {
    n.visits++;
    n.total += mover === me ? reward : 1 - reward;
  }
  root.visits++;
}

/** Root moves start with one look-ahead each (the normal bot's try): a value and a prior for every move. */
function seedRoot(root: Node, base: GameState, legal: Action[], settings: SearchSettings): void {
  const side = base.decision?.side;
  if (!side) return;
  const values = legal.map((a) => tryAction(base, a, settings.weights, side));
  const chances = values.map((t) => winChance(t.value));
  const max = Math.max(...chances);
  const min = Math.min(...chances);
  root.children = new Map();
  legal.forEach((a, i) => {
    const child = newNode(a, max > min ? ((chances[i] as number) - min) / (max - min) : 0.5);
    child.visits = 1;
    child.available = 1;
    child.total = chances[i] as number;
    if (values[i]?.after.outcome?.winner === side) child.wins = 1;
    (root.children as Map<string, Node>).set(moveKey(a), child);
  });
  root.visits = legal.length;
}

/** Fresh deals a root move that won on its first try must also win on before the search is skipped for it. */
const CONFIRM_DEALS = 16;

/** Whether `action` wins on the spot whatever the hidden cards and the dice: a lobby or a
 * sanction that won on the first deal may have won on its dice alone. */
function alwaysWins(action: Action, base: GameState, deal: HiddenDeal, rng: { rng: number }, settings: SearchSettings): boolean {
  for (let i = 0; i < CONFIRM_DEALS; i++) {
    const s = forkState(base);
    redeal(s, deal, rng);
    if (tryAction(s, action, settings.weights, deal.side).after.outcome?.winner !== deal.side) return false;
  }
  return true;
}

/** Search from `base` (a determinization of the bot's view) within `limits`. */
export function search(base: GameState, deal: HiddenDeal, rng: { rng: number }, settings: SearchSettings, limits: SearchLimits): SearchResult {
  const root = newNode(null, 0);
  const rootLegal = legalActions(base);
  seedRoot(root, base, rootLegal, settings);
  for (const child of root.children?.values() ?? []) {
    if (winsOutright(child) && !alwaysWins(child.action as Action, base, deal, rng, settings)) child.wins = 0;
  }
  const outright = [...(root.children?.values() ?? [])].some(winsOutright);
  const pool = Array.from({ length: settings.commonDeals }, () => randomInt(rng, 0x7fffffff));
  let iterations = 0;
  while (!outright) {
    if (limits.iterations !== undefined && iterations >= limits.iterations) break;
    // With an iteration budget the deadline is only a cap: no deadline, no clock read at all. The
    // clock is read every 8 iterations from the 8th: on a busy machine whose first look at the
    // moves used up the time, the bot still searches a little rather than not at all.
    if (limits.deadline !== undefined && iterations > 0 && (iterations & 7) === 0 && limits.now() >= limits.deadline) break;
    iterate(root, rootLegal, base, deal, rng, settings, pool);
    iterations++;
  }
  const ranked = [...(root.children?.values() ?? [])]
    .filter((c) => c.action !== null)
    .map((c) => ({ action: c.action as Action, visits: c.visits, winRate: c.visits > 0 ? c.total / c.visits : 0, wins: winsOutright(c) }))
    .sort((a, b) => Number(b.wins) - Number(a.wins) || b.visits - a.visits || b.winRate - a.winRate);
  const top = ranked[0];
  const fallback = legalActions(base)[0];
  if (!top && !fallback) throw new Error('the search found no legal move');
  return {
    action: top?.action ?? (fallback as Action),
    iterations,
    visits: top?.visits ?? 0,
    winRate: top?.winRate ?? 0,
    ranked,
  };
}
