// How French builds a sentence around a space or a region: « au Brésil », « en Malaisie »,
// « aux Émirats arabes unis », « chez Tencent », « sur le Marché chinois », « du Marché
// chinois », « dans la Chaîne d’approvisionnement ». English needs none of it: a place is its name.
//
// A catalogue message asks for a form with `{space:in}`, `{space:of}`, `{space:the}` or
// `{space:to}` (`format` in messages.ts); the code passes the place itself (`spacePlace`,
// `regionPlace` in game-words.ts), never its name, so each language inflects it its own way.
import type { RegionId, SpaceId } from '../decks/types.js';
import type { Lang } from './lang.js';

/** A space or a region of the board, as a message parameter. */
export interface Place {
  place: 'space' | 'region';
  id: string;
}

export function isPlace(value: unknown): value is Place {
  return typeof value === 'object' && value !== null && 'place' in value && 'id' in value;
}

/**
 * The forms a message may ask for:
 * - `the`: the place with its article (« le Brésil », « Tencent », « l’Arabie saoudite »);
 * - `of`: after « de » (« du Brésil », « de Tencent », « d’Alibaba », « des Fonderies »);
 * - `to`: after « à » (« au Brésil », « à la Malaisie », « aux Émirats arabes unis »);
 * - `in`: where something happens, with the place's own preposition (« au Brésil », « en
 *   Malaisie », « chez Tencent », « sur le Marché chinois », « dans les Fonderies »).
 */
export const PLACE_FORMS = ['the', 'of', 'to', 'in'] as const;
export type PlaceForm = (typeof PLACE_FORMS)[number];

export function isPlaceForm(form: string): form is PlaceForm {
  return (PLACE_FORMS as readonly string[]).includes(form);
}

/**
 * The French grammar of a place's name. Every field is optional:
 * - `gender`: 'm' or 'f' (default 'm');
 * - `plural`: true for a plural name (« les Fonderies »; default false);
 * - `article`: false for a name said without an article, a company (« Tencent »; default true);
 * - `elision`: whether « le »/« la »/« de » become « l’ »/« d’ » before it (default: the name
 *   starts with a vowel; set it for a silent h, or to false for an aspirated one);
 * - `in`: the preposition for "in": 'à' (« au Brésil », « aux Émirats »), 'en' (« en Malaisie »,
 *   no article), 'dans', 'sur' or 'chez' (default 'dans').
 */
export interface PlaceGrammar {
  gender?: 'm' | 'f';
  plural?: boolean;
  article?: boolean;
  elision?: boolean;
  in?: 'à' | 'en' | 'dans' | 'sur' | 'chez';
}

/**
 * The grammar of each shipped space and region, by id. A space or region added to the board
 * (decks/vocabulary.ts, engine/board.ts, its `space.*`/`region.*` names in the catalogues) should
 * get a line here; without one, French says « la case X » / « la région X », which is always
 * correct, if heavier (« dans la case X », « de la région X »). test/i18n/place-grammar.test.ts
 * renders every place in every message that names one.
 */
export const FRENCH_PLACES: Readonly<Partial<Record<SpaceId | RegionId, PlaceGrammar>>> = {
  // Spaces: the Chinese market.
  tencent: { article: false, in: 'chez' },
  bytedance: { article: false, in: 'chez' },
  alibaba: { article: false, in: 'chez' },
  stateCloud: { gender: 'm', in: 'dans' },
  universities: { gender: 'f', plural: true, in: 'dans' },
  // Developers.
  cudaDevs: { gender: 'm', plural: true, in: 'chez' },
  openFrameworks: { gender: 'm', plural: true, in: 'dans' },
  aiLabs: { gender: 'm', plural: true, in: 'dans' },
  startups: { gender: 'f', plural: true, in: 'chez' },
  // The Global South: countries take the preposition of their name.
  saudi: { gender: 'f', in: 'en' },
  uae: { gender: 'm', plural: true, in: 'à' },
  thailand: { gender: 'f', in: 'en' },
  malaysia: { gender: 'f', in: 'en' },
  brazil: { gender: 'm', in: 'à' },
  // The supply chain.
  foundries: { gender: 'f', plural: true, in: 'dans' },
  hbm: { gender: 'f', in: 'dans' },
  rareEarths: { gender: 'f', plural: true, in: 'sur' },
  edaTools: { gender: 'm', plural: true, in: 'sur' },
  // Regions.
  chinaMarket: { gender: 'm', in: 'sur' },
  developers: { gender: 'm', plural: true, in: 'chez' },
  globalSouth: { gender: 'm', in: 'dans' },
  supplyChain: { gender: 'f', in: 'dans' },
};

const APOSTROPHE = '’';

function startsWithVowel(name: string): boolean {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(name.normalize('NFC'));
}

/** The name with its definite article: « le Brésil », « l’Arabie saoudite », « les Fonderies », « Tencent ». */
function withArticle(name: string, g: Required<PlaceGrammar>): string {
  if (!g.article) return name;
  if (g.plural) return `les ${name}`;
  if (g.elision) return `l${APOSTROPHE}${name}`;
  return `${g.gender === 'f' ? 'la' : 'le'} ${name}`;
}

/** « de » or « à » before the place, contracted as French requires (du, des, au, aux, d’). */
function after(preposition: 'de' | 'à', name: string, g: Required<PlaceGrammar>): string {
  if (!g.article) return preposition === 'de' && g.elision ? `d${APOSTROPHE}${name}` : `${preposition} ${name}`;
  if (g.plural) return `${preposition === 'de' ? 'des' : 'aux'} ${name}`;
  if (g.elision) return `${preposition} l${APOSTROPHE}${name}`;
  if (g.gender === 'f') return `${preposition} la ${name}`;
  return `${preposition === 'de' ? 'du' : 'au'} ${name}`;
}

function frenchForm(name: string, grammar: PlaceGrammar, form: PlaceForm): string {
  const g: Required<PlaceGrammar> = {
    gender: grammar.gender ?? 'm',
    plural: grammar.plural ?? false,
    article: grammar.article ?? true,
    elision: grammar.elision ?? startsWithVowel(name),
    in: grammar.in ?? 'dans',
  };
  switch (form) {
    case 'the':
      return withArticle(name, g);
    case 'of':
      return after('de', name, g);
    case 'to':
      return after('à', name, g);
    case 'in':
      if (g.in === 'à') return after('à', name, g);
      // « en » takes the bare name (« en Malaisie », « en Arabie saoudite »).
      if (g.in === 'en') return `en ${name}`;
      return `${g.in} ${withArticle(name, g)}`;
    default: {
      const unhandled: never = form;
      throw new Error(`place form not handled: ${String(unhandled)}`);
    }
  }
}

/** A place without a grammar line: « la case X » / « la région X », feminine singular, never wrong. */
const FALLBACK: PlaceGrammar = { gender: 'f', in: 'dans', elision: false };

/**
 * A place named in the form a message asks for, in `lang`; `name` is its name in that language.
 * English (and any language without a grammar) says the name alone.
 */
export function placeText(lang: Lang, place: Place, name: string, form: PlaceForm | undefined): string {
  if (lang !== 'fr' || form === undefined) return name;
  const grammar = FRENCH_PLACES[place.id as SpaceId | RegionId];
  if (grammar) return frenchForm(name, grammar, form);
  return frenchForm(`${place.place === 'space' ? 'case' : 'région'} ${name}`, FALLBACK, form);
}
