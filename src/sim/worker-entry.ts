// Where a simulation worker thread starts from. Three cases, tried in this order:
// - bundle: the shipped build puts dist/sim-worker.js next to the bundled code that runs this
//   module (esbuild writes every output flat in dist/, entries and chunks alike);
// - source: running from the TypeScript sources (tsx, vitest), a worker starts with tsx's loader
//   registered and imports src/sim/worker.ts;
// - none: neither is there (a dev install without tsx): the games run in process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export type WorkerEntry =
  | { kind: 'bundle'; file: URL }
  /** `loader`: the URL of tsx's ESM registration API, imported by the worker before the worker module. */
  | { kind: 'source'; file: URL; loader: string };

function exists(url: URL): boolean {
  return existsSync(fileURLToPath(url));
}

function tsxLoader(): string | null {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
}

/** Finds the worker entry next to `base` (this module's URL by default). */
export function findWorkerEntry(base: string = import.meta.url, resolveLoader: () => string | null = tsxLoader): WorkerEntry | null {
  const bundled = new URL('./sim-worker.js', base);
  if (exists(bundled)) return { kind: 'bundle', file: bundled };
  const source = new URL('./worker.ts', base);
  if (exists(source)) {
    const loader = resolveLoader();
    if (loader !== null) return { kind: 'source', file: source, loader };
  }
  return null;
}

export function startWorker(entry: WorkerEntry, workerData: unknown): Worker {
  // No inherited node flags: a parent started with `--input-type`, `--eval` or a loader of its
  // own must not break or slow its workers.
  if (entry.kind === 'bundle') return new Worker(entry.file, { workerData, execArgv: [] });
  // Node 20 does not apply `--import` loaders to a worker's own entry module: register tsx from
  // inside the thread, then import the TypeScript entry through it.
  const code = `import(${JSON.stringify(entry.loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.file.href)}); });`;
  return new Worker(code, { eval: true, workerData, execArgv: [] });
}
