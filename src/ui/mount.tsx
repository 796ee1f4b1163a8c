// Drawing one ink app in the game's screen session until it finishes: shared by the main menu,
// the game and the replay. Kept apart from runPlay so the menu's first frame does not load the
// game screen, the rules engine and the bots.
import { render } from 'ink';
import type { ReactElement } from 'react';
import type { Lang } from '../i18n/lang.js';
import { enterScreen, type ProgramEvents, type ScreenSession } from './terminal/session.js';
import { FixedTerminalSize, type TerminalSize } from './terminal/use-terminal-size.js';
import { UiProvider } from './ui-context.js';

/**
 * The terminal a screen draws on: src/cli gives the process's streams and events
 * (cli/process-terminal.ts); tests and the benchmark give their own streams and a fixed size.
 * Without streams ink uses its defaults, and no alternate screen is entered.
 */
export interface Terminal {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  size?: TerminalSize;
  /** Signals and exit of the program, so the screen is restored on every way out. */
  events?: ProgramEvents;
  /** Route stray console output around the screen (the CLI's own streams); default: no streams given. */
  patchConsole?: boolean;
}

export interface MountOptions {
  lang: Lang;
  color: boolean;
  terminal: Terminal;
  session: ScreenSession;
}

/** Render one ink app until it calls `finish`; null when a signal stopped it first. */
export async function mountApp<T>(app: (finish: (value: T) => void) => ReactElement, options: MountOptions): Promise<T | null> {
  const { terminal, session } = options;
  let result: T | null = null;
  let finished = false;
  session.clear();
  const instance = render(
    <UiProvider lang={options.lang} color={options.color}>
      <FixedTerminalSize size={terminal.size}>
        {app((value) => {
          if (finished) return;
          finished = true;
          result = value;
          // Unmount after React has finished the update that called us.
          setImmediate(() => instance.unmount());
        })}
      </FixedTerminalSize>
    </UiProvider>,
    {
      exitOnCtrlC: false,
      // Stray console output would tear the screen; given streams (tests, benchmark) are left alone.
      patchConsole: terminal.patchConsole ?? terminal.stdout === undefined,
      ...(terminal.stdin ? { stdin: terminal.stdin } : {}),
      ...(terminal.stdout ? { stdout: terminal.stdout } : {}),
      ...(terminal.stderr ? { stderr: terminal.stderr } : {}),
    },
  );
  const stopWatching = session.onSignal(() => instance.unmount());
  try {
    await instance.waitUntilExit();
  } finally {
    stopWatching();
  }
  return result;
}

export function openSession(terminal: Terminal): ScreenSession {
  if (!terminal.stdout) return enterScreen({ write: () => true }, { alternate: false });
  return enterScreen(terminal.stdout, { alternate: true, ...(terminal.events ? { events: terminal.events } : {}) });
}
