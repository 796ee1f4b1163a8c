// The turn sequence: a round's start, the headline, the action rounds and the end of the
// round, as a loop that runs until someone has a decision to make. The order of play is the
// round script just below; the functions after it are its steps.
import type { CardId, Side } from '../decks/types.js';
import { card, discardFromHand, drawCards, finishPlay, headlineCards, ordinaryCards, queueEvent } from './cards.js';
import { holds } from './conditions.js';
import { stepEffects } from './effects.js';
import { log, logLasting } from './log.js';
import { lobbyTargets, placementEligible, sanctionTargets } from './ops.js';
import { CLOCK_MAX, CLOCK_RECOVERY, DECOUPLED_AT, HAND_SIZE, TRAILING_EXTRA_CARD, HELD_SCORING_PENALTY, TRAP_FLAG, other } from './rules.js';
import { shuffle } from './rng.js';
import { applyPressureChecks, finalScoring, scoreRegion } from './scoring.js';
import { gainLeadership, moveClock, moveRace, sideBehind } from './tracks.js';
import type { GameState, Task } from './types.js';

/** The order of play: one round, top to bottom; a game is `rounds` rounds, then the final
 * scoring (nextRound). A step that needs an answer leaves a decision (its legal answers and what
 * an answer does: decisions/<kind>.ts), and the steps after it wait on the task stack (`Task`),
 * so a state can stop at any decision and resume. startRound and endOfActions push their part. */
const ROUND_SCRIPT = {
  /** After startRound: the clock recovers, new eras and played scoring cards join the deck, and
   * set-aside cards return to their hands. */
  opening: (s: GameState): Task[] => [
    ...triggers(s, 'roundStart'), // lasting "each round" rules, when one is in play
    { t: 'askFirst' }, // decision chooseFirst, by the side behind; setFirstPlayer: both sides draw
    // headline: decision headline, first player then second; revealHeadlines: events fire, more Ops first
    // actions: advance asks each side in turn for a play, actionsPerRound each; then endOfActions
  ],
  /** After endOfActions: scoring cards still in hand have scored, at a cost to their holders. */
  closing: (s: GameState): Task[] => [
    { t: 'hold', side: s.firstPlayer }, // decision hold: keep one card; the rest go, the opponent's fire
    { t: 'hold', side: other(s.firstPlayer) },
    ...triggers(s, 'roundEnd'), // lasting "each round" rules, when one is in play
    { t: 'roundChecks' }, // the personas' pressure checks, then the trap's loop
    { t: 'nextRound' }, // round-long rules end; the final scoring, or startRound again
  ],
};

/** The steps of `script`, pushed so that the first runs first (the stack is last-in first-out). */
function runScript(s: GameState, script: Task[]): void {
  for (let i = script.length - 1; i >= 0; i--) s.tasks.push(script[i] as Task);
}

/** The `eachRound` step for `at`, only when a lasting rule has one: games without them keep the
 * same steps. */
function triggers(s: GameState, at: 'roundStart' | 'roundEnd'): Task[] {
  return hasTriggers(s, at) ? [{ t: 'roundTriggers', at }] : [];
}

/** The round an era's cards join the draw pile: every era is in by the middle of the game, so
 * its second half plays the whole story (3 rounds: eras 2 and 3 both enter in round 2). */
export function eraEntryRound(era: number, rounds: number): number {
  return 1 + Math.ceil(((era - 1) * (rounds - 1)) / 4);
}

/** The side that trails on Leadership picks who acts first. */
function chooserOfFirst(s: GameState): Side {
  return sideBehind(s) ?? (s.round === 1 ? 'china' : other(s.firstPlayer));
}

