// applyAction: the one way a game changes. It checks the action against legalActions,
// then folds it into a new state with Immer; an illegal action throws and changes nothing.
import { produce } from 'immer';
import type { CardId, Side } from '../decks/types.js';
import { SPACE_BY_ID } from './board.js';
import { card, discardFromHand, eventSide, queueEvent } from './cards.js';
import { log } from './log.js';
import { chooseHeadline, dropDecision, eventCanFire, releaseHand, run, setFirstPlayer } from './flow.js';
import { hasChoice, legalActions, sameAction } from './legal.js';
import {
  advanceRace, effectiveOps, eventPlayOps, narrateRules, placementCost, resolveLobby, resolveSanction, useEventModifiers, useOpsModifiers,
} from './ops.js';
import { other } from './rules.js';
import type { Action, Decision, GameState } from './types.js';

export class IllegalActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IllegalActionError';
  }
}

function describeDecision(d: Decision | null): string {
  return d ? `${d.side} must answer a '${d.kind}' decision` : 'nobody has a decision to make';
}

/** Why `action` is not legal now, or null when it is. */
export function whyIllegal(s: GameState, action: Action): string | null {
  if (s.outcome) return 'the game is over';
  if (!s.decision) return 'nobody has a decision to make';
  const legal = legalActions(s);
  if (legal.some((a) => sameAction(a, action))) return null;
  return whyIllegalAmong(s, action, legal);
}

function whyIllegalAmong(s: GameState, action: Action, legal: Action[]): string {
  const sameType = legal.filter((a) => a.type === action.type);
  if (sameType.length === 0) {
    const types = [...new Set(legal.map((a) => a.type))].join(', ');
    return `'${action.type}' is not possible now: ${describeDecision(s.decision)} (possible: ${types || 'nothing'})`;
  }
  return `${JSON.stringify(action)} is not among the ${sameType.length} legal '${action.type}' actions: ${describeDecision(s.decision)}`;
}

function countPlacement(s: GameState, side: Side, owner: Side, space: string): void {
  const region = SPACE_BY_ID[space]?.region;
  if (region && side === owner) s.stats[side].influencePlaced[region]++;
}

function playCard(s: GameState, side: Side, action: Extract<Action, { type: 'play' }>): void {
  const id: CardId = action.card;
  const def = card(s, id);
  s.hands[side].splice(s.hands[side].indexOf(id), 1);
  s.actionsTaken[side]++;
  s.phasing = side;
  if (action.use === 'event') {
    const ops = eventPlayOps(s, side, def);
    log(s, { type: 'play', side, card: id, use: 'event', ops });
    useEventModifiers(s, side);
    if (side === 'us' && def.tags?.includes('control')) s.stats.us.controlOps += ops;
    queueEvent(s, side, id, 'action');
    return;
  }
  s.inPlay.push(id);
  const ops = effectiveOps(s, side, def, action.use);
  log(s, { type: 'play', side, card: id, use: action.use, ops });
  useOpsModifiers(s, side, def, action.use);
  s.tasks.push({ t: 'endPlay', side, card: id, kind: 'action', fired: false });
  if (action.use === 'race') {
    advanceRace(s, side);
    return;
  }
  const opsTask = { t: 'ops', side, card: id, use: action.use, ops } as const;
  const opponentEvent = def.side === other(side) && eventCanFire(s, id, def.side);
  const eventTask = { t: 'event', card: id, self: eventSide(def, side), phasing: side } as const;
  if (!opponentEvent) s.tasks.push(opsTask);
  else if (action.eventFirst) s.tasks.push(opsTask, eventTask);
  else s.tasks.push(eventTask, opsTask);
}

