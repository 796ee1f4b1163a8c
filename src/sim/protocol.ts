// The messages between the simulation and its worker threads.
import type { SimDeck, SimPlan } from './plan.js';
import type { GameRecord } from './record.js';

/** Sent once, as the worker's `workerData`. */
export interface WorkerSetup {
  plan: SimPlan;
  deck: SimDeck;
  /** Immer's auto-freeze inside the worker (see runner.ts for why it is off by default). */
  autoFreeze: boolean;
  stepCap: number;
}

/** Play games from (inclusive) to (exclusive). */
export interface BatchRequest {
  from: number;
  to: number;
}

export interface BatchDone {
  records: GameRecord[];
}
