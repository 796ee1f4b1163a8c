// Runs the games of a plan, in process or on worker threads, and merges their records in game
// order. Work is handed out in small batches as workers free up, which balances long and short
// games and lets an interruption stop within a batch.
//
// Immer's auto-freeze is off while simulating (measured: about 1.6× more games a second with
// the random bots). Freezing guards against code that mutates a state; the simulator's own code
// does not, and tests run games with it on to check that the bots do not either.
import { setAutoFreeze } from 'immer';
import { rules } from '../engine/index.js';
import type { BotMaker } from './bots.js';
import { registryBot } from './bots.js';
import type { SimDeck, SimPlan } from './plan.js';
import { gameSpec } from './plan.js';
import { playGame, setTable } from './play.js';
import type { BatchDone, BatchRequest, WorkerSetup } from './protocol.js';
import type { GameRecord } from './record.js';
import type { WorkerEntry } from './worker-entry.js';
import { findWorkerEntry, startWorker } from './worker-entry.js';

export interface RunOptions {
  /** Worker threads; 1 plays in this thread. */
  workers: number;
  /** Aborting stops handing out games; the games already finished are kept. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Where worker threads start; default: found next to this module (see worker-entry.ts). */
  workerEntry?: WorkerEntry | null;
  /** Seats other bots than the registry's (tests); functions cannot cross threads, so in process only. */
  makeBot?: BotMaker;
  autoFreeze?: boolean;
  /** Actions after which a game counts as stalled; default `rules.MAX_ACTIONS`. */
  stepCap?: number;
  /** The first game to play: games `from` to `plan.games - 1` are played (default 0), so a run
   * can be extended with more games without playing the first ones again. */
  from?: number;
}

export interface RunOutcome {
  /** Sorted by game number. */
  records: GameRecord[];
  interrupted: boolean;
  mode: 'in process' | 'bundled workers' | 'source workers';
  workers: number;
  /** Why the games ran in process although workers were asked for. */
  note: string | null;
}

/** Games per batch: enough batches for balance and smooth progress, few enough messages to be cheap. */
export function batchSize(games: number, workers: number): number {
  return Math.max(1, Math.min(50, Math.ceil(games / (workers * 32))));
}

function fromOf(plan: SimPlan, options: RunOptions): number {
  return Math.min(plan.games, Math.max(0, Math.floor(options.from ?? 0)));
}

export function stepCapOf(options: RunOptions): number {
  return options.stepCap ?? rules.MAX_ACTIONS;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runInProcess(plan: SimPlan, deck: SimDeck, options: RunOptions): Promise<GameRecord[]> {
  const table = setTable(plan, deck, options.makeBot ?? registryBot, stepCapOf(options));
  const records: GameRecord[] = [];
  const from = fromOf(plan, options);
  const chunk = batchSize(plan.games - from, 1);
  setAutoFreeze(options.autoFreeze ?? false);
  try {
    for (let i = from; i < plan.games; i++) {
      if (options.signal?.aborted) break;
      records.push(playGame(table, gameSpec(plan, i)));
      if (records.length % chunk === 0 || i + 1 === plan.games) {
        options.onProgress?.(records.length, plan.games - from);
        // Let Ctrl-C and progress output through between batches.
        await nextTurn();
      }
    }
  } finally {
    setAutoFreeze(true);
  }
  return records;
}

function runOnWorkers(plan: SimPlan, deck: SimDeck, entry: WorkerEntry, count: number, options: RunOptions): Promise<GameRecord[]> {
  const setup: WorkerSetup = { plan, deck, autoFreeze: options.autoFreeze ?? false, stepCap: stepCapOf(options) };
  const from = fromOf(plan, options);
  const chunk = batchSize(plan.games - from, count);
  const records: GameRecord[] = [];
  let next = from;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: count }, () => startWorker(entry, setup));
    const inFlight = new Map(workers.map((w) => [w, 0]));
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve(records)));
    };
    const onAbort = () => finish(null);
    options.signal?.addEventListener('abort', onAbort);
    const feed = (worker: (typeof workers)[number]) => {
      // Two batches in flight: the worker never waits for its next message.
      while ((inFlight.get(worker) ?? 0) < 2 && next < plan.games) {
        // Smaller batches toward the end, so that the workers finish together: a worker left
        // alone with the last full batches kept the other core idle for a second or more.
        const size = Math.min(chunk, Math.max(1, Math.ceil((plan.games - next) / (count * 4))));
        const request: BatchRequest = { from: next, to: Math.min(plan.games, next + size) };
        next = request.to;
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        worker.postMessage(request);
      }
      if ([...inFlight.values()].every((n) => n === 0)) finish(null);
    };
    for (const worker of workers) {
      worker.on('message', (done: BatchDone) => {
        if (settled) return;
        for (const record of done.records) records.push(record);
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        options.onProgress?.(records.length, plan.games - from);
        feed(worker);
      });
      worker.on('error', (error) => finish(new Error(`a simulation worker failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a simulation worker stopped (exit code ${code}) before its games were done`));
      });
    }
    if (options.signal?.aborted) finish(null);
    else for (const worker of workers) feed(worker);
  });
}

export async function runGames(plan: SimPlan, deck: SimDeck, options: RunOptions): Promise<RunOutcome> {
  const wanted = Math.max(1, Math.floor(options.workers));
  const games = plan.games - fromOf(plan, options);
  const count = Math.max(1, Math.min(wanted, Math.ceil(games / batchSize(games, wanted))));
  if (options.makeBot && count > 1) throw new Error('bots given as functions can only play in process (workers: 1)');
  const entry = count > 1 ? (options.workerEntry === undefined ? findWorkerEntry() : options.workerEntry) : null;
  let records: GameRecord[];
  let mode: RunOutcome['mode'] = 'in process';
  let note: string | null = null;
  if (entry) {
    records = await runOnWorkers(plan, deck, entry, count, options);
    mode = entry.kind === 'bundle' ? 'bundled workers' : 'source workers';
  } else {
    if (count > 1) note = 'no worker entry found (dist/sim-worker.js, or src/sim/worker.ts with tsx): the games ran in process';
    records = await runInProcess(plan, deck, options);
  }
  records.sort((a, b) => a.index - b.index);
  return { records, interrupted: records.length < games, mode, workers: entry ? count : 1, note };
}