/** Fold one legal action into the draft: answer the pending decision. */
function answer(s: GameState, action: Action): void {
  const d = s.decision as Decision;
  switch (action.type) {
    case 'chooseFirst':
      s.decision = null;
      setFirstPlayer(s, action.first, d.side);
      return;
    case 'headline':
      s.decision = null;
      chooseHeadline(s, d.side, action.card);
      return;
    case 'play':
      s.decision = null;
      playCard(s, d.side, action);
      return;
    case 'place': {
      if (d.kind !== 'place') return;
      const inf = s.influence[action.space];
      if (!inf) return;
      const cost = d.source === 'ops' ? placementCost(s, d.owner, action.space) : 1;
      if (d.source === 'ops') {
        const region = SPACE_BY_ID[action.space]?.region;
        narrateRules(s, d.owner, 'influence', (m) => m.rule.kind === 'influenceCost' && m.rule.region === region);
      }
      inf[d.owner]++;
      d.remaining -= cost;
      d.placed[action.space] = (d.placed[action.space] ?? 0) + 1;
      countPlacement(s, d.side, d.owner, action.space);
      log(s, { type: 'influence', side: d.side, owner: d.owner, space: action.space, delta: 1 });
      return;
    }
    case 'remove': {
      if (d.kind !== 'remove') return;
      const inf = s.influence[action.space];
      if (!inf) return;
      inf[d.owner]--;
      d.remaining--;
      d.removed[action.space] = (d.removed[action.space] ?? 0) + 1;
      log(s, { type: 'influence', side: d.side, owner: d.owner, space: action.space, delta: -1 });
      return;
    }
    case 'sanction': {
      if (d.kind !== 'sanction') return;
      s.decision = null;
      if (!d.free && d.side === 'us') s.stats.us.controlOps += d.ops;
      resolveSanction(s, d.side, action.space, d.ops);
      return;
    }
    case 'lobby':
      if (d.kind !== 'lobby') return;
      d.remaining--;
      resolveLobby(s, d.side, action.space);
      return;
    case 'choose':
      if (d.kind !== 'choose') return;
      s.decision = null;
      if ((d.options[action.option] ?? []).length > 0) {
        s.tasks.push({ t: 'effects', list: d.options[action.option] ?? [], i: 0, ctx: d.ctx });
      }
      return;
    case 'discard':
      if (d.kind !== 'discard') return;
      d.remaining--;
      discardFromHand(s, d.side, action.card);
      return;
    case 'retrieve': {
      s.decision = null;
      const at = s.discard.indexOf(action.card);
      if (at >= 0) s.discard.splice(at, 1);
      s.hands[d.side].push(action.card);
      s.revealCount++;
      return;
    }
    case 'hold':
      s.decision = null;
      log(s, { type: 'hold', side: d.side });
      releaseHand(s, d.side, action.card);
      return;
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

const stopAtDecision = (): boolean => false;

/** Answer decisions that leave no real choice and drop those with no legal answer, each
 * as its own transition. Legal actions are read from finished (plain) states: reading
 * them through Immer's drafts would cost several times more. */
export function settle(state: GameState): GameState {
  let s = state;
  while (s.decision && !s.outcome) {
    const legal = legalActions(s);
    if (legal.length > 1) break;
    const only = legal[0];
    s = produce(s, (draft) => {
      if (only) answer(draft, only);
      else dropDecision(draft);
      run(draft, stopAtDecision);
    });
  }
  return s;
}

export function applyAction(state: GameState, action: Action): GameState {
  const why = whyIllegal(state, action);
  if (why) throw new IllegalActionError(why);
  const next = produce(state, (draft) => {
    answer(draft, action);
    draft.actionCount++;
    run(draft, stopAtDecision);
  });
  return settle(next);
}

/** Apply a legal action by changing `state` itself, without Immer: for simulators and
 * search, on a private copy (see `cloneState`). The same rules code runs either way;
 * only the bookkeeping of immutability is skipped. */
export function applyActionInPlace(state: GameState, action: Action): void {
  if (state.outcome || !state.decision) throw new IllegalActionError(whyIllegal(state, action) ?? 'no decision');
  // Usually listed already (by settleInPlace or the bot that chose): legalActions keeps the list
  // while the decision and the log are unchanged, which every answer changes.
  const legal = legalActions(state);
  if (!legal.some((a) => sameAction(a, action))) throw new IllegalActionError(whyIllegalAmong(state, action, legal));
  answer(state, action);
  state.actionCount++;
  run(state, stopAtDecision);
  settleInPlace(state);
}

/** `settle` for a state played in place: the same answers, on `state` itself. */
export function settleInPlace(state: GameState): void {
  while (state.decision && !state.outcome) {
    // A real choice is left listed for whoever answers it (a look-ahead mostly stops there
    // unanswered): hasChoice lists a play's actions only when it cannot tell otherwise.
    if (hasChoice(state)) break;
    const next = legalActions(state);
    if (next[0]) answer(state, next[0]);
    else dropDecision(state);
    run(state, stopAtDecision);
  }
}

/** A private, mutable deep copy of a state (card definitions are shared: they never change). */
export function cloneState(state: GameState): GameState {
  const { cards, ...rest } = state;
  return { ...(structuredClone(rest) as Omit<GameState, 'cards'>), cards };
}

/** Used by createGame: run the opening steps of the rules. */
export function runRules(draft: GameState): void {
  run(draft, stopAtDecision);
}