export function startRound(s: GameState): void {
  s.phase = 'chooseFirst';
  if (s.round > 1) moveClock(s, Math.min(CLOCK_RECOVERY, CLOCK_MAX - s.clock), 'recovery');
  log(s, { type: 'roundStart', clock: s.clock });
  const entering = s.box.filter((id) => eraEntryRound(card(s, id).era, s.rounds) <= s.round);
  // Scoring cards played in earlier rounds come back: every round has regions to score.
  const returning = s.discard.filter((id) => card(s, id).scoring !== undefined);
  if (entering.length > 0 || returning.length > 0) {
    s.box = s.box.filter((id) => !entering.includes(id));
    s.discard = s.discard.filter((id) => !returning.includes(id));
    s.deck.push(...entering, ...returning);
    shuffle(s, s.deck);
  }
  // Signature cards come back, and a bargaining chip passed last round turns face up.
  for (const side of ['us', 'china'] as const) {
    s.hands[side].push(...s.aside[side]);
    s.aside[side] = [];
  }
  runScript(s, ROUND_SCRIPT.opening(s));
}

function askFirst(s: GameState): void {
  s.decision = { kind: 'chooseFirst', side: chooserOfFirst(s) };
}

export function setFirstPlayer(s: GameState, first: Side, chosenBy: Side): void {
  s.firstPlayer = first;
  s.phasing = first;
  const fixed = s.round === 1 && s.setup.first !== undefined;
  log(s, { type: 'firstPlayer', side: first, chosenBy, ...(fixed ? { fixed: true as const } : {}) });
  // The side behind on Leadership draws one card more: more to choose from, not more to play.
  // The US always draws first, whoever acts first: the choice never changes the cards dealt, so
  // every table of a class playing one seed gets the same hands.
  const behind = sideBehind(s);
  for (const side of ['us', 'china'] as const) {
    drawCards(s, side, HAND_SIZE + (side === behind ? TRAILING_EXTRA_CARD : 0) - ordinaryCards(s, side).length);
  }
  s.phase = 'headline';
  s.headline = { us: null, china: null };
  s.headlineRevealed = false;
  askNextHeadline(s);
}

/** The first player, then the second, picks a headline; a side with no card to headline skips it. */
function askNextHeadline(s: GameState): void {
  for (const side of [s.firstPlayer, other(s.firstPlayer)]) {
    if (s.headline[side] === null && headlineCards(s, side).length > 0) {
      s.decision = { kind: 'headline', side };
      return;
    }
  }
  revealHeadlines(s);
}

export function chooseHeadline(s: GameState, side: Side, id: CardId): void {
  s.hands[side].splice(s.hands[side].indexOf(id), 1);
  s.headline[side] = id;
  askNextHeadline(s);
}

function revealHeadlines(s: GameState): void {
  s.headlineRevealed = true;
  s.revealCount++;
  log(s, { type: 'headlineReveal', us: s.headline.us, china: s.headline.china });
  const order = [s.firstPlayer, other(s.firstPlayer)].filter((side) => s.headline[side] !== null);
  order.sort((a, b) => card(s, s.headline[b] as CardId).ops - card(s, s.headline[a] as CardId).ops);
  for (const side of order) {
    const id = s.headline[side] as CardId;
    log(s, { type: 'play', side, card: id, use: 'headline', ops: card(s, id).ops });
  }
  // The stack runs last-in first-out: push the later headline first.
  for (const side of [...order].reverse()) {
    const id = s.headline[side] as CardId;
    s.headline[side] = null;
    queueEvent(s, side, id, 'headline');
  }
}

/** Whether `id`'s event can fire now for `self`: not cancelled and its requirement met. */
export function eventCanFire(s: GameState, id: CardId, self: Side): boolean {
  const def = card(s, id);
  if (s.cancelled.includes(id)) return false;
  return def.requires === undefined || holds(s, def.requires, { self, card: id });
}

