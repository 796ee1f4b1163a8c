// The quick policy: an answer to any decision from cheap estimates, without playing
// anything out (except the options of a choice, which are tried). Bots answer their own
// small decisions with it, and look-aheads use it to finish a play once they have chosen it.
import type { CardDef, CardId, RegionId, Side, SpaceId } from '../decks/types.js';
import { applyActionInPlace, legalActions, rules } from '../engine/index.js';
import type { Action, Decision, GameState } from '../engine/index.js';
import { effectiveOps, lobbyTargets, sanctionTargets } from '../engine/ops.js';
import { WIN, cardValue, evaluate, heldScoring, localValue, regionsTouchedBy, sign } from './evaluate.js';
import { readControllers, regionScore } from './board-read.js';
import type { HeldScoring, Weights } from './evaluate.js';
import { bestLobby, bestPlacement, bestSanction, influenceValue, pointGain, raceStepValue } from './ops-values.js';
import { forkState } from './search-state.js';
import { boardKey, spaceCode } from './board-key.js';
import type { BoardKey } from './board-key.js';
import { WeightsMemo } from './quick-memo.js';

/** Ops values by board, side, use and Ops; answers to board decisions by board (see quick-memo.ts). */
const opsMemo = new WeightsMemo<number>();
const boardChoiceMemo = new WeightsMemo<number>();
/** A sanction's or a lobbying roll's expected value and the value before it, by space and board. */
const expectationMemo = new WeightsMemo<{ expected: number; before: number }>();

/** What an Ops value is asked of a board: a use (with the Ops), or the best lobbying roll. */
const USES = { influence: 1, sanction: 2, lobby: 3 } as const;
const LOBBY_ROLL = 4;

/** A generic guess at what an event is worth to the side it works for: about its Ops. */
export function eventGuess(ops: number): number {
  return ops + 0.5;
}

/** What scoring `region` now would give `side` (control there is dominance: the game). */
export function scoringNow(s: GameState, side: Side, region: RegionId): number {
  const pts = regionScore(readControllers(s), region);
  if (pts.control !== null) return pts.control === side ? WIN / 2 : -WIN / 2;
  return sign(side) * (pts.us - pts.china);
}

function cardOf(s: GameState, id: CardId) {
  const def = s.cards[id];
  if (!def) throw new Error(`unknown card ${id}`);
  return def;
}

/** A play valued without playing it: Ops uses measured on the board, events guessed from their Ops. */
export function quickPlayValues(s: GameState, side: Side, w: Weights, legal: Action[]): number[] {
  let board: BoardKey | null = null;
  // The best lobbying roll does not depend on the Ops (they only say how many rolls): one for every Ops value.
  const lobbyRoll = (board: BoardKey): number => {
    let v = opsMemo.get(w, board, LOBBY_ROLL);
    if (v === undefined) {
      v = Math.max(0, bestLobby(s, side, w, lobbyTargets(s, side))?.value ?? 0);
      opsMemo.set(w, board, v, LOBBY_ROLL);
    }
    return v;
  };
  const opsValue = (use: 'influence' | 'sanction' | 'lobby', ops: number): number => {
    board ??= boardKey(s, side, w);
    let v = opsMemo.get(w, board, USES[use], ops);
    if (v === undefined) {
      if (use === 'influence') v = influenceValue(s, side, w, ops);
      else if (use === 'sanction') v = bestSanction(s, side, w, side, sanctionTargets(s, side), ops)?.value ?? 0;
      else v = ops * lobbyRoll(board);
      opsMemo.set(w, board, v, USES[use], ops);
    }
    return v;
  };
  return legal.map((a) => {
    if (a.type !== 'play') return 0;
    const def = cardOf(s, a.card);
    if (def.scoring) return scoringNow(s, side, def.scoring);
    if (a.use === 'event') return eventGuess(def.ops);
    if (a.use === 'race') return raceStepValue(s, side, w);
    let v = opsValue(a.use, effectiveOps(s, side, def, a.use));
    if (def.side === rules.other(side)) v -= eventGuess(def.ops) + (a.eventFirst === false ? 0.1 : 0);
    return v;
  });
}

