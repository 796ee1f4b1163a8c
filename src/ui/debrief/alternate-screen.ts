// Full-screen views (the tutorial, the debrief) draw on the terminal's alternate screen, so
// the player's scrollback is left as it was. Ink 6 has no option for it: the escape codes are
// written by hand. The CLI decides (`use`): only on a real terminal, never in CI, where ink
// draws only its last frame.
const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?1049l';

export async function withAlternateScreen<T>(use: boolean, run: () => Promise<T>): Promise<T> {
  if (use) process.stdout.write(ENTER);
  try {
    return await run();
  } finally {
    if (use) process.stdout.write(LEAVE);
  }
}
