// Bundles the engine benchmark the way the product is bundled (esbuild, production) and runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../esbuild.config.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', '..', 'node_modules', '.cache', 'silicon-curtain-bench');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, 'engine-games.mjs');
await build({
  ...bundleOptions,
  entryPoints: [path.join(here, 'engine-games.ts')],
  minify: false,
  outfile,
  logLevel: 'error',
});
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