/** Headline: a scoring card that pays, else the own card of fewest Ops (its Ops matter more later). */
export function quickHeadline(s: GameState, side: Side, legal: Action[]): Action {
  let best = legal[0] as Action;
  let bestValue = -Infinity;
  for (const a of legal) {
    if (a.type !== 'headline') continue;
    const def = cardOf(s, a.card);
    let v: number;
    if (def.scoring) v = scoringNow(s, side, def.scoring);
    else if (def.side === rules.other(side)) v = -10 - def.ops;
    else v = 1 - 0.3 * def.ops;
    if (v > bestValue) {
      bestValue = v;
      best = a;
    }
  }
  return best;
}

function argmax<T>(items: T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestValue = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v > bestValue) {
      bestValue = v;
      best = item;
    }
  }
  return best;
}

function spaceOf(a: Action): SpaceId {
  return 'space' in a ? a.space : '';
}

function cardIdOf(a: Action): CardId {
  return 'card' in a ? a.card : '';
}

/** The quick policy's answer to the decision of `s` (which must have legal actions). */
export function quickChoice(s: GameState, w: Weights, depth = 0): Action {
  return keyedChoice(s, w, depth).action;
}

/** quickChoice, with the board key it made (null when the decision is not a board decision). */
function keyedChoice(s: GameState, w: Weights, depth: number): { action: Action; key: BoardKey | null } {
  const d = s.decision as Decision;
  const legal = legalActions(s);
  const first = legal[0];
  if (!first) throw new Error(`no legal action for ${d.side}'s '${d.kind}' decision`);
  if (legal.length === 1) return { action: first, key: null };
  if (!readsBoardOnly(d)) return { action: decide(s, w, depth, d, legal, first), key: null };
  // The same board asks the same question: its legal actions, hence their order, are the same too.
  // The scoring cards held go into the key and into the estimates alike: read once for both.
  const held = heldScoring(s, w, d.side);
  const key = boardKey(s, d.side, w, held);
  const known = boardChoiceMemo.get(w, key);
  if (known !== undefined) return { action: legal[known] ?? first, key };
  const action = decide(s, w, depth, d, legal, first, held);
  boardChoiceMemo.set(w, key, legal.indexOf(action));
  return { action, key };
}

/** Decisions whose answer the quick policy works out from the board alone (no hand, no play-out). */
function readsBoardOnly(d: Decision): boolean {
  switch (d.kind) {
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
      return true;
    case 'choose':
    case 'discard':
    case 'retrieve':
    case 'hold':
    case 'chooseFirst':
    case 'headline':
    case 'play':
      return false;
  }
}

/** The quick policy's answer; `held`: the scoring cards `d.side` counts as held, when read already. */
function decide(s: GameState, w: Weights, depth: number, d: Decision, legal: Action[], first: Action, held?: HeldScoring): Action {
  const side = d.side;
  switch (d.kind) {
    case 'place': {
      const remaining = d.source === 'ops' ? d.remaining : Infinity;
      const best = bestPlacement(s, side, w, d.owner, legal.map(spaceOf), remaining, d.source === 'ops', held);
      return legal.find((a) => spaceOf(a) === best?.space) ?? first;
    }
    case 'remove':
      return argmax(legal, (a) => pointGain(s, side, w, spaceOf(a), d.owner, -1, null, held)) ?? first;
    case 'sanction': {
      const best = bestSanction(s, side, w, side, legal.map(spaceOf), d.ops, held);
      return legal.find((a) => spaceOf(a) === best?.space) ?? first;
    }
    case 'lobby': {
      const best = bestLobby(s, side, w, legal.map(spaceOf), held);
      return legal.find((a) => spaceOf(a) === best?.space) ?? first;
    }
    case 'choose':
      if (depth >= 2) return first;
      return (
        argmax(legal, (a) => {
          const t = forkState(s);
          applyActionInPlace(t, a);
          playOut(t, w, side, untilMacro, depth + 1);
          return evaluate(t, side, w);
        }) ?? first
      );
    case 'discard':
      return argmax(legal, (a) => -cardValue(s.cards[cardIdOf(a)], side)) ?? first;
    case 'retrieve':
      return argmax(legal, (a) => cardValue(s.cards[cardIdOf(a)], side)) ?? first;
    case 'hold':
      // Every card not kept fires its event: keep the opponent's worst, else your best.
      return argmax(legal, (a) => keepValue(s.cards[cardIdOf(a)], side)) ?? first;
    case 'chooseFirst':
      // Acting second is worth more under rules 2.0: the last action of the round comes before
      // the held scoring cards and the hold, and answers the first player's. Measured on 200
      // normal games each way: choosing to go second, the leader after round 2 won 67% (80%
      // choosing to go first), the US 54% (58%).
      return legal.find((a) => a.type === 'chooseFirst' && a.first !== side) ?? first;
    case 'headline':
      return quickHeadline(s, side, legal);
    case 'play': {
      const values = quickPlayValues(s, side, w, legal);
      let at = 0;
      for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[at] as number)) at = i;
      return legal[at] ?? first;
    }
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** What keeping a card at the end of the round is worth: an opponent's card kept does not fire
 * against you (about its Ops in harm avoided); any other is worth what it will do next round. */