function fireEvent(s: GameState, task: Extract<Task, { t: 'event' }>): void {
  s.phasing = task.phasing;
  const def = card(s, task.card);
  if (!eventCanFire(s, task.card, task.self)) {
    log(s, { type: 'eventBlocked', card: task.card });
    return;
  }
  log(s, { type: 'eventFires', side: task.phasing, card: task.card, owner: task.self });
  if (!s.eventsPlayed.includes(task.card)) s.eventsPlayed.push(task.card);
  for (const t of s.tasks) if (t.t === 'endPlay' && t.card === task.card) t.fired = true;
  if (def.event.length > 0) s.tasks.push({ t: 'effects', list: def.event, i: 0, ctx: { self: task.self, card: task.card } });
}

function startOps(s: GameState, task: Extract<Task, { t: 'ops' }>): void {
  switch (task.use) {
    case 'influence':
      s.decision = {
        kind: 'place',
        side: task.side,
        owner: task.side,
        remaining: task.ops,
        source: 'ops',
        eligible: placementEligible(s, task.side),
        placed: {},
        card: task.card,
      };
      return;
    case 'sanction': {
      const eligible = sanctionTargets(s, task.side);
      if (eligible.length > 0) s.decision = { kind: 'sanction', side: task.side, ops: task.ops, card: task.card, eligible, free: false };
      return;
    }
    case 'lobby':
      if (lobbyTargets(s, task.side).length > 0) s.decision = { kind: 'lobby', side: task.side, remaining: task.ops, card: task.card };
      return;
    default: {
      const unhandled: never = task.use;
      throw new Error(`Ops use not handled: ${String(unhandled)}`);
    }
  }
}

