// What the listing of a save folder says about each file (list.ts reads them). Apart from the
// reading, so that code showing a listing does not load the save-file checks with it.
import type { Outcome, Persona } from '../engine/index.js';
import type { Seats } from './save-file.js';

export interface SaveSummary {
  path: string;
  /** Number of actions played. */
  actions: number;
  personas: { us: Persona; china: Persona };
  seats: Seats;
  round: number;
  rounds: number;
  /** File modification time, ISO 8601. */
  lastModified: string;
  finished: boolean;
  outcome?: Outcome;
  rulesVersion: string;
  /** False when this version cannot continue it (other rules). */
  playable: boolean;
  /** Set when the file is damaged and its backup was read instead. */
  warning?: string;
}

export interface DamagedSave {
  path: string;
  lastModified: string;
  /** Why neither the file nor its backup can be read. */
  error: string;
}

export type SaveListing = SaveSummary | DamagedSave;

export function isDamaged(entry: SaveListing): entry is DamagedSave {
  return 'error' in entry;
}
