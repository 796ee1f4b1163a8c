// Adding to the game log: every entry carries the round it happened in.
import type { GameState, LogEntry } from './types.js';

type Entry = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'round'> : never) : never;

export function log(s: GameState, entry: Entry): void {
  s.log.push({ round: s.round, ...entry } as LogEntry);
}
