// Lint config: typescript-eslint recommended rules plus the layer rules of ARCHITECTURE.md
// (CONTRIBUTING.md draws them): imports point down only, and only src/cli touches the process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top first. A file may import its own layer and any layer below it,
 * never one above: `decks` imports nothing of the game, `engine` only `decks`, and nothing
 * imports `cli`. `net` (host and join) sits under `cli` and beside `ui`: it never imports `ui`,
 * nor draws (NET_RULES).
 */
const LAYERS = ['cli', 'net', 'ui', 'classroom', 'sim', 'ai', 'store', 'i18n', 'engine', 'decks'];

/** Import patterns that reach into `layer` from a file up to four folders deep in src/. (No
 * folder inside a layer may be named like a layer, or its own files would match.) */
function into(layer) {
  return [1, 2, 3, 4].flatMap((depth) => ['../'.repeat(depth) + layer, `${'../'.repeat(depth)}${layer}/**`]);
}

/** What a file of `layer` may not import: every layer above it. */
function upward(layer) {
  const above = LAYERS.slice(0, LAYERS.indexOf(layer));
  return above.map((name) => ({
    group: into(name),
    message: `src/${layer} sits below src/${name}: imports point down only (ARCHITECTURE.md, CONTRIBUTING.md).`,
  }));
}

/** Only the engine's pure code: no I/O, no React, no clock, no randomness outside the state. */
const PURE_IMPORTS = [{ group: ['node:*', 'fs', 'path', 'ink', 'react'], message: 'The engine is pure: no I/O and no UI.' }];
/** Below the UI nothing draws. */
const NO_UI_PACKAGES = [{ group: ['ink', 'react'], message: 'Only src/ui draws (ink, react).' }];
/** The process is the CLI's: argv, env, exit codes, signals, streams. */
const NO_PROCESS_IMPORT = [{ group: ['process', 'node:process'], message: 'Only src/cli touches the process; pass what is needed in.' }];

/** The network layer serves the screens' data, not the screens: the CLI joins the two. */
const NET_RULES = [{ group: into('ui'), message: 'src/net never imports src/ui: the CLI hands a game to both (CONTRIBUTING.md).' }, ...NO_UI_PACKAGES];

function layerBlock(layer) {
  const extra = layer === 'engine' ? PURE_IMPORTS : layer === 'net' ? NET_RULES : ['ui', 'cli'].includes(layer) ? [] : NO_UI_PACKAGES;
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...upward(layer), ...extra, ...(layer === 'cli' ? [] : NO_PROCESS_IMPORT)] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...LAYERS.map(layerBlock),
  {
    // The process is the CLI's alone: everything else gets what it needs passed in.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/cli touches the process; pass what is needed in.' }],
    },
  },
  {
    // The deck vocabulary the engine is written in is as pure as the engine.
    files: ['src/decks/types.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...PURE_IMPORTS, ...NO_PROCESS_IMPORT] }],
    },
  },
  {
    // The engine is pure: same setup + same actions = same game everywhere.
    files: ['src/engine/**/*.ts', 'src/decks/types.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'console', 'Date'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded RNG in the game state.' }],
    },
  },
);
