// Bundles the CLI for shipping: `npm run build` (also run by `prepack`, so a packed tarball is built; the package has no install script).
//
// Output, flat in dist/:
//   dist/silicon-curtain.js   entry of bin/silicon-curtain.js (src/cli/main.ts)
//   dist/main-menu.js         the main menu (src/ui/main-menu.tsx), under a fixed name so that the
//                             bin can start loading it beside the entry when run with no argument
//   dist/<worker>.js          one per existing entry of WORKER_ENTRIES
//   dist/chunk-<hash>.js      code shared by entries or loaded by `await import()` (ink, react, src/ui)
//
// Why code splitting: --version, --help and every non-interactive command would otherwise parse
// Ink, React and Yoga for nothing, and the first frame is no slower split. So: splitting, and
// interactive code only behind `await import()`. The measurements behind this, and behind the
// faster modules and the menu preload below, are dated and kept with their benchmark
// (test/bench/startup.bench.mjs), where a rerun can replace them.
//
// Why flat: a chunk's import.meta.url is dist/chunk-*.js, the entry's is dist/*.js; with every
// output in one folder, `new Worker(new URL('./sim-worker.js', import.meta.url))` works from both.
//
// Everything is bundled, dependencies included: an installed package evaluates one small tree of
// files instead of resolving hundreds in node_modules (a bare Ink app's first frame: about 0.85 s
// unbundled, 0.33 s bundled, see ARCHITECTURE.md). So package.json has no `dependencies`: they
// are all devDependencies, and installing the package fetches nothing (test/e2e/pack.test.ts
// installs it offline with an empty cache).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export const MAIN_ENTRY = { 'silicon-curtain': 'src/cli/main.ts' };

/** The main menu under a fixed name: bin/silicon-curtain.js starts loading it beside the CLI when
 * there is no argument (see there); the CLI's own `import()` of it then finds it loaded. */
export const MENU_ENTRY = { 'main-menu': 'src/ui/main-menu.tsx' };

/**
 * Worker-thread entry points: output name (dist/<name>.js) -> source. Append yours here.
 * Entries whose source does not exist yet are skipped.
 */
export const WORKER_ENTRIES = {
  'sim-worker': 'src/sim/worker.ts',
  'ai-worker': 'src/ai/worker.ts',
};

/** Modules replaced in the bundle by a fixed default export. */
const REPLACED_MODULES = {
  // ink imports it only when DEV=true (devtools); not installed, and a bundler must still resolve it.
  'react-devtools-core': '{}',
  // ink draws only the last frame when CI is set; the game itself decides whether the terminal is
  // interactive (stdin and stdout TTYs), so a player's shell that exports CI still gets a live screen.
  'is-in-ci': 'false',
};

const emptyModules = {
  name: 'replaced-modules',
  setup(b) {
    const names = Object.keys(REPLACED_MODULES);
    const filter = new RegExp(`^(${names.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'replaced-module' }));
    b.onLoad({ filter: /.*/, namespace: 'replaced-module' }, (args) => ({ contents: `export default ${REPLACED_MODULES[args.path]};`, loader: 'js' }));
  },
};

/**
 * Packages of ink's drawing that the bundle replaces with our own module, which re-exports the
 * real one with a faster function of the same result (each module says why; the module itself
 * gets the real package):
 *   string-width: skips its emoji expression for text that holds no emoji (~13 ms CPU of the
 *     main menu's first frame, whose title is in block letters);
 *   @alcalzone/ansi-tokenize: skips the style diff between unstyled cells of a frame.
 */
const FASTER_MODULES = {
  'string-width': path.join(root, 'src/ui/terminal/string-width-fast.ts'),
  '@alcalzone/ansi-tokenize': path.join(root, 'src/ui/terminal/ansi-tokenize-fast.ts'),
};

const fasterModules = {
  name: 'faster-modules',
  setup(b) {
    const filter = new RegExp(
      `^(${Object.keys(FASTER_MODULES)
        .map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|')})$`,
    );
    b.onResolve({ filter }, (args) => (args.importer === FASTER_MODULES[args.path] ? undefined : { path: FASTER_MODULES[args.path] }));
  },
};

/** esbuild options shared by the CLI and by the start-up benchmark's Ink fixture ("bundled the same way"). */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  jsx: 'automatic',
  charset: 'utf8',
  define: {
    // React's production build; ink's devtools hook off even if the user's shell has DEV=true.
    'process.env.NODE_ENV': '"production"',
    'process.env.DEV': '"false"',
    // Yoga (ink's layout engine) loads its WebAssembly, embedded as a base64 data: URL, with
    // fetch() whenever fetch exists: that first call loads Node's whole HTTP client (undici) at
    // every start. Without fetch it decodes the same bytes itself. Nothing else in the bundle
    // fetches anything (the game never touches the network).
    fetch: 'undefined',
  },
  // CommonJS dependencies (react, scheduler, ...) call require(); an ESM bundle has none.
  banner: {
    js: "import { createRequire as __siliconCurtainRequire } from 'node:module'; const require = __siliconCurtainRequire(import.meta.url);",
  },
  plugins: [emptyModules, fasterModules],
  logLevel: 'warning',
};

/** Entry points of the CLI whose source exists. */
export function cliEntries() {
  const entries = { ...MAIN_ENTRY, ...MENU_ENTRY };
  for (const [name, source] of Object.entries(WORKER_ENTRIES)) {
    if (existsSync(path.join(root, source))) entries[name] = source;
  }
  return entries;
}

/**
 * Builds the CLI into `outdir` (emptied first). Returns esbuild's result; pass `metafile: true`
 * to get which sources went into which output file.
 */
export async function buildCli({ outdir = path.join(root, 'dist'), metafile = false } = {}) {
  await rm(outdir, { recursive: true, force: true });
  return build({
    ...bundleOptions,
    absWorkingDir: root,
    entryPoints: cliEntries(),
    outdir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    metafile,
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildCli();
}
