// The log as rows: each line starts with the letter of the side it is about, wraps under
// itself, and carries a bot's reason; rounds are separated by a header.
import type { LogLine } from '../../i18n/log-words.js';
import { wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';
import { seg, type Row } from './rows.js';

function lineRows(t: Translate, line: LogLine, width: number): Row[] {
  const text = line.note ? `${line.text} — ${line.note}` : line.text;
  const wrapped = wrap(text, width - 2);
  return wrapped.map((part, i): Row => {
    const head = i === 0 && line.side ? seg(t(`side.letter.${line.side}`), { tone: line.side, bold: true, inverse: true }) : seg(' ');
    return [head, seg(' '), seg(part)];
  });
}

function roundHeader(t: Translate, round: number, width: number): Row {
  const label = ` ${t('log.roundHeader', { round })} `;
  const side = Math.max(0, Math.floor((width - label.length) / 2));
  return [seg(`${'─'.repeat(side)}${label}${'─'.repeat(Math.max(0, width - side - label.length))}`, { dim: true })];
}

/** Every log line as rows, oldest first, with a header at each new round. */
export function allLogRows(t: Translate, lines: readonly LogLine[], width: number): Row[] {
  const rows: Row[] = [];
  let round = -1;
  for (const line of lines) {
    if (line.round !== round) {
      round = line.round;
      rows.push(roundHeader(t, round, width));
    }
    rows.push(...lineRows(t, line, width));
  }
  return rows;
}

/** The newest rows that fit in `height`, oldest at the top. */
export function recentLogRows(t: Translate, lines: readonly LogLine[], width: number, height: number): Row[] {
  if (lines.length === 0) return [[seg(t('log.empty'), { dim: true })]];
  const rows: Row[] = [];
  for (let i = lines.length - 1; i >= 0 && rows.length < height; i--) {
    const line = lines[i] as LogLine;
    rows.unshift(...lineRows(t, line, width));
  }
  return rows.slice(Math.max(0, rows.length - height));
}
