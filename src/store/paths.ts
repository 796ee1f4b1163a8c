// Where games are saved, what an autosave is called, and the line that tells a player how to
// come back to a game. The caller passes the environment in: only src/cli reads the process.
import { platform as hostPlatform } from 'node:os';
import { join, posix, resolve, win32 } from 'node:path';
import type { Persona } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { BACKUP_SUFFIX, isTempName } from './atomic-write.js';
import { SaveError, saveWords } from './save-error.js';

export interface Platform {
  env: Readonly<Record<string, string | undefined>>;
  /** process.platform */
  platform: string;
  /** os.homedir() */
  home: string;
}

const APP_FOLDER = 'silicon-curtain';

/**
 * The user's data folder for saves: SILICON_CURTAIN_HOME (made absolute), else the platform's
 * usual place. A relative XDG_DATA_HOME or APPDATA is ignored (the XDG rule), and an empty or
 * relative home folder is an error: saves must not land in whatever folder the game is started from.
 */
export function saveDir({ env, platform, home }: Platform): string {
  const override = env.SILICON_CURTAIN_HOME;
  if (override) return resolve(override);
  const isAbsolute = platform === 'win32' ? win32.isAbsolute : posix.isAbsolute;
  const absolute = (dir: string | undefined) => (dir && isAbsolute(dir) ? dir : undefined);
  if (platform === 'win32') {
    const appData = absolute(env.APPDATA) ?? join(homeFolder(home, isAbsolute), 'AppData', 'Roaming');
    return join(appData, APP_FOLDER);
  }
  const dataHome = absolute(env.XDG_DATA_HOME) ?? join(homeFolder(home, isAbsolute), '.local', 'share');
  return join(dataHome, APP_FOLDER);
}

function homeFolder(home: string, isAbsolute: (path: string) => boolean): string {
  if (home && isAbsolute(home)) return home;
  throw new SaveError('unreadable', home === '' ? saveWords('save.home.empty') : saveWords('save.home.relative', { home }));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-28_16-05-09_washington-vs-huawei_seed42.json`: sorts by date, says what game it is. */
export function autosaveName(when: Date, personas: { us: Persona; china: Persona }, seed: number): string {
  const date = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  const time = `${pad(when.getHours())}-${pad(when.getMinutes())}-${pad(when.getSeconds())}`;
  return `${date}_${time}_${personas.us}-vs-${personas.china}_seed${seed}.json`;
}

/** Save files in a folder listing: `.json`, not a backup, not a write in progress. */
export function isSaveName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith(BACKUP_SUFFIX) && !isTempName(name) && !name.startsWith('.');
}

/** A path as a shell argument: left alone when safe, else quoted. */
export function shellQuote(path: string, platform: string = hostPlatform()): string {
  if (/^[\w@%+=:,./\\-]+$/.test(path)) return path;
  if (platform === 'win32') return `"${path}"`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

const HINT: Record<Lang, (path: string, command: string) => string> = {
  en: (path, command) => `Game saved in ${path}. To continue it: ${command}`,
  fr: (path, command) => `Partie enregistrée dans ${path}. Pour la reprendre\u00a0: ${command}`,
};

/** What to print when a game is left unfinished (Ctrl-C, quitting from the menu). */
export function resumeHint(path: string, lang: Lang = 'en'): string {
  return HINT[lang](path, `silicon-curtain resume ${shellQuote(path)}`);
}
