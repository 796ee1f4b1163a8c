// Runs the replay screen in the terminal until the player quits. Loaded lazily by the
// `replay` command, so commands that print do not pay for Ink.
import { render } from 'ink';
import type { ReplayScreenProps } from './ReplayScreen.js';
import { ReplayScreen } from './ReplayScreen.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

export async function runReplay(props: ReplayScreenProps): Promise<void> {
  // The alternate screen keeps the shell's scrollback clean, as full-screen terminal programs do.
  const fullScreen = process.stdout.isTTY === true;
  if (fullScreen) process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const instance = render(<ReplayScreen {...props} />);
    await instance.waitUntilExit();
  } finally {
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}
