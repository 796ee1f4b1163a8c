#!/usr/bin/env node
// Thin launcher: everything is in the bundle built by `npm run build` (esbuild.config.mjs).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/silicon-curtain.js', import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write("silicon-curtain: not built yet; run 'npm run build' first\n");
  process.exit(1);
}

// No argument on a terminal opens the main menu: its code (ink, react, the menu) starts loading
// now, beside the command line's, instead of after it. The CLI's own import() of it then finds it
// loaded (or reports its failure); this one only starts early.
if (process.argv.length === 2 && process.stdout.isTTY) {
  import(new URL('../dist/main-menu.js', import.meta.url).href).catch(() => {});
}

const { main } = await import(bundle.href);
await main();
