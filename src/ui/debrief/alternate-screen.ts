// Full-screen views (the debrief) draw on the terminal's alternate screen, so
// the player's scrollback is left as it was. Ink 6 has no option for it: the escape codes are
// written by hand. The CLI decides (`screen`, the process's stdout or null): only on a real
// terminal, never in CI, where ink draws only its last frame.
const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?1049l';

/** Where the alternate screen is drawn, or null for none. */
export type AlternateScreen = { write(text: string): unknown } | null;

export async function withAlternateScreen<T>(screen: AlternateScreen, run: () => Promise<T>): Promise<T> {
  screen?.write(ENTER);
  try {
    return await run();
  } finally {
    screen?.write(LEAVE);
  }
}
