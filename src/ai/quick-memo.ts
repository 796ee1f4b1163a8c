// Remembering the quick policy's board estimates. A look-ahead meets the same position many
// times in one move: every deal of the hidden cards, and every card of the same Ops played the
// same way, leads to the same placement, sanction or lobbying decision on the same board. The
// estimates behind those answers (greedy placement, sanctions and lobbying over the dice) are
// most of a normal bot's time (profiled: about two thirds), and they read only the public board,
// so they are remembered by the board's key (board-key.ts).
import type { BoardKey } from './board-key.js';
import type { Weights } from './evaluate.js';

/** Entries kept per set of weights before starting afresh (a bot with fixed weights would otherwise grow without end). */
const MAX_ENTRIES = 50_000;

interface Entry<V> {
  codes: readonly number[];
  /** What is asked of the board (a use and its Ops, a space): 0 when nothing more. */
  what: number;
  more: number;
  value: V;
  /** The next entry of the same hash. */
  next: Entry<V> | null;
}

interface Table<V> {
  byHash: Map<number, Entry<V>>;
  size: number;
}

function sameCodes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function slot(key: BoardKey, what: number, more: number): number {
  return Math.imul(Math.imul(key.hash ^ what, 0x01000193) ^ more, 0x01000193);
}

/**
 * A memo per set of weights: the normal bot makes new weights (with the threat of the moment)
 * for every move, so its entries go with that move; fixed weights (easy, hard) keep theirs.
 * An entry is a board and, optionally, two numbers for what is asked of it.
 */
export class WeightsMemo<V> {
  private readonly byWeights = new WeakMap<Weights, Table<V>>();

  get(w: Weights, key: BoardKey, what = 0, more = 0): V | undefined {
    const table = this.byWeights.get(w);
    if (!table) return undefined;
    for (let e = table.byHash.get(slot(key, what, more)) ?? null; e !== null; e = e.next) {
      if (e.what === what && e.more === more && sameCodes(e.codes, key.codes)) return e.value;
    }
    return undefined;
  }

  set(w: Weights, key: BoardKey, value: V, what = 0, more = 0): void {
    let table = this.byWeights.get(w);
    if (!table || table.size >= MAX_ENTRIES) {
      table = { byHash: new Map(), size: 0 };
      this.byWeights.set(w, table);
    }
    const at = slot(key, what, more);
    table.byHash.set(at, { codes: key.codes, what, more, value, next: table.byHash.get(at) ?? null });
    table.size++;
  }
}
