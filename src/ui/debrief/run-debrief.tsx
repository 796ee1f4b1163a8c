// Shows a debrief in the terminal until the reader closes it; `silicon-curtain debrief FILE` calls this.
import { render, useApp } from 'ink';
import type { Debrief } from '../../classroom/debrief.js';
import { withAlternateScreen } from './alternate-screen.js';
import { DebriefScreen } from './DebriefScreen.js';

function App({ debrief }: { debrief: Debrief }) {
  const { exit } = useApp();
  return <DebriefScreen debrief={debrief} onClose={() => exit()} />;
}

/** `alternateScreen`: draw on the terminal's alternate screen (a real terminal, not CI). */
export async function showDebrief(debrief: Debrief, options: { alternateScreen: boolean }): Promise<void> {
  await withAlternateScreen(options.alternateScreen, async () => {
    await render(<App debrief={debrief} />).waitUntilExit();
  });
}
