// The replay's own panels as rows, in the game screen's style: what the step was, the hands
// (or only their sizes while they stay hidden), the log with this step's lines standing out,
// and the replay's keys. Everything else on the screen is the game's own board and tracks.
import type { CardId, Side } from '../../decks/types.js';
import type { Action, GameState } from '../../engine/index.js';
import { localText } from '../../i18n/lang.js';
import { hint, hintRow } from '../components/hints.js';
import { cardListRows, type CardItem } from '../components/lists.js';
import { allLogRows } from '../components/log-view.js';
import { padRow, seg, type Row } from '../components/rows.js';
import type { Wording } from '../game/describe.js';
import { actorName, cardTitle, spacePlace } from '../../i18n/game-words.js';
import type { LogLine } from '../../i18n/log-words.js';
import { clampLines, wrap } from '../terminal/text.js';

const SIDES: readonly Side[] = ['us', 'china'];

/** Choices the table does not see (a headline until both are revealed, the card kept at the end
 * of a round): in words only when the replay may reveal hands. `after` is the state it led to. */
function isSecret(action: Action, after: GameState): boolean {
  return (action.type === 'headline' && !after.headlineRevealed) || action.type === 'hold';
}

/** An action in the game's words: "plays H20 Licence Required (event)". */
export function actionText(w: Wording, action: Action): string {
  const t = w.t;
  switch (action.type) {
    case 'chooseFirst':
      return t('replay.act.chooseFirst', { name: actorName(w, action.first) });
    case 'headline':
      return t('replay.act.headline', { card: cardTitle(w, action.card) });
    case 'play':
      return t(action.eventFirst ? 'replay.act.playEventFirst' : 'replay.act.play', { card: cardTitle(w, action.card), use: t(`use.${action.use}`) });
    case 'place':
    case 'remove':
    case 'sanction':
    case 'lobby':
      return t(`replay.act.${action.type}`, { space: spacePlace(action.space) });
    case 'choose':
      return t('replay.act.choose', { n: action.option + 1 });
    case 'discard':
    case 'retrieve':
    case 'hold':
      return t(`replay.act.${action.type}`, { card: cardTitle(w, action.card) });
    default: {
      const unhandled: never = action;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The first status line: the step counter, then who did what (or how the game ended). */
export function stepRow(w: Wording, states: readonly GameState[], actions: readonly Action[], step: number, reveal: boolean): Row {
  const t = w.t;
  const last = states.length - 1;
  const counter = seg(` ${t('replay.step', { step, total: last })} `, { bold: true, inverse: true, tone: 'accent' });
  const state = states[step] as GameState;
  const before = step > 0 ? states[step - 1] : undefined;
  const action = step > 0 ? actions[step - 1] : undefined;
  if (!before || !action) return [counter, seg(`  ${t('replay.deal')}`)];
  const o = state.outcome;
  if (o && !before.outcome) {
    const headline = o.winner ? t('end.winner', { name: actorName(w, o.winner), side: t(`side.${o.winner}`) }) : t('end.draw');
    return [counter, seg('  '), seg(`${headline} `, { bold: true, tone: o.winner }), seg(t('end.how', { reason: t(`end.${o.reason}`), round: o.round }))];
  }
  const side = before.decision?.side;
  if (!side) return [counter];
  const what = !reveal && isSecret(action, state) ? t('replay.hidden') : actionText(w, action);
  return [
    counter,
    seg('  '),
    seg(t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }),
    seg(` ${t('replay.acted', { name: actorName(w, side), side: t(`side.${side}`), action: what })}`, { tone: side, bold: true }),
  ];
}

/** The second status line: the replay's keys, from the keymap. */
export function replayHints(w: Wording): Row {
  return hintRow(w.t, [
    hint('hint.step', 'left', 'right'),
    hint('hint.round', 'up', 'down'),
    hint('hint.jump', 'pageUp', 'pageDown'),
    hint('hint.ends', 'home', 'end'),
    hint('hint.quit', 'quit'),
  ]);
}

function handHeader(w: Wording, state: GameState, side: Side): Row {
  const count = state.hands[side].length;
  return [
    seg(w.t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }),
    seg(` ${w.t(count === 1 ? 'hand.opponent.one' : 'hand.opponent', { name: actorName(w, side), count })}`, { tone: side, bold: true }),
  ];
}

/** A chosen headline not yet revealed to the table. */
function headlineRows(w: Wording, state: GameState, side: Side): Row[] {
  const card = state.headlineRevealed ? null : state.headline[side];
  return card ? [[seg(w.t('replay.headline', { card: cardTitle(w, card) }), { tone: 'accent' })]] : [];
}

/** One side's hand as the game lists it (Ops, side, title), in `height` rows. */
function handList(w: Wording, state: GameState, side: Side, width: number, height: number): Row[] {
  const items: CardItem[] = state.hands[side].flatMap((id: CardId) => {
    const card = w.cards[id];
    return card ? [{ card, digit: null, readable: true }] : [];
  });
  // A bargaining chip passed to this side this round, face down until the next.
  for (const id of state.aside[side]) {
    const card = w.cards[id];
    if (card?.passes) items.push({ card, digit: null, faceDown: true });
  }
  const head = [handHeader(w, state, side), ...headlineRows(w, state, side)];
  return [...head, ...cardListRows(w.t, w.lang, items, null, width, Math.max(1, height - head.length))].slice(0, height);
}

/** One side's hand as a wrapped line of titles, for a narrow panel. */
function handText(w: Wording, state: GameState, side: Side, width: number, height: number): Row[] {
  const titles = state.hands[side].map((id) => localText(w.cards[id]?.title ?? id, w.lang)).join(', ') || w.t('hand.empty');
  const head = [handHeader(w, state, side), ...headlineRows(w, state, side)];
  const room = Math.max(1, height - head.length);
  return [...head, ...clampLines(wrap(titles, width - 2), room, width - 2).map((line): Row => [seg(`  ${line}`)])];
}

/**
 * The panel beside the board. Hands are read only when `reveal` is set (the game is over or the
 * player asked for --reveal); otherwise only their sizes are public, as at the table.
 */
export function handsRows(w: Wording, state: GameState, reveal: boolean, width: number, height: number): Row[] {
  const t = w.t;
  const pile: Row = [seg(t('replay.drawPile', { count: state.deck.length, discard: state.discard.length }), { dim: true })];
  if (!reveal) {
    const rows: Row[] = [[seg(t('replay.hands'), { bold: true, tone: 'accent' })], ...SIDES.map((s) => handHeader(w, state, s)), [], pile, []];
    rows.push(...wrap(t('replay.handsHidden'), width).map((line): Row => [seg(line, { dim: true })]));
    return rows.slice(0, height);
  }
  // Wide enough for two lists side by side: the cards as the hand panel shows them.
  if (width >= 56) {
    const half = Math.floor((width - 1) / 2);
    const [us, china] = SIDES.map((s) => handList(w, state, s, half, height - 1)) as [Row[], Row[]];
    const rows: Row[] = [];
    for (let i = 0; i < Math.max(us.length, china.length); i++) rows.push([...padRow(us[i] ?? [], half), seg(' '), ...(china[i] ?? [])]);
    while (rows.length < height - 1) rows.push([]);
    return [...rows, pile];
  }
  const each = Math.floor((height - 1) / 2);
  return [...handText(w, state, 'us', width, each), ...handText(w, state, 'china', width, height - 1 - each), pile].slice(0, height);
}

const dimmed = (row: Row): Row => row.map((s) => ({ ...s, dim: true, bold: false }));

/**
 * The log up to this step in `height` rows: this step's lines in full from their start, and
 * as much of the earlier log above them as fits, dimmed.
 */
export function stepLogRows(w: Wording, earlier: readonly LogLine[], now: readonly LogLine[], width: number, height: number): Row[] {
  const t = w.t;
  if (earlier.length === 0 && now.length === 0) return [[seg(t('log.empty'), { dim: true })]];
  // Rows depend only on the lines before them, so the earlier log is a prefix of the whole.
  const before = allLogRows(t, earlier, width);
  const all = allLogRows(t, [...earlier, ...now], width);
  const fresh = all.slice(before.length);
  if (fresh.length >= height) {
    const shown = fresh.slice(0, height);
    if (fresh.length > height) shown[height - 1] = [seg(`  ↓ ${t('hand.more', { count: fresh.length - height + 1 })}`, { dim: true })];
    return shown;
  }
  return [...before.slice(Math.max(0, before.length - (height - fresh.length))).map(dimmed), ...fresh];
}
