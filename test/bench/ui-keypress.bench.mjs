// Key press → updated frame on the game screen, bundled as the game ships (esbuild, production
// React). Cursor moves on the full board (a space decision) and in the hand, at 80×24 and
// 160×48. Prints median and p95; target: median under 30 ms. Not a pass/fail test.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRESSES = Number(process.env.BENCH_PRESSES ?? 200);

// ink imports React devtools only when DEV=true; it is not installed, so it bundles as nothing.
const emptyDevtools = {
  name: 'empty-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'silicon-curtain-ui-bench-'));
try {
  await writeFile(path.join(tmp, 'package.json'), '{"type":"module"}\n');
  const outfile = path.join(tmp, 'ui-keypress-app.js');
  await build({
    entryPoints: [path.join(here, 'fixtures/ui-keypress-app.tsx')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [emptyDevtools],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  const { measure } = await import(pathToFileURL(outfile).href);
  console.log(`ui-keypress: key press → frame, ${PRESSES} presses each (ms)`);
  console.log('case                         median     p95     max');
  for (const [label, columns, rows, board] of [
    ['board cursor 80×24', 80, 24, true],
    ['board cursor 160×48', 160, 48, true],
    ['hand cursor 80×24', 80, 24, false],
  ]) {
    const { latencies } = await measure(columns, rows, PRESSES, board);
    const sorted = [...latencies].sort((a, b) => a - b);
    const row = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1)].map((v) => v.toFixed(1).padStart(7));
    console.log(`${label.padEnd(26)} ${row.join(' ')}   (${sorted.length} frames)`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
