// The lookup of screen and message strings: t('key', {param}) in the current language.
import { en } from './catalog/en.js';
import { fr } from './catalog/fr.js';
import type { Lang } from './lang.js';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

const CATALOGS: Record<Lang, Catalog> = { en, fr };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** Fill `{name}` placeholders from params. A missing param stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return format(CATALOGS[lang][key] ?? en[key], params);
}

/**
 * A message to be said later, in the language of whoever reads it: its key and its params, a
 * param being a word, a number or another wording (the layers below the CLI do not know the
 * player's language; they throw a wording and the CLI says it in `--lang`).
 */
export interface Wording {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Wording>>;
}

export function sayWording(lang: Lang, wording: Wording): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wording.params ?? {})) params[name] = typeof value === 'object' ? sayWording(lang, value) : value;
  return t(lang, wording.key, params);
}
