// Worker-thread entry (bundled as dist/ai-worker.js): runs bots off the UI thread. It
// answers one request at a time, in order; the client terminates it to cancel a search.
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';
import { runRequest } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('src/ai/worker.ts runs in a worker thread (see worker-client.ts)');
port.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = runRequest(request);
  port.postMessage(reply);
});
