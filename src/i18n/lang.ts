// Languages the game speaks, and how a card's localisable text is read in one of them.
import type { Text } from '../decks/types.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A card text in the wanted language, falling back to English. */
export function localText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'fr' ? text.fr : undefined) ?? text.en;
}

/** The default language from the usual locale variables (fr_FR.UTF-8 selects French). */
export function langFromLocale(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
