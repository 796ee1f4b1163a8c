// Where each space sits on the screen (two columns of two regions, both 11 rows tall), and
// how the cursor moves between legal targets only: up/down in reading order, left/right to
// the nearest target in the other column.
import type { RegionId, SpaceId } from '../../decks/types.js';
import { SPACES_BY_REGION } from '../../engine/board.js';

export const BOARD_COLUMNS: readonly (readonly RegionId[])[] = [
  ['chinaMarket', 'supplyChain'],
  ['developers', 'globalSouth'],
];

/** Rows a column takes: a header line per region plus its spaces. */
export const BOARD_ROWS = Math.max(
  ...BOARD_COLUMNS.map((regions) => regions.reduce((n, region) => n + 1 + SPACES_BY_REGION[region].length, 0)),
);

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

/** The target the cursor moves to from `from` (which may no longer be a target). */
export function moveCursor(targets: readonly SpaceId[], from: SpaceId | null, direction: Direction): SpaceId | null {
  const ordered = inScreenOrder(targets);
  if (ordered.length === 0) return null;
  const at = from === null ? -1 : ordered.indexOf(from);
  if (at < 0) return ordered[0] ?? null;
  if (direction === 'down') return ordered[(at + 1) % ordered.length] ?? null;
  if (direction === 'up') return ordered[(at - 1 + ordered.length) % ordered.length] ?? null;
  const here = SPACE_POSITION[ordered[at] as SpaceId] as SpacePosition;
  const column = here.column + (direction === 'right' ? 1 : -1);
  const across = ordered.filter((sp) => SPACE_POSITION[sp]?.column === column);
  if (across.length === 0) return ordered[at] ?? null;
  across.sort((a, b) => Math.abs((SPACE_POSITION[a]?.row ?? 0) - here.row) - Math.abs((SPACE_POSITION[b]?.row ?? 0) - here.row));
  return across[0] ?? null;
}
