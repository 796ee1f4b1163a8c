// The messages between the UI thread and the AI worker, and the one function that serves
// a request (the worker runs it; the in-process fallback runs the very same function).
import type { BotChoice, BotContext, BotOptions } from './bot.js';
import { makeBot } from './registry.js';

export interface WorkerRequest extends BotContext {
  id: number;
  botName: string;
  seed: number;
  options?: BotOptions;
}

export type WorkerReply = { id: number; ok: true; choice: BotChoice } | { id: number; ok: false; error: string };

export function runRequest(request: WorkerRequest): WorkerReply {
  try {
    const bot = makeBot(request.botName, request.seed, request.options);
    return { id: request.id, ok: true, choice: bot.choose({ view: request.view, catalog: request.catalog, ...(request.lang ? { lang: request.lang } : {}) }) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
