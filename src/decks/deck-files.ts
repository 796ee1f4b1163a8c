// Deck files on disk: a bounded reader, and the base deck found next to the program
// (in the repository, or next to a bundled dist/ file). With boundedRead.ts, the only
// modules of src/decks that touch the file system.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoundedFile } from './bounded-read.js';
import { loadDeckFiles, type DeckSetResult, type LoadOptions, type LoadResult } from './loader.js';
import { LIMITS } from './vocabulary.js';
import { said } from './problem.js';

export const BASE_DECK_FILE = join('cards', 'base.yaml');

/** A regular file's bytes, reading at most one byte past the size limit (so a huge file is refused
 * fast); a FIFO or a device is refused before reading (it would hang, or never end). */
export function readDeckFile(path: string): Uint8Array {
  return readBoundedFile(path, LIMITS.fileBytes, { truncate: true });
}

/** Reads deck files from disk and loads them together. */
export function loadDecksFromDisk(paths: readonly string[], options: LoadOptions = {}): DeckSetResult {
  return loadDeckFiles(paths, readDeckFile, options);
}

/** The same file named twice (`a.yaml`, `./a.yaml`) is loaded once. */
export function uniquePaths(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const SCHEMA_FILE = join('cards', 'deck.schema.json');

/** The folder holding `marker` (cards/base.yaml by default): the first one found walking up
 * from `from` (this module, by default: the repository, or a bundled file's dist/ folder). */
export function findPackageRoot(from: string | URL = import.meta.url, marker: string = BASE_DECK_FILE): string | undefined {
  let dir = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The path of the base deck, if it can be found. */
export function findBaseDeckPath(from?: string | URL): string | undefined {
  const root = findPackageRoot(from);
  return root === undefined ? undefined : join(root, BASE_DECK_FILE);
}

/** A path as short as it can be for messages: relative to `cwd` when inside it. */
export function displayPath(path: string, cwd: string = resolve('.')): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Loads cards/base.yaml, the game's own deck, checked as a base deck. */
export function loadBaseDeck(from?: string | URL): LoadResult {
  const path = findBaseDeckPath(from);
  if (path === undefined) {
    return {
      problems: [{ file: BASE_DECK_FILE, line: 0, col: 0, severity: 'error', ...said('baseDeckMissing') }],
    };
  }
  const file = displayPath(path);
  const result = loadDeckFiles([file], () => readDeckFile(path));
  const deck = result.decks[0];
  return deck ? { deck, problems: result.problems } : { problems: result.problems };
}