function stepTask(s: GameState, task: Task): void {
  switch (task.t) {
    case 'effects':
      stepEffects(s, task);
      return;
    case 'event':
      s.tasks.pop();
      fireEvent(s, task);
      return;
    case 'ops':
      s.tasks.pop();
      startOps(s, task);
      return;
    case 'endPlay':
      s.tasks.pop();
      finishPlay(s, task.side, task.card, task.fired);
      return;
    case 'hold':
      s.tasks.pop();
      if (ordinaryCards(s, task.side).length > 0) s.decision = { kind: 'hold', side: task.side };
      return;
    case 'roundChecks':
      s.tasks.pop();
      applyPressureChecks(s);
      if (!s.outcome) springTrap(s);
      return;
    case 'nextRound':
      s.tasks.pop();
      nextRound(s);
      return;
    case 'roundTriggers':
      s.tasks.pop();
      runTriggers(s, task.at);
      return;
    case 'askFirst':
      s.tasks.pop();
      askFirst(s);
      return;
    default: {
      const unhandled: never = task;
      throw new Error(`task not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The end of the action rounds: scoring cards still in hand score, at a cost to their holders
 * (a scoring is an action to time, not a free end-of-round event); then the round's closing
 * script (ROUND_SCRIPT.closing). */
function endOfActions(s: GameState): void {
  for (const side of [s.firstPlayer, other(s.firstPlayer)]) {
    for (const id of [...s.hands[side]]) {
      const region = card(s, id).scoring;
      if (region === undefined || s.outcome) continue;
      s.phasing = side;
      discardFromHand(s, side, id);
      gainLeadership(s, other(side), HELD_SCORING_PENALTY, `heldScoring:${region}`);
      scoreRegion(s, region, false);
    }
  }
  if (s.outcome) return;
  runScript(s, ROUND_SCRIPT.closing(s));
}

function hasTriggers(s: GameState, at: 'roundStart' | 'roundEnd'): boolean {
  return s.modifiers.some((m) => m.rule.kind === 'eachRound' && m.rule.at === at);
}

/** Runs the effects of every `eachRound` rule for `at`, in the order they were put in play, each
 * for its side as if its card's event fired. */
function runTriggers(s: GameState, at: 'roundStart' | 'roundEnd'): void {
  const due = s.modifiers.filter((m) => m.rule.kind === 'eachRound' && m.rule.at === at);
  for (const m of due) log(s, { type: 'lastingActs', card: m.source, side: m.side, on: at, amount: 0, duration: m.duration, rule: m.rule });
  for (const m of [...due].reverse()) {
    if (m.rule.kind === 'eachRound' && m.rule.effects.length > 0)
      s.tasks.push({ t: 'effects', list: m.rule.effects, i: 0, ctx: { self: m.side, card: m.source } });
  }
}

/** The technological trap as a loop: H20 sales deepen the CUDA lock-in; a deep cut-off (a low
 * clock) drives China's own stack. */
function springTrap(s: GameState): void {
  if (s.flags.includes(TRAP_FLAG)) moveRace(s, 'us', 1, 'trap');
  else if (s.clock <= DECOUPLED_AT) moveRace(s, 'china', 1, 'decoupling');
}

/** The cards a side did not keep at the end of the round leave its hand: its own and neutral
 * cards are discarded, and each of the opponent's cards fires its event first, the holder acting
 * (a clock it takes to 1 is the holder's own cut-off). Nothing unwanted leaves a hand for free. */
export function releaseHand(s: GameState, side: Side, kept: CardId): void {
  const left = ordinaryCards(s, side).filter((id) => id !== kept);
  for (const id of left) if (card(s, id).side !== other(side)) discardFromHand(s, side, id);
  for (const id of left.filter((c) => card(s, c).side === other(side)).reverse()) {
    s.hands[side].splice(s.hands[side].indexOf(id), 1);
    queueEvent(s, side, id, 'leftover');
  }
}

function nextRound(s: GameState): void {
  for (const m of s.modifiers) if (m.duration === 'round') logLasting(s, 'ends', m);
  if (s.roundFlags && s.roundFlags.length > 0) {
    for (const flag of s.roundFlags) log(s, { type: 'flag', flag, set: false });
    s.flags = s.flags.filter((f) => !s.roundFlags?.includes(f));
    s.roundFlags = [];
  }
  s.modifiers = s.modifiers.filter((m) => m.duration === 'game' || m.duration === 'nextCard');
  s.leadershipHistory.push(s.leadership);
  if (s.round >= s.rounds) {
    finalScoring(s);
    return;
  }
  s.round++;
  s.actionsTaken = { us: 0, china: 0 };
  s.raceUsed = { us: false, china: false };
  s.stats = { us: freshStats(), china: freshStats() };
  startRound(s);
}

export function freshStats() {
  return { controlOps: 0, influencePlaced: { chinaMarket: 0, developers: 0, globalSouth: 0, supplyChain: 0 }, stackAdvanced: 0 };
}

/** The next thing the rules do when nobody has a decision and no task is pending. */
function advance(s: GameState): void {
  if (s.phase === 'headline') s.phase = 'actions';
  if (s.phase !== 'actions') return;
  const first = s.firstPlayer;
  const second = other(first);
  const next = s.actionsTaken[first] <= s.actionsTaken[second] ? first : second;
  if (s.actionsTaken[next] >= s.actionsPerRound) {
    // endOfActions leaves the hold and next-round steps on the task stack.
    endOfActions(s);
    return;
  }
  s.phasing = next;
  if (s.hands[next].length === 0) {
    s.actionsTaken[next]++;
    log(s, { type: 'pass', side: next });
    return;
  }
  s.decision = { kind: 'play', side: next };
}

/** A decision nobody can answer goes away; a turn with no playable card is a pass. */
export function dropDecision(s: GameState): void {
  const d = s.decision;
  s.decision = null;
  if (d?.kind === 'play') {
    s.actionsTaken[d.side]++;
    log(s, { type: 'pass', side: d.side });
  }
}

/** Run the rules until a decision is needed or the game is over. Decisions with no real
 * choice are settled by the caller (apply.ts: settle, settleInPlace), each as its own step. */
export function run(s: GameState): void {
  for (let guard = 0; guard < 100_000; guard++) {
    if (s.outcome || s.decision) return;
    const task = s.tasks[s.tasks.length - 1];
    if (task) stepTask(s, task);
    else advance(s);
  }
  throw new Error('the rules engine did not reach a decision (internal loop)');
}
