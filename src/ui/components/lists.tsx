// Lists the player moves through: the hand (or the discard pile), a card's uses, a decision's
// options. A hand's card keeps its number whether it can be chosen or not (one that cannot is
// dimmed and marked ×); a list longer than its room scrolls with the cursor.
import type { CardDef, CardId } from '../../decks/types.js';
import { localText, type Lang } from '../../i18n/lang.js';
import { wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';
import { cutRow, seg, type Row } from './rows.js';

/** The slice [start, end) of `count` items to show in `room` rows so that `cursor` is visible. */
export function scrollWindow(count: number, cursor: number, room: number): { start: number; end: number } {
  if (count <= room) return { start: 0, end: count };
  const start = Math.max(0, Math.min(count - room, cursor - Math.floor(room / 2)));
  return { start, end: start + room };
}

export interface CardItem {
  card: CardDef;
  /** Its number for the digit keys (its place in the hand as shown), or none. */
  digit: number | null;
  /** Numbered but not choosable now: dimmed, and marked × where the cursor would be (so it reads without colour). */
  blocked?: boolean;
  /** Numbered, but nothing is being chosen (another side acts): dimmed, unmarked. */
  idle?: boolean;
  /** Drawn plain although it has no number (a catalogue to browse); dimmed otherwise. */
  readable?: boolean;
  /** A bargaining chip passed to this side this round: shown, not playable until the next. */
  faceDown?: boolean;
}

export function cardItemRow(t: Translate, lang: Lang, item: CardItem, isCursor: boolean, width: number): Row {
  const { card, digit } = item;
  const enabled = (digit !== null || item.readable === true) && item.blocked !== true && item.idle !== true;
  const row: Row = [
    isCursor ? seg('▶', { tone: 'accent', bold: true }) : seg(item.blocked ? '×' : ' ', { dim: true }),
    seg(digit !== null && digit <= 9 ? String(digit) : ' ', enabled ? { tone: 'accent', bold: true } : { dim: true }),
    seg(' '),
    seg(String(card.ops), { bold: enabled, dim: !enabled }),
    seg(t(`side.letter.${card.side}`), { tone: card.side, bold: true, dim: !enabled }),
    seg(' '),
    seg(card.signature ? '★' : card.passes ? '⇄' : card.scoring ? '#' : ' ', { tone: 'accent', dim: !enabled }),
    seg(localText(card.title, lang), isCursor ? { inverse: true, bold: true } : { dim: !enabled }),
    ...(item.faceDown ? [seg(` ${t('hand.faceDown')}`, { dim: true })] : []),
  ];
  return cutRow(row, width);
}

/** Rows of a card list: as many cards as fit, scrolled to the cursor, with "+n more" marks. */
export function cardListRows(t: Translate, lang: Lang, items: readonly CardItem[], cursor: CardId | null, width: number, room: number): Row[] {
  if (items.length === 0) return [[seg(t('hand.empty'), { dim: true })]];
  const at = Math.max(
    0,
    items.findIndex((i) => i.card.id === cursor),
  );
  const fits = items.length <= room;
  const { start, end } = scrollWindow(items.length, at, fits ? room : Math.max(1, room - 2));
  const rows: Row[] = [];
  if (start > 0) rows.push([seg(`  ↑ ${t('hand.more', { count: start })}`, { dim: true })]);
  for (let i = start; i < end; i++) rows.push(cardItemRow(t, lang, items[i] as CardItem, (items[i] as CardItem).card.id === cursor, width));
  if (end < items.length) rows.push([seg(`  ↓ ${t('hand.more', { count: items.length - end })}`, { dim: true })]);
  return rows;
}

export interface OptionItem {
  label: string;
  /** A second, quieter line (e.g. "their event fires too"). */
  note?: string;
  /** A line that must not be missed (a move that loses the game), drawn bold in the "bad" tone. */
  warning?: string;
}

/** Numbered options, each wrapped over as many rows as it needs, the cursor's in inverse. */
export function optionRows(items: readonly OptionItem[], cursor: number, width: number, room: number): Row[] {
  const blocks: Row[][] = items.map((item, i) => {
    const isCursor = i === cursor;
    const lines = wrap(item.label, width - 3);
    const rows: Row[] = lines.map((line, j) =>
      cutRow(
        [
          seg(j === 0 && isCursor ? '▶' : ' ', { tone: 'accent', bold: true }),
          seg(j === 0 && i < 9 ? String(i + 1) : ' ', { tone: 'accent', bold: true }),
          seg(' '),
          seg(line, isCursor ? { inverse: true, bold: true } : { bold: true }),
        ],
        width,
      ),
    );
    if (item.note) for (const line of wrap(item.note, width - 3)) rows.push([seg(`   ${line}`, { dim: true })]);
    if (item.warning) for (const line of wrap(item.warning, width - 3)) rows.push([seg(`   ${line}`, { tone: 'bad', bold: true })]);
    return rows;
  });
  // Keep the cursor's block in view: drop whole blocks from the top, then from the bottom.
  let start = 0;
  const height = (from: number, to: number) => blocks.slice(from, to).reduce((n, b) => n + b.length, 0);
  while (start < cursor && height(start, cursor + 1) > room) start++;
  const rows = blocks.slice(start).flat();
  return rows.slice(0, room);
}
