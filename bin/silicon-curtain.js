#!/usr/bin/env node
// Thin launcher: everything is in the bundle built by `npm run build` (esbuild.config.mjs).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/silicon-curtain.js', import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write("silicon-curtain: not built yet; run 'npm run build' first\n");
  process.exit(1);
}

const { main } = await import(bundle.href);
await main();
