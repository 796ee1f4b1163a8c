// The game log in words, one sentence an entry, for the replay screen and the Markdown handout.
// The engine logs structured entries; only public facts are in them (a draw is a count, a held
// card is not named), so any entry may be shown to anyone.
// TODO(lead): these sentences could move into the i18n catalogues once the branches are merged.
import type { CardDef, CardId } from '../decks/types.js';
import type { LogEntry, Outcome, Side } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { localText } from '../i18n/lang.js';
import type { MessageKey } from '../i18n/messages.js';
import { t } from '../i18n/messages.js';

export interface WordsContext {
  lang: Lang;
  cards: Readonly<Record<CardId, CardDef>>;
  /** How a card title is set off in the text (bold in Markdown). */
  cardStyle?: (title: string) => string;
}

const USE: Record<Lang, Record<string, string>> = {
  en: { influence: 'influence', sanction: 'a sanction', lobby: 'lobbying', race: 'the race' },
  fr: { influence: 'l’influence', sanction: 'une sanction', lobby: 'le lobbying', race: 'la course' },
};

const LEVEL: Record<Lang, Record<string, string>> = {
  en: { none: 'nothing', presence: 'presence', domination: 'domination', control: 'control' },
  fr: { none: 'rien', presence: 'présence', domination: 'domination', control: 'contrôle' },
};

function name(ctx: WordsContext, key: string): string {
  return t(ctx.lang, key as MessageKey);
}

function side(ctx: WordsContext, s: Side): string {
  return name(ctx, `side.${s}`);
}

function space(ctx: WordsContext, id: string): string {
  return name(ctx, `space.${id}`);
}

export function cardTitle(ctx: WordsContext, id: CardId | null): string {
  if (id === null) return ctx.lang === 'fr' ? 'aucune' : 'none';
  const def = ctx.cards[id];
  const title = def ? localText(def.title, ctx.lang) : id;
  return ctx.cardStyle ? ctx.cardStyle(title) : title;
}

/** Why a track moved, from the engine's reason code (`event:<card>`, `score:<region>`, ...). */
export function trackReason(ctx: WordsContext, reason: string): string {
  const [kind, arg = ''] = reason.split(':');
  const fr = ctx.lang === 'fr';
  switch (kind) {
    case 'event':
      return cardTitle(ctx, arg);
    case 'score':
      return `${fr ? 'décompte' : 'scoring'} ${name(ctx, `region.${arg}`)}`;
    case 'pressure':
      return `${fr ? 'pression' : 'pressure check'} ${name(ctx, `persona.${arg}`)}`;
    case 'sanction':
      return `${fr ? 'sanction' : 'sanction on'} ${space(ctx, arg)}`;
    case 'recovery':
      return fr ? 'détente de début de manche' : 'start-of-round recovery';
    case 'race':
      return fr ? 'course' : 'race';
    case 'stack':
    case 'lockIn':
      return `${name(ctx, `track.${kind}`)} ${arg}`;
    default:
      return reason;
  }
}

/** "Leadership +3 → -1": Leadership is signed (positive = US ahead), the other tracks are counts. */
export function trackMove(ctx: WordsContext, e: Extract<LogEntry, { type: 'track' }>): string {
  const value = (v: number) => (e.track === 'leadership' && v > 0 ? `+${v}` : `${v}`);
  return `${name(ctx, `track.${e.track}`)} ${value(e.from)} → ${value(e.to)}`;
}

export function describeOutcome(ctx: WordsContext, o: Outcome): string {
  const how = name(ctx, `end.${o.reason}`);
  const lead = `${o.leadership > 0 ? '+' : ''}${o.leadership}`;
  if (ctx.lang === 'fr') {
    return o.winner ? `Victoire : ${side(ctx, o.winner)} (${how}, manche ${o.round}, Leadership ${lead}).` : `Match nul (${how}, Leadership ${lead}).`;
  }
  return o.winner ? `${side(ctx, o.winner)} wins by ${how} in round ${o.round} (Leadership ${lead}).` : `A draw after ${how} (Leadership ${lead}).`;
}

