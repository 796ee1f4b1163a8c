// The board's two columns of regions and its legend, placed on the game's grid: the game screen
// and the replay draw the same board in the same place.
import { Box } from 'ink';
import type { GameLayout } from '../game/layout.js';
import { BOARD_ROWS } from '../game/board-layout.js';
import type { boardRows } from './board.js';
import { Rows } from './rows.js';

export function BoardPanel({ board, layout: L }: { board: ReturnType<typeof boardRows>; layout: GameLayout }) {
  return (
    <Box flexDirection="column" width={L.boardWidth}>
      <Box flexDirection="row">
        <Rows rows={board.columns[0]} width={L.columnWidth} height={BOARD_ROWS} />
        <Box width={1} />
        <Rows rows={board.columns[1]} width={L.columnWidth} height={BOARD_ROWS} />
      </Box>
      {board.legend ? <Rows rows={[board.legend]} width={L.boardWidth} height={L.topRows - BOARD_ROWS} /> : null}
    </Box>
  );
}
