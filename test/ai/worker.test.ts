// Bots off the UI thread: the bundled worker answers like the bot in process, a cancelled
// move stops the worker, and without a bundled worker (tsx, tests) the bot runs in process.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botContext } from '../../src/ai/context.js';
import { makeBot } from '../../src/ai/registry.js';
import { MoveCancelled, aiWorkerUrl, chooseInWorker, stopAiWorkers, workerBot } from '../../src/ai/worker-client.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [first, second] = positions(2, 3, 5).filter((s) => s.decision?.kind === 'play') as [GameState, GameState];

function request(s: GameState, botName: string, options?: { iterations?: number; thinkMs?: number }) {
  const side = s.decision?.side ?? 'us';
  return { botName, seed: 42, options, ...botContext(s, side) };
}

describe('without a bundled worker', () => {
  it('finds no dist/ai-worker.js next to the source, so it runs the bot in process', async () => {
    expect(aiWorkerUrl()).toBeNull();
    const choice = await chooseInWorker(request(first, 'easy'));
    expect(choice.ranIn).toBe('in-process');
    const direct = makeBot('easy', 42).choose(botContext(first, first.decision?.side ?? 'us'));
    expect({ action: choice.action, reason: choice.reason }).toEqual(direct);
  });

  it('rejects a move cancelled before it ran', async () => {
    const controller = new AbortController();
    const pending = chooseInWorker(request(first, 'normal'), { signal: controller.signal, workerUrl: null });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(MoveCancelled);
  });

  it('reports an unknown bot as an error, not a crash', async () => {
    await expect(chooseInWorker(request(first, 'grandmaster'), { workerUrl: null })).rejects.toThrow(/unknown bot 'grandmaster'/);
  });
});

describe('the bundled worker', () => {
  let dir = '';
  let url: URL;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ai-worker-'));
    await build({
      entryPoints: { 'ai-worker': path.join(REPO, 'src/ai/worker.ts') },
      outdir: dir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    url = pathToFileURL(path.join(dir, 'ai-worker.js'));
  }, 60_000);

  afterAll(async () => {
    await stopAiWorkers();
    await rm(dir, { recursive: true, force: true });
  });

  it('is found next to the bundle that imports the client', () => {
    expect(aiWorkerUrl(pathToFileURL(path.join(dir, 'silicon-curtain.js')).href)?.href).toBe(url.href);
  });

  it('answers exactly as the same bot in process, move after move', async () => {
    for (const [s, name] of [
      [first, 'normal'],
      [second, 'easy'],
      [first, 'hard'],
    ] as const) {
      const options = name === 'hard' ? { iterations: 60 } : undefined;
      const choice = await chooseInWorker(request(s, name, options), { workerUrl: url });
      expect(choice.ranIn).toBe('worker');
      const direct = makeBot(name, 42, options).choose(botContext(s, s.decision?.side ?? 'us'));
      expect({ action: choice.action, reason: choice.reason }).toEqual(direct);
    }
  }, 60_000);

  it('stops a long search when the move is cancelled, and serves the next move from a fresh worker', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = chooseInWorker(request(first, 'hard', { thinkMs: 20_000 }), { signal: controller.signal, workerUrl: url });
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toBeInstanceOf(MoveCancelled);
    expect(Date.now() - started).toBeLessThan(5_000);
    const next = await chooseInWorker(request(second, 'easy'), { workerUrl: url });
    expect(next.ranIn).toBe('worker');
  }, 30_000);

  it('plays a seat through workerBot', async () => {
    const seat = workerBot('random', 9, undefined, { workerUrl: url });
    const choice = await seat.chooseAsync(botContext(first, first.decision?.side ?? 'us'));
    expect(choice?.action).toEqual(makeBot('random', 9).choose(botContext(first, first.decision?.side ?? 'us')).action);
  }, 30_000);
});
