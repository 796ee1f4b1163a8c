// The one line a bot move carries in the log: what it did and why, read off the
// difference between the position before the move and the position the move itself makes.
// Never the position a look-ahead expected: there the bot's later choices are the quick
// policy's guesses and the opponent's answers are invented, so a line read off it claimed
// effects the move did not have ("breaks China's control of Rare earths" while removing
// elsewhere: play-test of seed 7301).
// A human reads this line, so it speaks only of public facts and of the move itself:
// never of the bot's hand, the draw pile or a card it keeps (test/ai/fair-reasons.test.ts).
import type { CardId, RegionId, Side } from '../decks/types.js';
import { SPACE_BY_ID, SPACES, applyActionInPlace, controller, pressureCheck, rules } from '../engine/index.js';
import type { Action, GameState, PlayerView } from '../engine/index.js';
import { cardTitle, placeIn, regionPlace, sideAdj, sideOfThe, sideThe, signed, spacePlace } from '../i18n/game-words.js';
import { localText, type Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { MessageKey, Params } from '../i18n/messages.js';
import type { Catalog } from './determinize.js';
import { forkState } from './search-state.js';

/** A phrase of the bot's log line, in the player's language. */
export function botSays(lang: Lang, key: string, params: Params = {}): string {
  return t(lang, `bot.${key}` as MessageKey, params);
}

function raceTrackName(side: Side, lang: Lang): string {
  return t(lang, side === 'china' ? 'track.stack' : 'track.lockIn');
}

function title(catalog: Catalog, id: CardId, lang: Lang): string {
  return cardTitle({ cards: catalog, lang }, id);
}

/** "plays X for influence", "sanctions Tencent", ... */
export function actionPhrase(action: Action, view: Pick<PlayerView, 'decision' | 'round' | 'rounds'>, catalog: Catalog, side: Side, lang: Lang = 'en'): string {
  const say = (key: string, params: Params = {}) => botSays(lang, key, params);
  const decision = view.decision;
  switch (action.type) {
    case 'play': {
      const card = title(catalog, action.card, lang);
      if (action.use === 'event') return say(catalog[action.card]?.scoring ? 'plays' : 'playsEvent', { card });
      if (action.use === 'race') return say('race', { track: raceTrackName(side, lang), card });
      const use = say(`use.${action.use}`);
      const order = action.eventFirst === undefined ? '' : say(action.eventFirst ? 'order.eventFirst' : 'order.eventAfter');
      return say('playsFor', { card, use, order });
    }
    case 'headline':
      return say('headline', { card: title(catalog, action.card, lang) });
    case 'place': {
      const owner = decision?.kind === 'place' ? decision.owner : side;
      const space = spacePlace(action.space);
      return owner === side ? say('place', { space }) : say('placeFor', { side: sideAdj(lang, owner), space });
    }
    case 'remove': {
      const owner = decision?.kind === 'remove' ? decision.owner : rules.other(side);
      return say('remove', { side: sideAdj(lang, owner), space: spacePlace(action.space) });
    }
    case 'sanction':
      return say('sanction', { space: spacePlace(action.space) });
    case 'lobby':
      return say('lobby', { space: spacePlace(action.space) });
    case 'choose': {
      const label = decision?.kind === 'choose' ? localText(decision.labels[action.option], lang) : '';
      return label ? say('chooseLabel', { label }) : say('chooseOption', { n: action.option + 1 });
    }
    case 'discard':
      return say('discard', { card: title(catalog, action.card, lang) });
    case 'retrieve':
      return say('retrieve', { card: title(catalog, action.card, lang) });
    case 'hold':
      // The kept card stays in a hidden hand: the line says that one is kept, never which; in the
      // last round, not "for next round".
      return say(view.round >= view.rounds ? 'holdLast' : 'hold');
    case 'chooseFirst':
      return action.first === side ? say('actsFirst') : say('letsFirst', { side: sideThe(lang, action.first) });
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function touchedRegions(action: Action, before: GameState, after: GameState): RegionId[] {
  const out = new Set<RegionId>();
  if ('space' in action) {
    const region = SPACE_BY_ID[action.space]?.region;
    if (region) out.add(region);
  }
  for (const sp of SPACES) {
    const a = before.influence[sp.id];
    const b = after.influence[sp.id];
    if (a && b && (a.us !== b.us || a.china !== b.china)) out.add(sp.region);
  }
  return [...out];
}

/** Why, in a few words: the biggest things that changed for `side` between `before` and `after`. */
export function why(action: Action, before: GameState, after: GameState, side: Side, catalog: Catalog, lang: Lang = 'en'): string[] {
  const say = (key: string, params: Params = {}) => botSays(lang, key, params);
  const opp = rules.other(side);
  const reasons: string[] = [];
  if (after.outcome) {
    if (after.outcome.winner === side) return [say('wins')];
    if (after.outcome.winner === opp) return [say('loses')];
  }
  // Keeping a card ends the round in the look-ahead (discards fire, checks score, new cards are
  // guessed): a reason read off that would seem to describe the hidden kept card. Say none.
  if (action.type === 'hold') return [];
  if (action.type === 'headline') {
    // Both headlines resolve together: what changed is not this card's doing alone. Say what it does.
    const text = localText(catalog[action.card]?.text, lang);
    return text ? [text.length > 90 ? `${text.slice(0, 89)}…` : text] : [];
  }
  const gain = (side === 'us' ? 1 : -1) * (after.leadership - before.leadership);
  if (gain > 0) reasons.push(say('gain', { n: gain }));
  const touched = touchedRegions(action, before, after);
  for (const sp of SPACES) {
    const was = controller(before, sp.id);
    const now = controller(after, sp.id);
    if (was === now) continue;
    if (now === side) reasons.push(say('takesControl', { space: spacePlace(sp.id) }));
    else if (was === opp) reasons.push(say('breaksControl', { side: sideOfThe(lang, opp), space: spacePlace(sp.id) }));
  }
  const track = side === 'china' ? 'stack' : 'lockIn';
  if (after[track] > before[track]) reasons.push(say('trackTo', { track: raceTrackName(side, lang), n: after[track] }));
  if (after.round === before.round && pressureCheck(after, side).penalty < pressureCheck(before, side).penalty) {
    reasons.push(say('towardCheck', { check: t(lang, `pressure.${after.setup.personas[side]}.name` as MessageKey) }));
  }
  if (reasons.length === 0) {
    const lost = (side === 'us' ? 1 : -1) * (after.leadership - before.leadership);
    if (lost < 0) reasons.push(say('leastCostly', { n: signed(lost) }));
    else if (touched.length > 0) reasons.push(say('buildsToward', { regions: touched.map((r) => placeIn(lang, regionPlace(r), 'in')).join(say('and')) }));
  }
  return reasons;
}

/**
 * What `action` does in `before` (a dealt copy of the real position: the board is the real one),
 * and only that: the action is applied and nothing after it, since the engine settles the steps
 * that leave no choice itself; the next choice, the bot's or the opponent's, is a move of its own.
 * When the move rolls a die or picks at random (`chance`), the dealt position's roll is a guess:
 * no claim is read off it, and the line says the move is the best expectation instead.
 */
export function explainMove(action: Action, before: GameState, side: Side, catalog: Catalog, lang: Lang = 'en'): { reasons: string[]; chance: boolean } {
  // Keeping a card ends the round (discards fire, new cards are dealt): `why` says nothing of it.
  if (action.type === 'hold') return { reasons: [], chance: false };
  const after = forkState(before);
  applyActionInPlace(after, action);
  if (after.rng !== before.rng && action.type !== 'headline') return { reasons: [], chance: true };
  return { reasons: why(action, before, after, side, catalog, lang), chance: false };
}

/** One log line: "sanctions Tencent: breaks US’s control of Tencent". */
export function reasonLine(phrase: string, reasons: string[], fallback: string, lang: Lang = 'en'): string {
  const list = reasons.length > 0 ? reasons.slice(0, 2) : [fallback];
  return botSays(lang, 'line', { phrase, reasons: list.join(botSays(lang, 'separator')) });
}
