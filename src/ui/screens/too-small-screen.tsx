// "Please enlarge the terminal": what every screen shows below 80x24 instead of a broken layout.
// Its own module, so the main menu can show it without loading the game's screens.
import { Box } from 'ink';
import { Rows, seg } from '../components/rows.js';
import { MIN_COLUMNS, MIN_ROWS } from '../game/layout.js';
import { wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';

export function TooSmallScreen({ t, columns, rows }: { t: Translate; columns: number; rows: number }) {
  const width = Math.max(10, columns - 1);
  const lines = [t('small.title'), ...wrap(t('small.body', { minColumns: MIN_COLUMNS, minRows: MIN_ROWS, columns, rows }), width)];
  return (
    <Box flexDirection="column">
      {lines.slice(0, Math.max(1, rows - 1)).map((line, i) => (
        <Rows key={i} rows={[[seg(line, i === 0 ? { bold: true, tone: 'bad' } : {})]]} width={width} height={1} />
      ))}
    </Box>
  );
}
