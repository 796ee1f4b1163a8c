// The debrief on screen, the one drawing of it: opened from the end screen for the game just
// played, and by `silicon-curtain debrief FILE` (debrief/run-debrief.tsx). Drawn in the game's
// own frame (its colours or NO_COLOR, its keymap), scrolled from the top.
import type { Debrief } from '../../classroom/debrief.js';
import { debriefLines, type LineStyle } from '../debrief/debrief-lines.js';
import { hint, hintRow } from '../components/hints.js';
import { Rows, seg, type Row, type Seg } from '../components/rows.js';
import type { Translate } from '../ui-context.js';

interface Frame {
  columns: number;
  rows: number;
}

/** Long lines are hard to follow on a wide terminal: the text stops at this width. */
const READING_WIDTH = 100;

const STYLE: Record<LineStyle, Omit<Seg, 'text'>> = {
  title: { bold: true },
  heading: { bold: true, tone: 'accent' },
  subheading: { bold: true },
  text: {},
  note: { dim: true },
};

/** The debrief as rows of the frame's width; its heading is the frame's title, not a row. */
export function debriefRows(debrief: Debrief, columns: number): Row[] {
  const width = Math.min(READING_WIDTH, columns - 3);
  const [, ...lines] = debriefLines(debrief, width);
  // The result line is what the class looks at first: it stands out like the end screen's.
  const resultEnd = lines.findIndex((l) => l.style !== 'text');
  return lines.map((line, i): Row =>
    line.text === '' ? [] : [seg(` ${line.text}`, i < resultEnd ? { bold: true, tone: debrief.winner } : STYLE[line.style])],
  );
}

/** Rows of text the frame shows at once: the title above, a blank row and the keys below. */
export const debriefRoom = (frame: Frame) => Math.max(1, frame.rows - 4);

/** How far down the debrief scrolls at this size. */
export function debriefScrollLimit(rows: readonly Row[], frame: Frame): number {
  return Math.max(0, rows.length - debriefRoom(frame));
}

export function GameDebriefScreen({ t, debrief, rows, top, frame }: { t: Translate; debrief: Debrief; rows: readonly Row[]; top: number; frame: Frame }) {
  const room = debriefRoom(frame);
  const from = Math.min(top, debriefScrollLimit(rows, frame));
  const shown = rows.slice(from, from + room);
  const position = t('log.position', { from: from + 1, to: from + shown.length, total: rows.length });
  while (shown.length < room) shown.push([]);
  const scrolls = rows.length > room;
  const keys = hintRow(t, [
    ...(scrolls ? [hint('hint.scroll', 'up', 'down'), hint('hint.scroll', 'pageUp', 'pageDown')] : []),
    hint('hint.back', 'back', 'quit'),
  ]);
  const frameRows: Row[] = [
    [seg(` ${debrief.heading} `, { bold: true, inverse: true, tone: 'accent' }), ...(scrolls ? [seg(`  ${position}`, { dim: true })] : [])],
    ...shown,
    [],
    keys,
  ];
  return <Rows rows={frameRows} width={frame.columns - 1} height={frame.rows - 1} />;
}
