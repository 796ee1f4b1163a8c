// What the player may choose now, read from the legal actions only: cards and their uses,
// spaces on the board, or a list of options. Every leaf is one action of `view.legal`, so
// nothing the engine would refuse can be chosen.
import type { CardDef, CardId, SpaceId, Side, Text } from '../../decks/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SPACES } from '../../engine/index.js';
import type { Action, OpsUseAction, PlayerView } from '../../engine/index.js';

export type UseKind = 'event' | OpsUseAction | 'headline' | 'discard' | 'hold' | 'retrieve';

export interface UseOption {
  use: UseKind;
  /** One action; for an opponent's card whose event fires too: [event first, event after]. */
  actions: Action[];
}

export interface CardOption {
  card: CardId;
  uses: UseOption[];
}

export type ListLabel = { first: Side } | { text: Text };

export type Pending =
  /** `shown`: every card of the list as the panel draws it, in order (the whole hand, choosable
   * or not; the discard pile's eligible cards); `cards`: those that can be chosen now. */
  | { kind: 'cards'; source: 'hand' | 'discard'; shown: CardId[]; cards: CardOption[] }
  | { kind: 'spaces'; targets: { space: SpaceId; action: Action }[] }
  | { kind: 'list'; options: { label: ListLabel; action: Action }[] }
  | { kind: 'none' };

const USE_ORDER: readonly UseKind[] = ['event', 'headline', 'influence', 'sanction', 'lobby', 'race', 'discard', 'hold', 'retrieve'];

function cardOf(action: Action): CardId | null {
  return 'card' in action ? action.card : null;
}

/** The use a card action makes of its card, or null for an action that is not a card's use. */
export function useOf(action: Action): UseKind | null {
  switch (action.type) {
    case 'play':
      return action.use;
    case 'headline':
    case 'discard':
    case 'hold':
    case 'retrieve':
      return action.type;
    // Not a card's use: a point placed, a target, an option, who goes first.
    case 'chooseFirst':
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
    case 'choose':
      return null;
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Group card actions by card (in `order`), then by use. */
function cardOptions(legal: readonly Action[], order: readonly CardId[]): CardOption[] {
  const byCard = new Map<CardId, Map<UseKind, Action[]>>();
  for (const action of legal) {
    const card = cardOf(action);
    const use = useOf(action);
    if (card === null || use === null) continue;
    const uses = byCard.get(card) ?? new Map<UseKind, Action[]>();
    byCard.set(card, uses);
    uses.set(use, [...(uses.get(use) ?? []), action]);
  }
  const cards = [...order.filter((id) => byCard.has(id)), ...[...byCard.keys()].filter((id) => !order.includes(id))];
  return cards.map((card) => {
    const uses = byCard.get(card) as Map<UseKind, Action[]>;
    const options = USE_ORDER.filter((use) => uses.has(use)).map((use) => {
      const actions = uses.get(use) as Action[];
      // Event first, then after: the order the player reads them in.
      actions.sort((a, b) => Number('eventFirst' in b && b.eventFirst) - Number('eventFirst' in a && a.eventFirst));
      return { use, actions };
    });
    return { card, uses: options };
  });
}

/** A card of the panel's list with its number: its place in the list as shown (1-based), the
 * same whether it can be chosen now or not, so the number a player learned in the headline still
 * names the same card in the action round. `option` is null for a card that cannot be chosen now. */
export interface NumberedCard {
  card: CardId;
  number: number;
  option: CardOption | null;
}

/** The one numbering of the hand: what the panel draws and what the digit keys pick. Without a
 * card choice pending, the hand keeps its numbers, none of them choosable. */
export function numberedCards(hand: readonly CardId[], pending: Pending): NumberedCard[] {
  const ids = pending.kind === 'cards' ? pending.shown : hand;
  const options = pending.kind === 'cards' ? pending.cards : [];
  return ids.map((card, i) => ({ card, number: i + 1, option: options.find((o) => o.card === card) ?? null }));
}

/** Why a card of the hand cannot be chosen for the decision pending, in one line (4.3). */
export function whyNotChoosable(decision: PlayerView['decision'], def: CardDef | undefined): MessageKey {
  const kind = decision?.kind;
  if (kind === 'headline' && def?.passes) return 'hand.why.chip';
  if (kind === 'headline' && def?.signature) return 'hand.why.signatureLeads';
  if ((kind === 'discard' || kind === 'hold') && (def?.passes || def?.signature)) return 'hand.why.staysInHand';
  return 'hand.why.notNow';
}

/** A card choice: the options, and every card of `order` (then any other choosable one) as shown. */
function cardChoice(source: 'hand' | 'discard', legal: readonly Action[], order: readonly CardId[]): Pending {
  const cards = cardOptions(legal, order);
  const shown = [...order, ...cards.map((c) => c.card).filter((id) => !order.includes(id))];
  return { kind: 'cards', source, shown, cards };
}

const BOARD_ORDER: readonly SpaceId[] = SPACES.map((sp) => sp.id);

export function pendingChoices(view: PlayerView): Pending {
  const d = view.decision;
  const legal = view.legal;
  if (!d || legal.length === 0) return { kind: 'none' };
  switch (d.kind) {
    case 'headline':
    case 'play':
    case 'discard':
    case 'hold':
      return cardChoice('hand', legal, view.hand);
    case 'retrieve':
      return cardChoice('discard', legal, d.eligible);
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby': {
      const targets = legal.flatMap((action) => ('space' in action ? [{ space: action.space, action }] : []));
      targets.sort((a, b) => BOARD_ORDER.indexOf(a.space) - BOARD_ORDER.indexOf(b.space));
      return { kind: 'spaces', targets };
    }
    case 'chooseFirst':
      return { kind: 'list', options: legal.flatMap((action) => (action.type === 'chooseFirst' ? [{ label: { first: action.first }, action }] : [])) };
    case 'choose':
      return {
        kind: 'list',
        options: legal.flatMap((action) => (action.type === 'choose' ? [{ label: { text: d.labels[action.option] ?? `${action.option + 1}` }, action }] : [])),
      };
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Whether a use fires the opponent's event too, so the player must say when. */
export function needsTiming(option: UseOption): boolean {
  return option.actions.length > 1;
}
