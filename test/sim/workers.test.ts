// Where worker threads start from (bundle, sources through tsx, or none) and that every way of
// running gives the same games.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDeck, SimPlan } from '../../src/sim/index.js';
import { findWorkerEntry, runGames } from '../../src/sim/index.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';

const deck: SimDeck = { cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }] };
const plan: SimPlan = {
  games: 30,
  seed: 11,
  rounds: 3,
  bots: { us: { name: 'random', thinkMs: null }, china: { name: 'random', thinkMs: null } },
  personas: { us: 'all', china: 'all' },
  deckArgs: [],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sc-workers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findWorkerEntry', () => {
  it('prefers sim-worker.js next to the running code (the bundle in dist/)', async () => {
    const dist = path.join(dir, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(path.join(dist, 'sim-worker.js'), '');
    await writeFile(path.join(dist, 'worker.ts'), '');
    const entry = findWorkerEntry(pathToFileURL(path.join(dist, 'chunk-ABC.js')).href, () => 'file:///tsx.mjs');
    expect(entry).toEqual({ kind: 'bundle', file: pathToFileURL(path.join(dist, 'sim-worker.js')) });
  });

  it('from the sources: worker.ts through tsx, found next to worker-entry.ts', () => {
    const entry = findWorkerEntry();
    expect(entry?.kind).toBe('source');
    expect(entry?.file.pathname).toMatch(/\/src\/sim\/worker\.ts$/);
  });

  it('nothing when there is no bundle and tsx cannot be found', async () => {
    const src = path.join(dir, 'src');
    await mkdir(src, { recursive: true });
    await writeFile(path.join(src, 'worker.ts'), '');
    expect(findWorkerEntry(pathToFileURL(path.join(src, 'runner.ts')).href, () => null)).toBeNull();
    expect(findWorkerEntry(pathToFileURL(path.join(dir, 'empty', 'x.js')).href, () => 'file:///tsx.mjs')).toBeNull();
  });
});

describe('runGames', () => {
  let inProcess: Awaited<ReturnType<typeof runGames>>;
  beforeAll(async () => {
    inProcess = await runGames(plan, deck, { workers: 1 });
  });

  it('in process: every game once, in order', () => {
    expect(inProcess.mode).toBe('in process');
    expect(inProcess.records.map((r) => r.index)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(inProcess.records.every((r) => r.result !== null)).toBe(true);
  });

  it('on source workers (tsx): the same records', async () => {
    const run = await runGames(plan, deck, { workers: 2 });
    expect(run.mode).toBe('source workers');
    expect(run.workers).toBe(2);
    expect(run.records).toEqual(inProcess.records);
  });

  it('on bundled workers (esbuild, as dist/sim-worker.js): the same records', async () => {
    const out = path.join(dir, 'bundle');
    await build({
      entryPoints: { 'sim-worker': path.resolve('src/sim/worker.ts') },
      outdir: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    const entry = findWorkerEntry(pathToFileURL(path.join(out, 'silicon-curtain.js')).href);
    expect(entry?.kind).toBe('bundle');
    const run = await runGames(plan, deck, { workers: 2, workerEntry: entry });
    expect(run.mode).toBe('bundled workers');
    expect(run.records).toEqual(inProcess.records);
  });

  it('without a worker entry: in process, and says so', async () => {
    const run = await runGames(plan, deck, { workers: 2, workerEntry: null });
    expect(run.mode).toBe('in process');
    expect(run.note).toMatch(/no worker entry found/);
    expect(run.records).toEqual(inProcess.records);
  });

  it('a worker that crashes fails the run with a readable message', async () => {
    const broken = path.join(dir, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(path.join(broken, 'sim-worker.js'), "throw new Error('cannot load the rules');\n");
    const entry = findWorkerEntry(pathToFileURL(path.join(broken, 'main.js')).href);
    await expect(runGames(plan, deck, { workers: 2, workerEntry: entry })).rejects.toThrow('a simulation worker failed: cannot load the rules');
  });
});
