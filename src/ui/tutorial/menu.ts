// What the tutorial offers the player at a decision: a prompt and a list of choices, each a
// legal action or, for a card to play, a step to that card's uses. Built from the player's
// view and the legal actions only.
import type { CardId, Side } from '../../decks/types.js';
import { effectiveOps, legalActions, SPACE_BY_ID, viewFor } from '../../engine/index.js';
import type { Action, GameState } from '../../engine/index.js';
import { localText } from '../../i18n/lang.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { sideEvent } from '../../classroom/words.js';
import { cardTitle, regionName, sideName, spaceName, trackName } from '../../i18n/game-words.js';

export type MenuStage = { kind: 'top' } | { kind: 'uses'; card: CardId };

export interface MenuItem {
  label: string;
  /** The action this choice takes; absent when it opens a card's uses. */
  action?: Action;
  /** The card this choice is about, for the card panel. */
  card?: CardId;
}

export interface Menu {
  prompt: string;
  items: MenuItem[];
}

export function cardLabel(state: GameState, id: CardId, lang: Lang): string {
  const def = state.cards[id];
  return t(lang, 'tutorial.option.card', { title: cardTitle({ cards: state.cards, lang }, id), side: sideName(lang, def?.side ?? 'neutral'), ops: def?.ops ?? 0 });
}

function spaceLabel(state: GameState, space: string, lang: Lang): string {
  const inf = state.influence[space] ?? { us: 0, china: 0 };
  const region = SPACE_BY_ID[space]?.region;
  return t(lang, 'tutorial.option.space', { space: spaceName(lang, space), region: region ? regionName(lang, region) : '', us: inf.us, china: inf.china });
}

function useLabel(state: GameState, side: Side, action: Extract<Action, { type: 'play' }>, lang: Lang): string {
  const def = state.cards[action.card];
  if (!def || action.use === 'event') return t(lang, 'tutorial.option.event');
  if (action.use === 'race') {
    return t(lang, 'tutorial.option.race', { ops: effectiveOps(state, side, def, 'race'), track: trackName(lang, side === 'us' ? 'lockIn' : 'stack') });
  }
  const base = t(lang, `tutorial.option.${action.use}`, { ops: effectiveOps(state, side, def, action.use) });
  if (action.eventFirst === undefined || def.side === 'neutral') return base;
  return t(lang, action.eventFirst ? 'tutorial.option.eventFirst' : 'tutorial.option.eventAfter', { use: base, event: sideEvent(lang, def.side) });
}

function actionItem(state: GameState, side: Side, action: Action, lang: Lang): MenuItem {
  switch (action.type) {
    case 'chooseFirst':
      return { action, label: t(lang, 'tutorial.option.first', { side: sideName(lang, action.first) }) };
    case 'headline':
    case 'discard':
    case 'retrieve':
    case 'hold':
      return { action, card: action.card, label: cardLabel(state, action.card, lang) };
    case 'play':
      return { action, card: action.card, label: useLabel(state, side, action, lang) };
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
      return { action, label: spaceLabel(state, action.space, lang) };
    case 'choose': {
      const d = state.decision;
      const label = d?.kind === 'choose' ? localText(d.labels[action.option], lang) : String(action.option + 1);
      return { action, label };
    }
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function prompt(state: GameState, lang: Lang): string {
  const d = state.decision;
  if (!d) return '';
  switch (d.kind) {
    case 'place':
    case 'remove':
    case 'lobby':
    case 'discard':
      return t(lang, `tutorial.prompt.${d.kind}`, { remaining: d.remaining });
    case 'sanction':
      return t(lang, 'tutorial.prompt.sanction', { ops: d.ops });
    case 'chooseFirst':
    case 'headline':
    case 'play':
    case 'choose':
    case 'retrieve':
    case 'hold':
      return t(lang, `tutorial.prompt.${d.kind}`);
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The menu for `side` at this state and stage (empty when it is not that side's turn). */
export function menuFor(state: GameState, side: Side, stage: MenuStage, lang: Lang): Menu {
  const view = viewFor(state, side);
  const legal = view.decision?.side === side ? legalActions(state) : [];
  if (view.decision?.kind === 'play' && view.decision.side === side) {
    if (stage.kind === 'uses') {
      const uses = legal.filter((a): a is Extract<Action, { type: 'play' }> => a.type === 'play' && a.card === stage.card);
      return { prompt: t(lang, 'tutorial.prompt.use', { card: cardTitle({ cards: state.cards, lang }, stage.card) }), items: uses.map((a) => actionItem(state, side, a, lang)) };
    }
    const playable = new Set(legal.flatMap((a) => (a.type === 'play' ? [a.card] : [])));
    return {
      prompt: prompt(state, lang),
      items: view.hand.filter((id) => playable.has(id)).map((card) => ({ card, label: cardLabel(state, card, lang) })),
    };
  }
  return { prompt: prompt(state, lang), items: legal.map((a) => actionItem(state, side, a, lang)) };
}
