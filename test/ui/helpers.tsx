// Rendering the play screen and the menu in ink-testing-library, pressing keys as a player
// would, and reading frames as plain text. Frames are read before unmounting: under CI=true ink
// replaces the last frame with a newline on unmount.
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import type { Action, GameSetup, GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { botRunner, type ChooseBotAction } from '../../src/ui/game/bots.js';
import { initialPlayState, type SetupDraft } from '../../src/ui/game/play-state.js';
import type { Seats } from '../../src/ui/game/seats.js';
import { PlayApp, type PlayResult } from '../../src/ui/play-app.js';
import { FixedTerminalSize, type TerminalSize } from '../../src/ui/terminal/use-terminal-size.js';
import { UiProvider } from '../../src/ui/ui-context.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  esc: '\u001B',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  tab: '\t',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(ANSI, '');
}

/** Let React and ink run: effects attach, state updates render, a lone Esc is flushed. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export interface Screen {
  frame(): string;
  /** The last frame with its escape codes (colours, bold, inverse). */
  raw(): string;
  press(...keys: string[]): Promise<void>;
  waitFor(test: string | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
  unmount(): void;
  /** Resize the test terminal as a window resize would. */
  resize(columns: number, rows: number): void;
}

/** `size: null` follows the test stdout (100 columns, rows as the test sets them) and its resizes. */
export function mount(element: ReactElement, options: { lang?: Lang; color?: boolean; size?: TerminalSize | null } = {}): Screen {
  const r = render(
    <UiProvider lang={options.lang ?? 'en'} color={options.color ?? true}>
      <FixedTerminalSize size={options.size === null ? undefined : (options.size ?? { columns: 80, rows: 24 })}>{element}</FixedTerminalSize>
    </UiProvider>,
  );
  const frame = () => plain(r.lastFrame());
  return {
    frame,
    raw: () => r.lastFrame() ?? '',
    async press(...keys) {
      for (const key of keys) {
        r.stdin.write(key);
        await settle();
      }
    },
    async waitFor(test, timeoutMs = 5000) {
      const ok = typeof test === 'string' ? (f: string) => f.includes(test) : test;
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (ok(frame())) return frame();
        await settle(1);
      }
      throw new Error(`not on screen after ${timeoutMs} ms: ${String(test)}\n${frame()}`);
    },
    unmount: () => r.unmount(),
    resize(columns: number, rows: number) {
      Object.defineProperty(r.stdout, 'columns', { value: columns, configurable: true });
      Object.defineProperty(r.stdout, 'rows', { value: rows, configurable: true });
      r.stdout.emit('resize');
    },
  };
}

export interface PlayHarness extends Screen {
  results: PlayResult[];
  changes: { actions: Action[]; state: GameState }[];
}

export async function mountPlay(options: {
  setup: GameSetup | SetupDraft;
  seats: Seats;
  actions?: Action[];
  lang?: Lang;
  color?: boolean;
  size?: TerminalSize | null;
  chooseBotAction?: ChooseBotAction;
  thinkMs?: number;
  fromMenu?: boolean;
}): Promise<PlayHarness> {
  const results: PlayResult[] = [];
  const changes: { actions: Action[]; state: GameState }[] = [];
  const initial = initialPlayState(options.setup, options.seats, options.actions ?? []);
  const screen = mount(
    <PlayApp
      initial={initial}
      chooseBotAction={options.chooseBotAction ?? botRunner()}
      thinkMs={options.thinkMs ?? 0}
      onChange={(actions, state) => changes.push({ actions, state })}
      onExit={(result) => results.push(result)}
      fromMenu={options.fromMenu ?? false}
    />,
    options,
  );
  await settle(5);
  return { ...screen, results, changes };
}

/** Every line of a frame fits the terminal, and the frame stays below its height. */
export function fitsTerminal(frame: string, size: TerminalSize): boolean {
  const lines = frame.split('\n');
  return lines.length <= size.rows - 1 && lines.every((line) => [...line].length <= size.columns);
}
