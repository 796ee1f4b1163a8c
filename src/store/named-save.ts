// `play --save FILE`: a game saved under a name the player chose. The name must not belong to
// anything already there, so a named save never overwrites another game or an unrelated file.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSave } from './load.js';
import { SaveError } from './save-error.js';

/** The absolute path to save a new game in, or a SaveError saying why that file cannot be used. */
export function prepareNamedSave(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) return path;
  if (statSync(path).isDirectory()) throw new SaveError('fileExists', `${file} is a folder; give a file name for the save, such as ${file}/my-game.json`);
  try {
    readSave(path);
  } catch {
    throw new SaveError('fileExists', `${file} already exists and is not a Silicon Curtain save; choose another name so it is not overwritten`);
  }
  throw new SaveError('fileExists', `${file} already holds a saved game; continue it with 'silicon-curtain resume ${file}' or choose another name`);
}
