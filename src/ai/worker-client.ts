// Running a bot off the UI thread. The shipped bundle has dist/ai-worker.js next to the
// code that imports this module; a request goes to one long-lived worker thread, and
// cancelling a move terminates that worker (a search cannot be interrupted otherwise; the
// next request starts a fresh one). From source (tsx, tests) there is no bundled worker:
// the bot then runs in process on a later tick, and the result says so (`ranIn`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AsyncBot, BotChoice, BotContext, BotOptions } from './bot.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';
import { runRequest } from './worker-protocol.js';

export type RanIn = 'worker' | 'in-process';

export interface WorkerChoice extends BotChoice {
  ranIn: RanIn;
}

export interface ChooseRequest extends BotContext {
  botName: string;
  seed: number;
  options?: BotOptions;
}

export interface ChooseOptions {
  /** Aborting rejects the promise with a MoveCancelled error and stops the search. */
  signal?: AbortSignal;
  /** The worker script; default: aiWorkerUrl(). `null` runs the bot in process. */
  workerUrl?: URL | null;
}

/** The error a cancelled move rejects with (its name is AbortError, as fetch's). */
export class MoveCancelled extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('the bot move was cancelled');
  }
}

/** dist/ai-worker.js beside the running bundle, or null when it is not there (running from source). */
export function aiWorkerUrl(from: string = import.meta.url): URL | null {
  const url = new URL('./ai-worker.js', from);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

interface Pending {
  resolve(choice: BotChoice): void;
  reject(error: Error): void;
}

/** One worker thread and the requests it has not answered yet. */
class AiWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  stopped = false;

  constructor(url: URL) {
    this.worker = new Worker(url);
    // An idle worker must not keep the program alive; a busy one must.
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(new Error(`the AI worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`the AI worker stopped (exit code ${code})`)));
  }

  request(request: Omit<WorkerRequest, 'id'>): { id: number; done: Promise<BotChoice> } {
    const id = this.nextId++;
    const done = new Promise<BotChoice>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (this.pending.size === 1) this.worker.ref();
    this.worker.postMessage({ ...request, id } satisfies WorkerRequest);
    return { id, done };
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) waiting.resolve(reply.choice);
    else waiting.reject(new Error(reply.error));
  }

  /** Reject everything pending (the abandoned request with `first`) and end the thread. */
  fail(error: Error, first?: { id: number; error: Error }): void {
    this.stopped = true;
    for (const [id, waiting] of this.pending) waiting.reject(first && id === first.id ? first.error : error);
    this.pending.clear();
    void this.worker.terminate();
  }
}

const workers = new Map<string, AiWorker>();

function workerFor(url: URL): AiWorker {
  let worker = workers.get(url.href);
  if (!worker || worker.stopped) {
    worker = new AiWorker(url);
    workers.set(url.href, worker);
  }
  return worker;
}

function inProcess(request: ChooseRequest, signal: AbortSignal | undefined): Promise<WorkerChoice> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      if (signal?.aborted) return reject(new MoveCancelled());
      const reply = runRequest({ ...request, id: 0 });
      if (signal?.aborted) return reject(new MoveCancelled());
      if (reply.ok) resolve({ ...reply.choice, ranIn: 'in-process' });
      else reject(new Error(reply.error));
    });
  });
}

/** A bot's move computed in the AI worker (or in process without a bundled worker). */
export function chooseInWorker(request: ChooseRequest, options: ChooseOptions = {}): Promise<WorkerChoice> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new MoveCancelled());
  const url = options.workerUrl === undefined ? aiWorkerUrl() : options.workerUrl;
  if (url === null) return inProcess(request, signal);
  const worker = workerFor(url);
  const { id, done } = worker.request({
    botName: request.botName,
    seed: request.seed,
    options: request.options,
    view: request.view,
    catalog: request.catalog,
    ...(request.lang ? { lang: request.lang } : {}),
  });
  const onAbort = (): void => worker.fail(new Error('the AI worker was stopped to cancel a move'), { id, error: new MoveCancelled() });
  signal?.addEventListener('abort', onAbort, { once: true });
  return done.then(
    (choice) => {
      signal?.removeEventListener('abort', onAbort);
      return { ...choice, ranIn: 'worker' as const };
    },
    (error: Error) => {
      signal?.removeEventListener('abort', onAbort);
      throw error;
    },
  );
}

/** A seat played by a registered bot in the AI worker. */
export function workerBot(botName: string, seed: number, botOptions?: BotOptions, options: Omit<ChooseOptions, 'signal'> = {}): AsyncBot {
  return {
    name: botName,
    chooseAsync: (ctx) => chooseInWorker({ botName, seed, options: botOptions, ...ctx }, options),
  };
}

/** End every AI worker thread (pending moves are rejected). */
export async function stopAiWorkers(): Promise<void> {
  for (const worker of workers.values()) worker.fail(new Error('the AI workers were stopped'));
  workers.clear();
}
