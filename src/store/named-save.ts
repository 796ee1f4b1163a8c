// `play --save FILE`: a game saved under a name the player chose. The name must not belong to
// anything already there, so a named save never overwrites another game or an unrelated file.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSave } from './load.js';
import { SaveError, saveWords } from './save-error.js';

/** The absolute path to save a new game in, or a SaveError saying why that file cannot be used. */
export function prepareNamedSave(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) return path;
  if (statSync(path).isDirectory()) throw new SaveError('fileExists', saveWords('save.named.folder', { file }));
  try {
    readSave(path);
  } catch {
    throw new SaveError('fileExists', saveWords('save.named.other', { file }));
  }
  throw new SaveError('fileExists', saveWords('save.named.game', { file }));
}
