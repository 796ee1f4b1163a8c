// Where each space sits on the screen (two columns of two regions, both 11 rows tall), and
// how the cursor moves between legal targets only, by where they are drawn: up/down to the
// nearest target above/below in the same column (wrapping round the column), left/right to
// the target of the other column on the nearest row. The grid is the same at every terminal
// size (gameLayout only widens the columns and adds a legend line under them).
import type { RegionId, SpaceId } from '../../decks/types.js';
import { SPACES_BY_REGION } from '../../engine/board.js';

export const BOARD_COLUMNS: readonly (readonly RegionId[])[] = [
  ['chinaMarket', 'supplyChain'],
  ['developers', 'globalSouth'],
];

/** Rows a column takes: a header line per region plus its spaces. */
export const BOARD_ROWS = Math.max(...BOARD_COLUMNS.map((regions) => regions.reduce((n, region) => n + 1 + SPACES_BY_REGION[region].length, 0)));

export interface SpacePosition {
  column: number;
  row: number;
}

export const SPACE_POSITION: Readonly<Record<SpaceId, SpacePosition>> = (() => {
  const positions: Record<SpaceId, SpacePosition> = {};
  BOARD_COLUMNS.forEach((regions, column) => {
    let row = 0;
    for (const region of regions) {
      row++; // the region's header
      for (const sp of SPACES_BY_REGION[region]) positions[sp.id] = { column, row: row++ };
    }
  });
  return positions;
})();

function screenOrder(a: SpaceId, b: SpaceId): number {
  const pa = SPACE_POSITION[a];
  const pb = SPACE_POSITION[b];
  if (!pa || !pb) return 0;
  return pa.column - pb.column || pa.row - pb.row;
}

/** Targets in the order the cursor visits them with up/down. */
export function inScreenOrder(spaces: readonly SpaceId[]): SpaceId[] {
  return [...spaces].sort(screenOrder);
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** How many rows one column to the side counts as, when looking for the nearest space. */
const COLUMN_STEP = 4;

function position(space: SpaceId): SpacePosition {
  return SPACE_POSITION[space] ?? { column: 0, row: 0 };
}

/**
 * The target nearest to `from` on screen: `from` itself when it is still a target, else the
 * closest by rows (a column to the side counts as COLUMN_STEP rows), the one below first on a
 * tie, as when a line of a list goes and the next one takes its place.
 */
export function nearestTarget(targets: readonly SpaceId[], from: SpaceId | null): SpaceId | null {
  const ordered = inScreenOrder(targets);
  if (from === null || SPACE_POSITION[from] === undefined) return ordered[0] ?? null;
  if (ordered.includes(from)) return from;
  const here = position(from);
  const distance = (sp: SpaceId): number => {
    const p = position(sp);
    return Math.abs(p.row - here.row) + COLUMN_STEP * Math.abs(p.column - here.column);
  };
  const below = (sp: SpaceId): number => (position(sp).row > here.row ? 0 : 1);
  return [...ordered].sort((a, b) => distance(a) - distance(b) || below(a) - below(b))[0] ?? null;
}

/** Up/down within `column` from `row`: the nearest target past it, or round the column's far end. */
function alongColumn(targets: readonly SpaceId[], column: number, row: number, direction: 'up' | 'down', skip: SpaceId): SpaceId | null {
  const rows = targets.filter((sp) => sp !== skip && position(sp).column === column).sort((a, b) => position(a).row - position(b).row);
  if (rows.length === 0) return null;
  if (direction === 'down') return rows.find((sp) => position(sp).row > row) ?? rows[0] ?? null;
  return [...rows].reverse().find((sp) => position(sp).row < row) ?? rows[rows.length - 1] ?? null;
}

/**
 * The target the cursor moves to from `from`. Up/down stay in the column, wrapping round it;
 * when `from` is the column's only target they carry on in the other column from the same row
 * (so the arrows never do nothing while another target is on the board). Left/right go to the
 * next column that has a target, on the nearest row (the upper one on a tie), and do nothing
 * at the board's edge. A `from` that is no longer a target moves to the nearest one instead.
 */
export function moveCursor(targets: readonly SpaceId[], from: SpaceId | null, direction: Direction): SpaceId | null {
  if (targets.length === 0) return null;
  if (from === null || !targets.includes(from)) return nearestTarget(targets, from);
  const here = position(from);
  const columns = BOARD_COLUMNS.map((_, i) => i);
  if (direction === 'up' || direction === 'down') {
    const byNearness = [...columns].sort((a, b) => Math.abs(a - here.column) - Math.abs(b - here.column) || a - b);
    for (const column of byNearness) {
      const next = alongColumn(targets, column, here.row, direction, from);
      if (next !== null) return next;
    }
    return from;
  }
  const step = direction === 'right' ? 1 : -1;
  for (let column = here.column + step; column >= 0 && column < BOARD_COLUMNS.length; column += step) {
    const across = inScreenOrder(targets.filter((sp) => position(sp).column === column));
    const best = [...across].sort((a, b) => Math.abs(position(a).row - here.row) - Math.abs(position(b).row - here.row))[0];
    if (best !== undefined) return best;
  }
  return from;
}
