// Shows a debrief in the terminal until the reader closes it; `silicon-curtain debrief FILE` calls this.
import { render, useApp } from 'ink';
import type { Debrief } from '../../classroom/debrief.js';
import { withAlternateScreen, type AlternateScreen } from './alternate-screen.js';
import { DebriefScreen } from './DebriefScreen.js';

function App({ debrief, color }: { debrief: Debrief; color: boolean }) {
  const { exit } = useApp();
  return <DebriefScreen debrief={debrief} color={color} onClose={() => exit()} />;
}

/** `alternateScreen`: the terminal's alternate screen to draw on (a real terminal, not CI), or null.
 * `color`: false under NO_COLOR. */
export async function showDebrief(debrief: Debrief, options: { alternateScreen: AlternateScreen; color?: boolean }): Promise<void> {
  await withAlternateScreen(options.alternateScreen, async () => {
    await render(<App debrief={debrief} color={options.color ?? true} />).waitUntilExit();
  });
}
