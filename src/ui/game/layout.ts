// The game screen's grid for a terminal size. The frame is kept one row below the terminal's
// height (ink 6 clears and redraws the whole screen on every update otherwise). 80×24 is the
// smallest size that plays; larger terminals get longer names, more log and more card text.
import { BOARD_ROWS } from './board-layout.js';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

export interface GameLayout {
  columns: number;
  /** Rows the frame may use: the terminal's rows − 1. */
  frameRows: number;
  trackRows: number;
  /** One region column of the board. */
  columnWidth: number;
  boardWidth: number;
  /** The hand (top) and log (bottom) column, right of the board. */
  sideWidth: number;
  /** Rows of the top band: the board, and the hand beside it. */
  topRows: number;
  /** Rows of the bottom band: card detail under the board, the log beside it. */
  bottomRows: number;
  statusRows: number;
  /** A legend line under the board and a line per track. */
  tall: boolean;
}

export function fitsScreen(columns: number, rows: number): boolean {
  return columns >= MIN_COLUMNS && rows >= MIN_ROWS;
}

export function gameLayout(columns: number, rows: number): GameLayout {
  const frameRows = rows - 1;
  const tall = rows >= 30;
  const trackRows = tall ? 4 : 2;
  const topRows = BOARD_ROWS + (tall ? 1 : 0);
  const statusRows = 2;
  const bottomRows = frameRows - 1 - trackRows - topRows - statusRows;
  const columnWidth = columns >= 120 ? Math.min(40, Math.floor((columns * 0.6 - 1) / 2)) : 25;
  const boardWidth = columnWidth * 2 + 1;
  return {
    columns,
    frameRows,
    trackRows,
    columnWidth,
    boardWidth,
    sideWidth: columns - boardWidth - 1,
    topRows,
    bottomRows,
    statusRows,
    tall,
  };
}
