// The debrief on screen, at the end of a game or from `silicon-curtain debrief FILE`: the
// timeline with history notes, the turning points, the questions, scrolled by key.
import { Box, Text, useInput, useStdin, useStdout } from 'ink';
import { useMemo, useState } from 'react';
import type { Debrief } from '../../classroom/debrief.js';
import { t } from '../../i18n/messages.js';
import { debriefLines } from './debrief-lines.js';
import type { LineStyle } from './debrief-lines.js';

/** Rows for the key help and a spare line: ink redraws the whole screen at full height. */
const RESERVED_ROWS = 2;
const FALLBACK_ROWS = 24;
const FALLBACK_COLUMNS = 80;

const STYLE: Record<LineStyle, { bold?: boolean; dimColor?: boolean; color?: string; underline?: boolean }> = {
  title: { bold: true, underline: true },
  heading: { bold: true, color: 'yellow' },
  subheading: { bold: true },
  text: {},
  note: { dimColor: true },
};

export interface DebriefScreenProps {
  debrief: Debrief;
  /** Called when the player closes the debrief (q, Esc or Enter). */
  onClose: () => void;
  /** Visible rows; defaults to the terminal's height. */
  rows?: number;
  /** False under NO_COLOR: headings keep their bold, lose their colour. */
  color?: boolean;
}

export function DebriefScreen({ debrief, onClose, rows, color = true }: DebriefScreenProps) {
  const { stdout } = useStdout();
  const { isRawModeSupported } = useStdin();
  const width = Math.max(40, (stdout.columns || FALLBACK_COLUMNS) - 1);
  const height = Math.max(5, (rows ?? (stdout.rows || FALLBACK_ROWS)) - RESERVED_ROWS);
  const lines = useMemo(() => debriefLines(debrief, width), [debrief, width]);
  const [top, setTop] = useState(0);
  const last = Math.max(0, lines.length - height);

  useInput(
    (input, key) => {
      if (input === 'q' || key.escape || key.return) onClose();
      else if (key.downArrow || input === 'j') setTop((v) => Math.min(last, v + 1));
      else if (key.upArrow || input === 'k') setTop((v) => Math.max(0, v - 1));
      else if (key.pageDown || input === ' ') setTop((v) => Math.min(last, v + height - 1));
      else if (key.pageUp) setTop((v) => Math.max(0, v - height + 1));
      else if (key.home) setTop(0);
      else if (key.end) setTop(last);
    },
    { isActive: isRawModeSupported === true },
  );

  const shown = lines.slice(top, top + height);
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={top + i} {...STYLE[line.style]} {...(color ? {} : { color: undefined })}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
      <Text dimColor>
        {t(debrief.lang, 'debrief.keys')} ({Math.min(lines.length, top + height)}/{lines.length})
      </Text>
    </Box>
  );
}
