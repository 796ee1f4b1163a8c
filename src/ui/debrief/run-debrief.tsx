// `silicon-curtain debrief FILE` on screen: the debrief drawn by the game's own debrief screen
// (screens/debrief-screen.tsx), in the game's screen session and frame, read through the one
// keymap. The same keys close it as from the end screen.
import { useCallback, useMemo, useState } from 'react';
import type { Debrief } from '../../classroom/debrief.js';
import type { CommandEvent } from '../keymap.js';
import { mountApp, openSession, type Terminal } from '../mount.js';
import { debriefRoom, debriefRows, debriefScrollLimit, GameDebriefScreen } from '../screens/debrief-screen.js';
import { useTerminalSize } from '../terminal/use-terminal-size.js';
import { useCommands } from '../use-commands.js';
import { useUi } from '../ui-context.js';

const CLOSE: ReadonlySet<CommandEvent['command']> = new Set(['back', 'quit', 'confirm', 'debrief', 'interrupt']);

/** Where a scroll command takes the top row, or undefined for a key that does not scroll. */
function scrolled(command: CommandEvent['command'], top: number, room: number, limit: number): number | undefined {
  const to: Partial<Record<CommandEvent['command'], number>> = { up: top - 1, down: top + 1, pageUp: top - room, pageDown: top + room, home: 0, end: limit };
  const next = to[command];
  return next === undefined ? undefined : Math.max(0, Math.min(limit, next));
}

export function DebriefApp({ debrief, onClose }: { debrief: Debrief; onClose: () => void }) {
  const { t } = useUi();
  const size = useTerminalSize();
  const frame = { columns: size.columns, rows: size.rows };
  const rows = useMemo(() => debriefRows(debrief, size.columns), [debrief, size.columns]);
  const room = debriefRoom(frame);
  const limit = debriefScrollLimit(rows, frame);
  const [top, setTop] = useState(0);
  useCommands(
    useCallback(
      (e: CommandEvent) => {
        if (CLOSE.has(e.command)) onClose();
        else setTop((v) => scrolled(e.command, Math.min(v, limit), room, limit) ?? v);
      },
      [onClose, room, limit],
    ),
  );
  return <GameDebriefScreen t={t} debrief={debrief} rows={rows} top={top} frame={frame} />;
}

/** Shows a debrief until the reader closes it. `terminal`: the CLI's (cli/process-terminal.ts). */
export async function showDebrief(debrief: Debrief, options: { terminal: Terminal; color: boolean }): Promise<void> {
  const { terminal } = options;
  const session = openSession(terminal);
  try {
    await mountApp<void>((finish) => <DebriefApp debrief={debrief} onClose={() => finish()} />, {
      lang: debrief.lang,
      color: options.color,
      terminal,
      session,
    });
  } finally {
    session.leave();
  }
}
