// The terminal of this process, for the screens: its streams, and its signals and exit so a
// screen can restore the terminal on every way out. Only src/cli touches the process; the
// screens get it from here (src/ui/mount.tsx Terminal).
import type { Terminal } from '../ui/mount.js';
import type { AlternateScreen } from '../ui/debrief/alternate-screen.js';

export function processTerminal(): Terminal {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, events: process, patchConsole: true };
}

/** Where the debrief draws its alternate screen: stdout, except in CI. */
export function alternateScreen(env: Record<string, string | undefined>): AlternateScreen {
  return env.CI ? null : process.stdout;
}
