// Shows a debrief in the terminal until the reader closes it; `silicon-curtain debrief FILE` calls this.
import { render, useApp } from 'ink';
import type { Debrief } from '../../classroom/debrief.js';
import { withAlternateScreen } from './alternate-screen.js';
import { DebriefScreen } from './DebriefScreen.js';

function App({ debrief, color }: { debrief: Debrief; color: boolean }) {
  const { exit } = useApp();
  return <DebriefScreen debrief={debrief} color={color} onClose={() => exit()} />;
}

/** `alternateScreen`: draw on the terminal's alternate screen (a real terminal, not CI).
 * `color`: false under NO_COLOR. */
export async function showDebrief(debrief: Debrief, options: { alternateScreen: boolean; color?: boolean }): Promise<void> {
  await withAlternateScreen(options.alternateScreen, async () => {
    await render(<App debrief={debrief} color={options.color ?? true} />).waitUntilExit();
  });
}
