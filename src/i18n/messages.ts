// The lookup of screen and message strings: t('key', {param}) in the current language.
import { en } from './catalog/en.js';
import { fr } from './catalog/fr.js';
import type { Lang } from './lang.js';
import { isPlace, isPlaceForm, placeText, type Place } from './place-grammar.js';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

const CATALOGS: Record<Lang, Catalog> = { en, fr };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** A message's params: words, numbers, and places (a space or a region, inflected by the message). */
export type Params = Readonly<Record<string, string | number | Place>>;

/** A place's name in `lang`: its `space.*` or `region.*` message, else its id rather than nothing. */
export function placeName(lang: Lang, place: Place): string {
  return (CATALOGS[lang][`${place.place}.${place.id}` as MessageKey] as string | undefined) ?? place.id;
}

/**
 * Fill `{name}` placeholders from params; `{name:form}` names a place in a grammatical form
 * (place-grammar.ts: `{space:in}` is « au Brésil » in French, "Brazil" in English). A missing
 * param stays visible rather than vanishing.
 */
export function format(template: string, params: Params = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, form: string | undefined) => {
    if (!(name in params)) return whole;
    const value = params[name] as string | number | Place;
    if (isPlace(value)) return placeText(lang, value, placeName(lang, value), form !== undefined && isPlaceForm(form) ? form : undefined);
    return String(value);
  });
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return format(CATALOGS[lang][key] ?? en[key], params, lang);
}

/**
 * A message to be said later, in the language of whoever reads it: its key and its params, a
 * param being a word, a number or another wording (the layers below the CLI do not know the
 * player's language; they throw a wording and the CLI says it in `--lang`).
 */
export interface Wording {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Place | Wording>>;
}

export function sayWording(lang: Lang, wording: Wording): string {
  const params: Record<string, string | number | Place> = {};
  for (const [name, value] of Object.entries(wording.params ?? {}))
    params[name] = typeof value === 'object' && !isPlace(value) ? sayWording(lang, value) : value;
  return t(lang, wording.key, params);
}
