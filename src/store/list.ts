// The saved games in a folder, newest first, read without replaying them (listing stays fast
// however many games a classroom has saved).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { sayWording } from '../i18n/messages.js';
import { openSave } from './load.js';
import { SaveError } from './save-error.js';
import { isSaveName } from './paths.js';
import { isDamaged, type SaveListing, type SaveSummary } from './save-listing.js';

export { isDamaged, type SaveListing, type SaveSummary, type DamagedSave } from './save-listing.js';

function summarise(path: string, mtime: Date, lang: Lang): SaveListing {
  const lastModified = mtime.toISOString();
  try {
    const { save, warning } = openSave(path);
    const outcome = save.progress.outcome;
    return {
      path,
      actions: save.actions.length,
      personas: save.setup.personas,
      seats: save.setup.seats,
      round: save.progress.round,
      rounds: save.setup.rounds,
      lastModified,
      finished: outcome !== null,
      ...(outcome ? { outcome } : {}),
      rulesVersion: save.rulesVersion,
      playable: save.rulesVersion === rules.RULES_VERSION,
      ...(warning ? { warning: sayWording(lang, warning) } : {}),
    };
  } catch (error) {
    return { path, lastModified, error: error instanceof SaveError ? error.in(lang) : error instanceof Error ? error.message : String(error) };
  }
}

/** Every save in `dir`, newest first, its problems said in `lang`. A missing folder has no saves. */
export function listSaves(dir: string, lang: Lang = 'en'): SaveListing[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: { path: string; mtime: Date }[] = [];
  for (const name of names.filter(isSaveName)) {
    const path = join(dir, name);
    try {
      const info = statSync(path);
      if (info.isFile()) entries.push({ path, mtime: info.mtime });
    } catch {
      // Removed while listing: not a save any more.
    }
  }
  entries.sort((a, b) => b.mtime.getTime() - a.mtime.getTime() || b.path.localeCompare(a.path));
  return entries.map((e) => summarise(e.path, e.mtime, lang));
}

/** The game `resume` continues by default: the newest unfinished game this version can play. */
export function latestUnfinished(listing: readonly SaveListing[]): SaveSummary | undefined {
  return listing.find((e): e is SaveSummary => !isDamaged(e) && !e.finished && e.playable);
}
