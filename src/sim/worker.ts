// A simulation worker thread (bundled to dist/sim-worker.js): it sets the table once, then plays
// the batches of game numbers it is sent and posts back their records.
import { parentPort, workerData } from 'node:worker_threads';
import { setAutoFreeze } from 'immer';
import { registryBot } from './bots.js';
import { gameSpec } from './plan.js';
import { playGame, setTable } from './play.js';
import type { BatchDone, BatchRequest, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('src/sim/worker.ts runs as a worker thread only');

setAutoFreeze(setup.autoFreeze);
const table = setTable(setup.plan, setup.deck, registryBot, setup.stepCap);

port.on('message', (batch: BatchRequest) => {
  const records = [];
  for (let i = batch.from; i < batch.to; i++) records.push(playGame(table, gameSpec(setup.plan, i)));
  const done: BatchDone = { records };
  port.postMessage(done);
});
