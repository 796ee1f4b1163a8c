// Remembering the quick policy's board estimates. A look-ahead meets the same position many
// times in one move: every deal of the hidden cards, and every card of the same Ops played the
// same way, leads to the same placement, sanction or lobbying decision on the same board. The
// estimates behind those answers (greedy placement, sanctions and lobbying over the dice) are
// most of a normal bot's time (profiled: about two thirds), and they read only the public board.
//
// A position's key is everything in the state those estimates can read: the whole state except
// the parts listed in UNREAD, plus the scoring cards each side counts as held (heldScoring, the
// one way they read hands, the discard pile and the removed cards). A field the rules add later
// is in the key by default, so a new rule can cost hits but never give a wrong answer.
import type { Side } from '../decks/types.js';
import { REGIONS } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import type { Weights } from './evaluate.js';
import { heldScoring } from './evaluate.js';

/** State fields the board estimates never read (test/ai/quick-memo.test.ts changes them and compares answers). */
const UNREAD: ReadonlySet<string> = new Set([
  'rulesVersion', 'setup', 'cards', 'rng', 'revealCount', 'leadership', 'raceReached', 'raceUsed', 'box', 'deck', 'discard',
  'removed', 'hands', 'aside', 'headline', 'headlineRevealed', 'inPlay', 'firstPlayer', 'eventsPlayed', 'cancelled',
  'tasks', 'log', 'leadershipHistory', 'outcome', 'actionCount',
]);

/** Influence as its numbers only, in the board's fixed order: the largest part of a key, kept short. */
function influenceKey(influence: GameState['influence']): string {
  let key = '';
  for (const id in influence) {
    const inf = influence[id] as { us: number; china: number };
    key += `${inf.us}.${inf.china},`;
  }
  return key;
}

/** The key of `s` for estimates made for `side` (held scoring cards are read for that side). */
export function boardKey(s: GameState, side: Side, w: Weights): string {
  let key = `${side}|${s.setup.personas.us}|${s.setup.personas.china}|`;
  const held = heldScoring(s, w, side);
  for (const region of REGIONS) key += `${held.us[region]},${held.china[region]},`;
  const fields = s as unknown as Record<string, unknown>;
  for (const k in fields) {
    if (UNREAD.has(k)) continue;
    const v = fields[k];
    // Numbers as they are (most fields): one JSON.stringify call each cost more than the rest of the key.
    if (typeof v === 'number') key += `|${v}`;
    else key += k === 'influence' ? `|${influenceKey(s.influence)}` : `|${JSON.stringify(v)}`;
  }
  return key;
}

/** Entries kept per set of weights before starting afresh (a bot with fixed weights would otherwise grow without end). */
const MAX_ENTRIES = 50_000;

/**
 * A memo per set of weights: the normal bot makes new weights (with the threat of the moment)
 * for every move, so its entries go with that move; fixed weights (easy, hard) keep theirs.
 */
export class WeightsMemo<V> {
  private readonly byWeights = new WeakMap<Weights, Map<string, V>>();

  get(w: Weights, key: string): V | undefined {
    return this.byWeights.get(w)?.get(key);
  }

  set(w: Weights, key: string, value: V): void {
    let map = this.byWeights.get(w);
    if (!map || map.size >= MAX_ENTRIES) {
      map = new Map();
      this.byWeights.set(w, map);
    }
    map.set(key, value);
  }
}
