// Adding to the game log: every entry carries the round it happened in.
import type { GameState, LogEntry, Modifier } from './types.js';

type Entry = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'round'> : never) : never;

export function log(s: GameState, entry: Entry): void {
  s.log.push({ round: s.round, ...entry } as LogEntry);
}

/** Entries that tell what the state already holds (a lasting rule starting, ending or acting):
 * they help a player follow the game but are no fact of it. The fingerprints of a game (hash.ts,
 * a save's hash) leave them out, so games and saves from before they were logged still match. */
export const NARRATION: ReadonlySet<LogEntry['type']> = new Set<LogEntry['type']>(['lasting', 'lastingActs', 'lobbyDice', 'finalScoring']);

/** The log without its narration: what a fingerprint is taken over. */
export function factsOf(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((e) => !NARRATION.has(e.type));
}

/** Logs a lasting rule that starts or ends. */
export function logLasting(s: GameState, change: 'starts' | 'ends', m: Modifier): void {
  log(s, { type: 'lasting', change, card: m.source, side: m.side, duration: m.duration, rule: m.rule, ...(m.next ? { next: m.next } : {}) });
}
