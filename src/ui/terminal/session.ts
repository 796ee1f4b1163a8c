// The alternate screen: entered when the output is a terminal, left on every way out — a normal
// end, Ctrl-C, a signal, or a crash (the process 'exit' event) — so the player's terminal and
// scrollback come back as they were. Nested users (a game started from the menu) share one.

const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?25h\x1b[?1049l';
/** Clear and go home: each ink instance starts drawing on an empty screen. */
const CLEAR = '\x1b[2J\x1b[H';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ScreenSession {
  /** True once a signal asked the program to stop: callers end their loops. */
  readonly interrupted: boolean;
  /** Wipe the screen before a new ink instance draws on it. */
  clear(): void;
  /** While the returned function is not called, a signal runs `stop` (unmount the ink instance). */
  onSignal(stop: () => void): () => void;
  /** Leave the alternate screen (only the outermost session does). */
  leave(): void;
}

let depth = 0;
let restore: (() => void) | null = null;

export function enterScreen(stdout: Output, options: { alternate: boolean }): ScreenSession {
  const active = options.alternate && stdout.isTTY === true;
  if (active && depth++ === 0) {
    let restored = false;
    restore = () => {
      if (restored) return;
      restored = true;
      stdout.write(LEAVE);
    };
    process.once('exit', restore);
    stdout.write(ENTER + CLEAR);
  }
  let interrupted = false;
  let left = false;
  return {
    get interrupted() {
      return interrupted;
    },
    clear() {
      if (active) stdout.write(CLEAR);
    },
    onSignal(stop) {
      // The ink instance is unmounted first; the screen is left by the caller's `finally`,
      // after ink's last write, so nothing is drawn over the restored terminal.
      const handler = () => {
        interrupted = true;
        stop();
      };
      for (const signal of SIGNALS) process.on(signal, handler);
      return () => {
        for (const signal of SIGNALS) process.off(signal, handler);
      };
    },
    leave() {
      if (left) return;
      left = true;
      if (!active || --depth > 0) return;
      const done = restore;
      restore = null;
      if (done) {
        process.off('exit', done);
        done();
      }
    },
  };
}
