// The alternate screen: entered when the output is a terminal, left on every way out — a normal
// end, Ctrl-C, a signal, or a crash (the program's 'exit' event) — so the player's terminal and
// scrollback come back as they were. Nested users (a game started from the menu) share one.
// The signals and the exit come from `ProgramEvents`: src/cli hands in the process (only the
// CLI touches it); without them (tests with their own streams) no signal is watched.

const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?25h\x1b[?1049l';
/** Clear and go home: each ink instance starts drawing on an empty screen. */
const CLEAR = '\x1b[2J\x1b[H';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

/** What a screen session needs of the running program: the signals that stop it, and its exit. */
export interface ProgramEvents {
  on(event: Signal, listener: () => void): unknown;
  off(event: Signal | 'exit', listener: () => void): unknown;
  once(event: 'exit', listener: () => void): unknown;
}

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

export function enterScreen(stdout: Output, options: { alternate: boolean; events?: ProgramEvents }): ScreenSession {
  const events = options.events;
  const active = options.alternate && stdout.isTTY === true;
  if (active && depth++ === 0) {
    let restored = false;
    restore = () => {
      if (restored) return;
      restored = true;
      stdout.write(LEAVE);
    };
    events?.once('exit', restore);
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
      for (const signal of SIGNALS) events?.on(signal, handler);
      return () => {
        for (const signal of SIGNALS) events?.off(signal, handler);
      };
    },
    leave() {
      if (left) return;
      left = true;
      if (!active || --depth > 0) return;
      const done = restore;
      restore = null;
      if (done) {
        events?.off('exit', done);
        done();
      }
    },
  };
}