/** One log entry as a sentence. */
export function describeEntry(ctx: WordsContext, e: LogEntry): string {
  const fr = ctx.lang === 'fr';
  const card = (id: CardId | null) => cardTitle(ctx, id);
  switch (e.type) {
    case 'roundStart':
      return fr ? `Manche ${e.round} (horloge du découplage : ${e.clock}).` : `Round ${e.round} begins (Decoupling clock ${e.clock}).`;
    case 'firstPlayer':
      return fr ? `${side(ctx, e.chosenBy)} choisit : ${side(ctx, e.side)} joue en premier.` : `${side(ctx, e.chosenBy)} chooses: ${side(ctx, e.side)} acts first.`;
    case 'headlineReveal':
      return fr
        ? `Titres révélés : États-Unis ${card(e.us)}, Chine ${card(e.china)}.`
        : `Headlines revealed: US ${card(e.us)}, China ${card(e.china)}.`;
    case 'play':
      if (e.use === 'headline') return fr ? `${side(ctx, e.side)} joue ${card(e.card)} en titre.` : `${side(ctx, e.side)} headlines ${card(e.card)}.`;
      if (e.use === 'event') return fr ? `${side(ctx, e.side)} joue ${card(e.card)} pour son événement.` : `${side(ctx, e.side)} plays ${card(e.card)} for its event.`;
      return fr
        ? `${side(ctx, e.side)} joue ${card(e.card)} pour ${e.ops} Ops : ${USE.fr[e.use]}.`
        : `${side(ctx, e.side)} plays ${card(e.card)} for ${e.ops} Op${e.ops === 1 ? '' : 's'}: ${USE.en[e.use]}.`;
    case 'eventFires':
      return fr ? `L’événement ${card(e.card)} se déclenche pour ${side(ctx, e.owner)}.` : `The event ${card(e.card)} fires for ${side(ctx, e.owner)}.`;
    case 'eventBlocked':
      return fr ? `L’événement ${card(e.card)} ne peut pas se déclencher.` : `The event ${card(e.card)} cannot fire.`;
    case 'influence': {
      const n = Math.abs(e.delta);
      if (e.delta > 0) {
        return fr ? `${side(ctx, e.side)} : +${n} influence ${side(ctx, e.owner)} à ${space(ctx, e.space)}.` : `${side(ctx, e.side)}: +${n} ${side(ctx, e.owner)} influence in ${space(ctx, e.space)}.`;
      }
      return fr ? `${side(ctx, e.side)} : −${n} influence ${side(ctx, e.owner)} à ${space(ctx, e.space)}.` : `${side(ctx, e.side)}: −${n} ${side(ctx, e.owner)} influence in ${space(ctx, e.space)}.`;
    }
    case 'sanction': {
      const mod = `${e.modifier >= 0 ? '+' : '−'}${Math.abs(e.modifier)}`;
      return fr
        ? `${side(ctx, e.side)} sanctionne ${space(ctx, e.space)} : dé ${e.roll} ${mod} = ${e.result} ; ${e.removed} retirée(s), ${e.added} ajoutée(s).`
        : `${side(ctx, e.side)} sanctions ${space(ctx, e.space)}: roll ${e.roll} ${mod} = ${e.result}; ${e.removed} removed, ${e.added} added.`;
    }
    case 'lobby': {
      const result = e.loser
        ? fr ? `${side(ctx, e.loser)} perd ${e.removed}` : `${side(ctx, e.loser)} loses ${e.removed}`
        : fr ? 'sans effet' : 'no change';
      return fr
        ? `${side(ctx, e.side)} fait pression à ${space(ctx, e.space)} : États-Unis ${e.rollUs}, Chine ${e.rollChina} ; ${result}.`
        : `${side(ctx, e.side)} lobbies ${space(ctx, e.space)}: US ${e.rollUs}, China ${e.rollChina}; ${result}.`;
    }
    case 'track':
      return `${trackMove(ctx, e)} (${trackReason(ctx, e.reason)}).`;
    case 'race':
      return fr ? `${side(ctx, e.side)} avance ${name(ctx, `track.${e.track}`)} à ${e.to}.` : `${side(ctx, e.side)} advances ${name(ctx, `track.${e.track}`)} to ${e.to}.`;
    case 'score': {
      const region = name(ctx, `region.${e.region}`);
      const lv = LEVEL[ctx.lang];
      return fr
        ? `Décompte ${region} : États-Unis ${e.us} (${lv[e.level.us] ?? e.level.us}), Chine ${e.china} (${lv[e.level.china] ?? e.level.china}).`
        : `${region} scored: US ${e.us} (${lv[e.level.us] ?? e.level.us}), China ${e.china} (${lv[e.level.china] ?? e.level.china}).`;
    }
    case 'pressure': {
      const who = name(ctx, `persona.${e.persona}`);
      if (e.met) return fr ? `Pression ${who} tenue (${e.done}/${e.needed}).` : `${who}'s pressure check met (${e.done}/${e.needed}).`;
      return fr
        ? `Pression ${who} manquée (${e.done}/${e.needed}) : ${e.penalty} Leadership pour l’adversaire.`
        : `${who}'s pressure check failed (${e.done}/${e.needed}): ${e.penalty} Leadership to the opponent.`;
    }
    case 'draw':
      return fr ? `${side(ctx, e.side)} pioche ${e.count} carte(s).` : `${side(ctx, e.side)} draws ${e.count} card${e.count === 1 ? '' : 's'}.`;
    case 'discard':
      return fr ? `${side(ctx, e.side)} défausse ${card(e.card)}.` : `${side(ctx, e.side)} discards ${card(e.card)}.`;
    case 'hold':
      return fr ? `${side(ctx, e.side)} garde une carte.` : `${side(ctx, e.side)} holds a card.`;
    case 'flag':
      return fr ? `Marqueur « ${e.flag} » ${e.set ? 'posé' : 'retiré'}.` : `Marker '${e.flag}' ${e.set ? 'set' : 'cleared'}.`;
    case 'cancel':
      return fr ? `${card(e.card)} est annulée.` : `${card(e.card)} is cancelled.`;
    case 'roll': {
      const mod = e.modifier === 0 ? '' : ` ${e.modifier > 0 ? '+' : '−'}${Math.abs(e.modifier)}`;
      return fr ? `${side(ctx, e.side)} lance le dé : ${e.roll}${mod}.` : `${side(ctx, e.side)} rolls ${e.roll}${mod}.`;
    }
    case 'pass':
      return fr ? `${side(ctx, e.side)} passe (plus de carte).` : `${side(ctx, e.side)} passes (no card left).`;
    case 'reshuffle':
      return fr ? `La défausse est mélangée dans la pioche (${e.count} cartes).` : `The discard pile is shuffled into the draw pile (${e.count} cards).`;
    case 'gameOver':
      return fr
        ? e.winner ? `Fin de partie : victoire ${side(ctx, e.winner)} (${name(ctx, `end.${e.reason}`)}).` : `Fin de partie : match nul.`
        : e.winner ? `Game over: ${side(ctx, e.winner)} wins by ${name(ctx, `end.${e.reason}`)}.` : 'Game over: a draw.';
  }
}
