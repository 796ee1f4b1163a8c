// Panels are built as rows of styled segments, cut to their width and height before ink sees
// them: the frame's size is then known exactly, and no layout pass can make it taller.
import { Box, Text } from 'ink';
import { memo } from 'react';
import { displayWidth, truncate } from '../terminal/text.js';
import { toneColor, useUi, type Tone } from '../ui-context.js';

export interface Seg {
  text: string;
  tone?: Tone | null;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

export type Row = Seg[];

export const seg = (text: string, style: Omit<Seg, 'text'> = {}): Seg => ({ text, ...style });

export function rowWidth(row: Row): number {
  return row.reduce((n, s) => n + displayWidth(s.text), 0);
}

/** Cut a row to `width` cells (the last segment that overflows ends with an ellipsis). */
export function cutRow(row: Row, width: number): Row {
  const out: Row = [];
  let used = 0;
  for (const s of row) {
    const w = displayWidth(s.text);
    if (used + w <= width) {
      out.push(s);
      used += w;
      continue;
    }
    const room = width - used;
    if (room > 0) out.push({ ...s, text: truncate(s.text, room) });
    break;
  }
  return out;
}

/** A row broken at spaces into rows of at most `width` cells, each word keeping its style (a
 * word longer than the width is cut). */
export function wrapRow(row: Row, width: number): Row[] {
  const rows: Row[] = [[]];
  let used = 0;
  for (const s of row) {
    for (const part of s.text.split(/(?<= )/)) {
      const w = displayWidth(part);
      const bare = displayWidth(part.trimEnd());
      if (used > 0 && used + bare > width) {
        rows.push([]);
        used = 0;
      }
      (rows[rows.length - 1] as Row).push({ ...s, text: part });
      used += w;
    }
  }
  // A line's last space is not drawn: without it, a word that ends exactly at the width fits.
  return rows.map((r) => {
    const last = r[r.length - 1];
    const trimmed = last ? [...r.slice(0, -1), { ...last, text: last.text.trimEnd() }] : r;
    return mergeRow(cutRow(trimmed, width));
  });
}

/** A row padded with spaces to exactly `width` cells, keeping the style of an inverse row. */
export function padRow(row: Row, width: number, style: Omit<Seg, 'text'> = {}): Row {
  const cut = cutRow(row, width);
  const rest = width - rowWidth(cut);
  return rest > 0 ? [...cut, { text: ' '.repeat(rest), ...style }] : cut;
}

function sameStyle(a: Seg, b: Seg): boolean {
  return (a.tone ?? null) === (b.tone ?? null) && !!a.bold === !!b.bold && !!a.dim === !!b.dim && !!a.inverse === !!b.inverse;
}

/** Neighbouring segments of one style as one: ink's cost grows with every styled piece it draws. */
export function mergeRow(row: Row): Row {
  const out: Row = [];
  for (const s of row) {
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

function SegText({ s, color }: { s: Seg; color: boolean }) {
  const c = toneColor(s.tone, color);
  return (
    <Text {...(c ? { color: c } : {})} bold={s.bold ?? false} dimColor={s.dim ?? false} inverse={s.inverse ?? false}>
      {/[\r\n]/.test(s.text) ? s.text.replace(/\r?\n|\r/g, ' ') : s.text}
    </Text>
  );
}

/** Exactly `height` lines of at most `width` cells: missing rows are blank, extra rows are dropped.
 * Every row is one line (a newline in a segment is drawn as a space) cut to the width, so the box
 * needs no overflow="hidden": ink clips such a box by slicing every line of it again, which was
 * a quarter of the main menu's first frame. */
export const Rows = memo(function Rows({ rows, width, height }: { rows: Row[]; width: number; height: number }) {
  const { color } = useUi();
  const shown = rows.slice(0, height);
  while (shown.length < height) shown.push([]);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((row, i) => (
        <Text key={i} wrap="truncate-end">
          {row.length === 0 ? ' ' : mergeRow(cutRow(row, width)).map((s, j) => <SegText key={j} s={s} color={color} />)}
        </Text>
      ))}
    </Box>
  );
});
