// Starting the interactive game: runPlay opens the play screen for one game and resolves with
// how it ended. The command line (src/cli/commands/play.ts) and the main menu call it; the
// saves' code resumes a game by passing its actions and autosaves through onChange.
import type { Action, GameSetup, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { PLAY_ITERATIONS, PLAY_THINK_CAP_MS } from '../ai/bot.js';
import { botRunner, type ChooseBotAction } from './game/bots.js';
import { initialPlayState, type PlayState, type SetupDraft } from './game/play-state.js';
import { swapSeats, type Seats } from './game/seats.js';
import { PlayApp, type PlayResult } from './play-app.js';
import { mountApp, openSession, type Terminal } from './mount.js';
import { opponentMove, tutorialSetup, type TutorialDeck } from '../classroom/tutorial.js';

export type { PlayResult } from './play-app.js';
export type { Seats } from './game/seats.js';
export type { SetupDraft } from './game/play-state.js';
export { mountApp, openSession, type Terminal } from './mount.js';

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

/** Play one game on the terminal; resolves when the players leave or pick what comes next. */
export async function runPlay(options: RunPlayOptions): Promise<PlayResult> {
  // Built before the screen opens: a bad setup or a save that does not replay fails here, in words.
  const initial = initialPlayState(options.setup, options.seats, options.actions ?? []);
  const chooseBotAction = options.chooseBotAction ?? botRunner({ iterations: PLAY_ITERATIONS, thinkMs: options.botThinkMs ?? PLAY_THINK_CAP_MS });
  return playOnScreen(initial, chooseBotAction, options);
}

/** Mount the game screen on `initial` until the players leave; the game and the tutorial both. */
async function playOnScreen(
  initial: PlayState,
  chooseBotAction: ChooseBotAction,
  options: { lang: Lang; color?: boolean; thinkMs?: number; onChange?: (actions: Action[], state: GameState) => void; fromMenu?: boolean; terminal?: Terminal },
): Promise<PlayResult> {
  const terminal = options.terminal ?? {};
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

export interface RunTutorialOptions {
  deck: TutorialDeck;
  /** Moves already made: a tutorial left with q resumes where it stopped. */
  actions?: Action[];
  lang: Lang;
  color?: boolean;
  /** Called after every move: the tutorial's progress is kept there. */
  onChange?: (actions: Action[], state: GameState) => void;
  thinkMs?: number;
  /** Started from the main menu: its end goes back there. */
  fromMenu?: boolean;
  terminal?: Terminal;
}

/** The tutorial's opponent: the scripted move, never a bot's choice (src/classroom/tutorial-script.ts). */
export const tutorialOpponent: ChooseBotAction = async ({ view }) => {
  const action = opponentMove(view.actionCount);
  if (!action) throw new Error(`the tutorial has no opponent move at move ${view.actionCount + 1}`);
  return { action, reason: '' };
};

/** The tutorial on the game screen: the same board, keys and symbols as a game, with the lesson. */
export async function runTutorial(options: RunTutorialOptions): Promise<PlayResult> {
  const initial = initialPlayState(tutorialSetup(options.deck), { us: 'human', china: 'tutorial' }, options.actions ?? [], true);
  return playOnScreen(initial, tutorialOpponent, options);
}
