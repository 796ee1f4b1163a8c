// Starting the interactive game: runPlay opens the play screen for one game and resolves with
// how it ended. The command line (src/cli/commands/play.ts) and the main menu call it; the
// saves' code resumes a game by passing its actions and autosaves through onChange.
import { render } from 'ink';
import type { ReactElement } from 'react';
import type { Action, GameSetup, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { botRunner, type ChooseBotAction } from './game/bots.js';
import { initialPlayState, type SetupDraft } from './game/play-state.js';
import { swapSeats, type Seats } from './game/seats.js';
import { PlayApp, type PlayResult } from './play-app.js';
import { enterScreen, type ScreenSession } from './terminal/session.js';
import { FixedTerminalSize, type TerminalSize } from './terminal/use-terminal-size.js';
import { UiProvider } from './ui-context.js';

export type { PlayResult } from './play-app.js';
export type { Seats } from './game/seats.js';
export type { SetupDraft } from './game/play-state.js';

/** Streams and a fixed size, for tests and the benchmark; the process's own by default. */
export interface Terminal {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  size?: TerminalSize;
}

export interface RunPlayOptions {
  /** A setup; a persona left out is asked on screen (a bot's is taken from the seed). */
  setup: GameSetup | SetupDraft;
  /** Actions already played: a saved game resumes where it stopped. */
  actions?: Action[];
  seats: Seats;
  lang: Lang;
  /** False for NO_COLOR (the command line reads the environment). */
  color?: boolean;
  /** Called after every applied or undone action: the autosave hook. */
  onChange?: (actions: Action[], state: GameState) => void;
  /** How long a bot's move stays on "thinking" at least; 0 in tests. */
  thinkMs?: number;
  /** Where bots run (default: the AI worker thread); tests give their own. */
  chooseBotAction?: ChooseBotAction;
  /** The thinking budget of a searching bot (`hard`) a move, in ms (the bot's own default when absent). */
  botThinkMs?: number;
  /** Started from the main menu: "quit" at the end returns to it. */
  fromMenu?: boolean;
  terminal?: Terminal;
}

export const DEFAULT_THINK_MS = 700;

interface MountOptions {
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
      patchConsole: terminal.stdout === undefined,
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
  return enterScreen(terminal.stdout ?? process.stdout, { alternate: true });
}

/** Play one game on the terminal; resolves when the players leave or pick what comes next. */
export async function runPlay(options: RunPlayOptions): Promise<PlayResult> {
  const terminal = options.terminal ?? {};
  // Built before the screen opens: a bad setup or a save that does not replay fails here, in words.
  const initial = initialPlayState(options.setup, options.seats, options.actions ?? []);
  const chooseBotAction = options.chooseBotAction ?? botRunner(options.botThinkMs !== undefined ? { thinkMs: options.botThinkMs } : {});
  // What was played so far, for the result when a signal ends the game before it can say so.
  let played: Action[] = initial.model?.actions ?? [];
  const onChange = (actions: Action[], state: GameState) => {
    played = actions;
    options.onChange?.(actions, state);
  };
  const session = openSession(terminal);
  try {
    const result = await mountApp<PlayResult>(
      (finish) => (
        <PlayApp
          initial={initial}
          chooseBotAction={chooseBotAction}
          thinkMs={options.thinkMs ?? DEFAULT_THINK_MS}
          onChange={onChange}
          onExit={finish}
          fromMenu={options.fromMenu ?? false}
        />
      ),
      { lang: options.lang, color: options.color ?? true, terminal, session },
    );
    return result ?? { outcome: null, actions: played, setup: initial.model?.setup ?? null };
  } finally {
    session.leave();
  }
}

/** The next game of a rematch: each player takes the other side, the next seed deals anew. */
export function rematchOf(setup: GameSetup, seats: Seats): { setup: GameSetup; seats: Seats } {
  return { setup: { ...setup, seed: setup.seed + 1 }, seats: swapSeats(seats) };
}