function keepValue(def: CardDef | undefined, holder: Side): number {
  if (!def) return 0;
  return def.side === rules.other(holder) ? def.ops + 1 : cardValue(def, holder);
}

/** Decisions that start something new (a play, a headline, a round): look-aheads stop there. */
export function isMacro(d: Decision): boolean {
  return d.kind === 'play' || d.kind === 'headline' || d.kind === 'chooseFirst' || d.kind === 'hold';
}

export function untilMacro(s: GameState): boolean {
  return s.decision !== null && isMacro(s.decision);
}

/** Stop at the first play of the action rounds (or a new round, or the end). */
export function untilActions(s: GameState): boolean {
  const d = s.decision;
  if (!d) return true;
  return (d.kind === 'play' && s.phase === 'actions') || d.kind === 'chooseFirst' || d.kind === 'hold';
}

/** Whether the last play-out started at depth 0 answered board decisions only (place, remove,
 * sanction, lobby): no hand, no draw pile, and no die of a choice's own play-outs was read. */
let boardOnly = true;

export function lastPlayOutReadBoardOnly(): boolean {
  return boardOnly;
}

/**
 * Answer decisions with the quick policy until `stop` (or the end). Returns the luck of the
 * dice along the way for `viewer`: what the expected sanctions and lobbies were worth minus
 * what the sampled dice gave, so one sample is scored as if it rolled average.
 */
export function playOut(s: GameState, w: Weights, viewer: Side, stop: (s: GameState) => boolean, depth = 0, maxSteps = 400): number {
  let correction = 0;
  if (depth === 0) boardOnly = true;
  for (let step = 0; step < maxSteps && s.decision && !s.outcome && !stop(s); step++) {
    const d = s.decision;
    if (depth === 0 && !readsBoardOnly(d)) boardOnly = false;
    const { action, key: board } = keyedChoice(s, w, depth);
    if ((d.kind === 'sanction' || d.kind === 'lobby') && 'space' in action) {
      const regions = regionsTouchedBy(action.space);
      // Both read the board only, as the viewer sees it: remembered like the answers themselves.
      const key = board !== null && d.side === viewer ? board : boardKey(s, viewer, w);
      const space = 1 + spaceCode(action.space);
      let known = expectationMemo.get(w, key, space);
      if (known === undefined) {
        const expected =
          d.kind === 'sanction'
            ? (bestSanction(s, viewer, w, d.side, [action.space], d.ops)?.value ?? 0)
            : (bestLobby(s, viewer, w, [action.space])?.value ?? 0);
        known = { expected, before: localValue(s, viewer, w, regions) };
        expectationMemo.set(w, key, known, space);
      }
      const { expected, before } = known;
      const round = s.round;
      applyActionInPlace(s, action);
      if (!s.outcome && s.round === round && Math.abs(expected) < WIN) correction += expected - (localValue(s, viewer, w, regions) - before);
      continue;
    }
    applyActionInPlace(s, action);
  }
  return correction;
}
