// The title in block letters, three rows tall: SILICON in the US colour, CURTAIN in China's.
import { seg, type Row } from '../components/rows.js';

const FONT: Record<string, [string, string, string]> = {
  S: ['▄▀▀', ' ▀▄', '▄▄▀'],
  I: ['█', '█', '▀'],
  L: ['█  ', '█  ', '▀▀▀'],
  C: ['▄▀▀', '█  ', ' ▀▀'],
  O: ['▄▀▄', '█ █', ' ▀ '],
  N: ['█▄ █', '█ ▀█', '▀  ▀'],
  U: ['█ █', '█ █', ' ▀ '],
  R: ['█▀▄', '█▀▄', '▀ ▀'],
  T: ['▀█▀', ' █ ', ' ▀ '],
  A: ['▄▀▄', '█▀█', '▀ ▀'],
};

function word(text: string, line: number): string {
  return [...text].map((ch) => FONT[ch]?.[line] ?? ' ').join(' ');
}

/** Three rows, or none when the screen is narrower than the drawing (the name is also written
 * in plain text under it, for screen readers and for narrow screens). */
export function bannerRows(width: number): Row[] {
  const rows: Row[] = [0, 1, 2].map((line) => [
    seg(word('SILICON', line), { tone: 'us', bold: true }),
    seg('   '),
    seg(word('CURTAIN', line), { tone: 'china', bold: true }),
  ]);
  const drawn = word('SILICON', 0).length + 3 + word('CURTAIN', 0).length;
  return drawn <= width ? rows : [];
}
