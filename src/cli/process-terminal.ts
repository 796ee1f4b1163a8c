// The terminal of this process, for the screens: its streams, and its signals and exit so a
// screen can restore the terminal on every way out. Only src/cli touches the process; the
// screens get it from here (src/ui/mount.tsx Terminal).
import type { Terminal } from '../ui/mount.js';

export function processTerminal(): Terminal {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, events: process, patchConsole: true };
}

/** The same terminal in CI left to ink's own output: no alternate screen, which in CI (where
 * ink draws only its last frame) would take that frame away when it is left. */
export function processTerminalOutsideCI(env: Record<string, string | undefined>): Terminal {
  if (!env.CI) return processTerminal();
  return { stdin: process.stdin, stderr: process.stderr, events: process, patchConsole: true };
}
