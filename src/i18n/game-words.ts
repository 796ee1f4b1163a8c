// The game's nouns in a player's language: cards, sides, personas, spaces, regions, tracks,
// and Leadership as players say it. Written once here for every screen, log, handout and bot
// line (ui, classroom, store and ai all import it).
import type { CardDef, CardId, Duration, ModifierRule, Persona, RegionId, Side } from '../decks/types.js';
import { cardsSetting, flagLabel, labelOf } from '../engine/situation.js';
import { localText, type Lang } from './lang.js';
import { placeText, type Place, type PlaceForm } from './place-grammar.js';
import { catalog, placeName, t, type MessageKey, type Params } from './messages.js';

/** The card catalogue a wording reads titles from (public and static). */
export type CardTitles = Readonly<Record<CardId, CardDef>>;

/** What naming a card needs: the catalogue and the language. */
export interface CardWords {
  cards: CardTitles;
  lang: Lang;
}

/** A card's title; "—" for no card (a headline not chosen), its id for a card the catalogue lacks. */
export function cardTitle(w: CardWords, id: CardId | null): string {
  if (id === null) return '—';
  const def = w.cards[id];
  return def ? localText(def.title, w.lang) : id;
}

export function sideName(lang: Lang, side: Side | 'neutral'): string {
  return t(lang, `side.${side}`);
}

/** A side inside a sentence: "les États-Unis" / "la Chine" (English: the name). */
export function sideThe(lang: Lang, side: Side): string {
  return t(lang, `side.the.${side}`);
}

/** A side after "de": "des États-Unis" / "de la Chine" (English: the name). */
export function sideOfThe(lang: Lang, side: Side): string {
  return t(lang, `side.ofThe.${side}`);
}

/** A side as an adjective of a feminine noun (influence, carte): "américaine" / "chinoise". */
export function sideAdj(lang: Lang, side: Side | 'neutral'): string {
  return t(lang, `side.adj.${side}`);
}

export function personaName(lang: Lang, persona: Persona): string {
  return t(lang, `persona.${persona}`);
}

/** The persona that plays `side` in this game, the name the log and the screens call it by. */
export function actorName(w: { lang: Lang; personas: Record<Side, Persona> }, side: Side): string {
  return personaName(w.lang, w.personas[side]);
}

export function regionName(lang: Lang, region: RegionId): string {
  return t(lang, `region.${region}`);
}

/** A space as a message parameter: the message names it in the form it asks for (`{space:in}`). */
export function spacePlace(space: string): Place {
  return { place: 'space', id: space };
}

/** A region as a message parameter (`{region:of}`: « du Marché chinois »). */
export function regionPlace(region: RegionId): Place {
  return { place: 'region', id: region };
}

/** A place in a grammatical form outside a message (a list of places each in its form): « sur le Marché chinois ». */
export function placeIn(lang: Lang, place: Place, form: PlaceForm): string {
  return placeText(lang, place, placeName(lang, place), form);
}

/** A space's name; an id the catalogue does not know is shown as is rather than lost. */
export function spaceName(lang: Lang, space: string): string {
  const text = catalog(lang)[`space.${space}` as MessageKey] as string | undefined;
  return text ?? space;
}

export type TrackId = 'leadership' | 'clock' | 'stack' | 'lockIn';

export function trackName(lang: Lang, track: TrackId): string {
  return t(lang, `track.${track}`);
}

/** A message lookup bound to one language (the screens hold one as `t`). */
export type Say = (key: MessageKey, params?: Params) => string;

export function sayIn(lang: Lang): Say {
  return (key, params) => t(lang, key, params);
}

/**
 * Leadership as players say it: "US +3", "China +2", "even". The track is signed, US positive.
 * The debrief says "level" for even (`evenKey`); the game screen says "even".
 */
export function leadershipText(say: Say, value: number, evenKey: MessageKey = 'track.even'): string {
  if (value === 0) return say(evenKey);
  return say('track.ahead', { side: say(value > 0 ? 'side.us' : 'side.china'), points: Math.abs(value) });
}

/** A number with a true minus sign when it is negative: "3", "−1". */
export function minusText(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}

/** A signed number with a true minus sign: "+2", "−1". */
export function signed(n: number): string {
  return n >= 0 ? `+${n}` : `−${-n}`;
}

/**
 * A marker (a deck `flag`, such as "h20-licensed") by the name its cards print ("H20 Licensed"),
 * never its id: the deck's `label` for it, the catalogue's `marker.*` name, else the title of a
 * card that sets it, else the id in words ("litho-7nm" → "Litho 7nm").
 */
export function markerName(w: CardWords, flag: string): string {
  const label = flagLabel(flag, w.cards);
  if (label) return localText(label, w.lang);
  const known = catalog(w.lang)[`marker.${flag}` as MessageKey] as string | undefined;
  if (known) return known;
  const setter = cardsSetting(flag, w.cards)[0];
  if (setter) return cardTitle(w, setter);
  const words = flag.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const signedAmount = (n: number): string => (n > 0 ? `+${n}` : `−${-n}`);

/** Words for a lasting rule the deck gave no label (a next-card Ops change, a deck without labels). */
export function lastingRuleText(lang: Lang, side: Side, rule: ModifierRule): string {
  const who = sideOfThe(lang, side);
  const adj = sideAdj(lang, side);
  switch (rule.kind) {
    case 'opsBonus':
      return t(lang, 'lasting.opsBonus', { side: who, amount: signedAmount(rule.amount) });
    case 'influenceCost':
      return t(lang, 'lasting.influenceCost', { side: adj, amount: rule.extra, region: regionPlace(rule.region) });
    case 'sanctionRoll':
      return t(lang, 'lasting.sanctionRoll', { side: who, amount: signedAmount(rule.amount) });
    case 'noSanctions':
      return t(lang, 'lasting.noSanctions', { side: who });
    case 'noAdjacency':
      return t(lang, 'lasting.noAdjacency', { side: sideName(lang, side), region: regionPlace(rule.region) });
    case 'raceCost':
      return t(lang, 'lasting.raceCost', { side: who, amount: signedAmount(rule.amount) });
    case 'eachRound':
      return t(lang, `lasting.eachRound.${rule.at}`, { side: sideThe(lang, side) });
    default: {
      const unhandled: never = rule;
      throw new Error(`lasting rule not worded: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A lasting rule by its deck label, else in words. */
export function lastingName(w: CardWords, card: CardId, side: Side, duration: Duration, rule: ModifierRule): string {
  const label = labelOf(w.cards[card], { duration, rule, side });
  return label ? localText(label, w.lang) : lastingRuleText(w.lang, side, rule);
}

/** A lasting rule where a short name is wanted (beside a roll or a cost): its label, else its card. */
export function lastingShortName(w: CardWords, card: CardId, duration: Duration, rule: ModifierRule, side?: Side): string {
  const label = labelOf(w.cards[card], { duration, rule, ...(side ? { side } : {}) });
  return label ? localText(label, w.lang) : cardTitle(w, card);
}
