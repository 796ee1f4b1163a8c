// The status line: who must act and what is asked (or which bot is thinking), then the keys
// that work right now, taken from the keymap.
import type { Side } from '../../decks/types.js';
import type { PlayerView } from '../../engine/index.js';
import { hint, hintRow, type Hint } from '../components/hints.js';
import { rowWidth, seg, wrapRow, type Row } from '../components/rows.js';
import type { Pending } from '../game/choices.js';
import { decisionText, seatName, type Wording } from '../game/describe.js';
import { actorName } from '../../i18n/game-words.js';
import type { PlayState } from '../game/play-state.js';
import { lossNote, lossOf } from '../game/loss-warning.js';

const ALWAYS: readonly Hint[] = [hint('hint.situation', 'situation'), hint('hint.log', 'log'), hint('hint.help', 'help'), hint('hint.quit', 'quit')];

function contextHints(pending: Pending, stage: PlayState['sel']['stage'], playing: boolean): Hint[] {
  switch (pending.kind) {
    case 'cards':
      return stage === 'main'
        ? [hint('hint.choose', 'up', 'down'), hint(playing ? 'hint.play' : 'hint.place', 'confirm')]
        : [hint('hint.choose', 'up', 'down'), hint('hint.place', 'confirm'), hint('hint.back', 'back')];
    case 'spaces':
      return [hint('hint.move', 'up', 'down', 'left', 'right'), hint('hint.place', 'confirm')];
    case 'list':
      return [hint('hint.choose', 'up', 'down'), hint('hint.place', 'confirm')];
    case 'none':
      return [];
    default: {
      const unhandled: never = pending;
      throw new Error(`pending choice not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** What the status line reads of the play state: the networked screen has these fields too. */
export type StatusState = Pick<PlayState, 'overlay' | 'sel' | 'notice' | 'seats'> & Partial<Pick<PlayState, 'tutorial'>>;

/** `waiting`: a network game's line in place of whose turn it is ("waiting for NVIDIA to reconnect"). */
export function statusRows(
  w: Wording,
  state: StatusState,
  view: PlayerView,
  pending: Pending,
  acting: Side | null,
  spinner: string,
  width?: number,
  waiting?: string | null,
): Row[] {
  const t = w.t;
  if (state.overlay === 'quit') {
    return [[seg(t('quit.title'), { bold: true, tone: 'bad' })], hintRow(t, [hint('hint.yes', 'yes'), hint('hint.no', 'no')])];
  }
  if (state.sel.confirm) {
    // The move waits for a second word: say why it loses, and the only keys that act now.
    const loss = lossOf(view, w.cards, [state.sel.confirm]);
    const why = loss ? `${lossNote(t, loss)} · ` : '';
    return [
      [seg(`${why}${t('warn.confirm')}`, { tone: 'bad', bold: true })],
      hintRow(t, [hint('hint.playAnyway', 'confirm', 'yes'), hint('hint.back', 'back', 'no')]),
    ];
  }
  const first: Row = [];
  // A refusal (a card that cannot be chosen now) reads as one; other notices report what was done.
  if (state.notice) first.push(seg(`${t(state.notice)} `, { tone: state.notice.startsWith('hand.why.') ? 'bad' : 'good', bold: true }));
  const botActing = acting !== null && state.seats[acting] !== 'human';
  if (waiting) {
    first.push(seg(waiting, { tone: 'bad', bold: true }));
  } else if (acting && botActing) {
    first.push(seg(`${spinner} `, { tone: acting, bold: true }), seg(t('status.thinking', { name: actorName(w, acting) }), { tone: acting }));
  } else if (acting && acting === view.side) {
    const asked = (turn: string): Row => [
      ...first,
      seg(t(`side.letter.${acting}`), { tone: acting, bold: true, inverse: true }),
      seg(` ${turn}${t('punct.colon')}`, { tone: acting, bold: true }),
      seg(decisionText(w, view)),
    ];
    const long = asked(t('status.turn', { name: actorName(w, acting), side: t(`side.${acting}`) }));
    // Too long for one line: the name alone (the side's letter is beside it), so the key hints stay.
    const short = asked(t('status.turn.short', { name: actorName(w, acting) }));
    const row = width === undefined || rowWidth(long) <= width ? long : short;
    // Never cut what is asked: past the width it takes both lines, in place of the key hints (? lists them).
    if (width !== undefined && rowWidth(row) > width) return wrapRow(row, width).slice(0, 2);
    first.splice(0, first.length, ...row);
  } else if (acting) {
    first.push(seg(t('status.notYourTurn', { name: seatName(w, acting) }), { dim: true }));
  }
  // The tutorial takes no move back; its key shows the lesson whole.
  const undo = state.tutorial ? [hint('hint.lesson', 'lesson')] : state.seats[view.side] === 'human' ? [hint('hint.undo', 'undo')] : [];
  const playing = view.decision?.kind === 'play' || view.decision?.kind === 'headline';
  return [first, hintRow(t, [...contextHints(pending, state.sel.stage, playing), ...undo, ...ALWAYS], width)];
}
