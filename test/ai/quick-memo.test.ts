// The quick policy remembers its answers to board decisions by a key of what they read. A key
// that left out something they read would answer a position from another one: these tests
// change what the key leaves out and check the remembered answer against a fresh one.
import { describe, expect, it } from 'vitest';
import { SEARCH_WEIGHTS } from '../../src/ai/evaluate.js';
import type { Weights } from '../../src/ai/evaluate.js';
import { quickChoice } from '../../src/ai/policy.js';
import { boardKey } from '../../src/ai/board-key.js';
import { cloneState, legalActions, rules } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const BOARD_KINDS = new Set(['place', 'remove', 'sanction', 'lobby']);
const BOARD = positions(8, 2, 7).filter((s) => s.decision !== null && BOARD_KINDS.has(s.decision.kind) && legalActions(s).length > 1);

/** Everything the key leaves out, changed: the hidden cards, the dice, the log, the scores. */
function changeUnread(s: GameState): GameState {
  const t = cloneState(s);
  t.rng = (t.rng + 12345) >>> 0;
  t.deck = [...t.deck].reverse();
  t.log = [];
  t.leadership = -t.leadership + 1;
  t.actionCount += 7;
  t.revealCount += 3;
  // The card that asks for the placement, removal, sanction or lobbying.
  if (t.decision && 'card' in t.decision) t.decision.card = t.decision.card === 'x' ? 'y' : 'x';
  // The opponent's hand (not the decider's: its scoring cards count) swapped with the pile's top.
  const opp = rules.other((s.decision as NonNullable<GameState['decision']>).side);
  const swap = Math.min(t.hands[opp].length, t.deck.length);
  const hand = t.hands[opp].slice(0, swap);
  t.hands[opp] = [...t.deck.slice(0, swap), ...t.hands[opp].slice(swap)];
  t.deck = [...hand, ...t.deck.slice(swap)];
  return t;
}

describe('quick policy memo', () => {
  it('has board decisions to test', () => {
    expect(BOARD.length).toBeGreaterThan(30);
  });

  it('a position differing only in what the key leaves out gets the answer a fresh policy gives', () => {
    const shared: Weights = { ...SEARCH_WEIGHTS };
    let hits = 0;
    for (const s of BOARD) {
      const original = cloneState(s);
      const changed = changeUnread(s);
      expect(boardKey(changed, (s.decision as NonNullable<GameState['decision']>).side, shared)).toEqual(
        boardKey(original, (s.decision as NonNullable<GameState['decision']>).side, shared),
      );
      quickChoice(original, shared);
      const remembered = quickChoice(changed, shared);
      const fresh = quickChoice(cloneState(changed), { ...SEARCH_WEIGHTS });
      expect(remembered).toEqual(fresh);
      hits++;
    }
    expect(hits).toBe(BOARD.length);
  });

  it('the key changes with what the estimates read', () => {
    const s = BOARD[0] as GameState;
    const side = (s.decision as NonNullable<GameState['decision']>).side;
    const w = SEARCH_WEIGHTS;
    const key = boardKey(s, side, w);
    const changes: ((t: GameState) => void)[] = [
      (t) => {
        const first = Object.values(t.influence)[0] as { us: number };
        first.us++;
      },
      (t) => (t.clock = t.clock === 3 ? 4 : 3),
      (t) => (t.stats.us.controlOps += 1),
      (t) => (t.actionsTaken[side] += 1),
      (t) => (t.stack += 1),
      (t) => (t.phasing = rules.other(t.phasing)),
      (t) => t.modifiers.push({ source: 'x', side, duration: 'round', rule: { kind: 'opsBonus', amount: 1 } }),
      (t) => (t.setup = { ...t.setup, personas: { ...t.setup.personas, us: t.setup.personas.us === 'nvidia' ? 'washington' : 'nvidia' } }),
    ];
    for (const change of changes) {
      const t = cloneState(s);
      change(t);
      expect(boardKey(t, side, w).codes).not.toEqual(key.codes);
    }
    expect(boardKey(s, rules.other(side), w).codes).not.toEqual(key.codes);
  });
});
