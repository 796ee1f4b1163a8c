// The play screen as one component: it holds the game (useGame), reads keys as commands and
// shows the one screen that fits the moment: persona choice, hand-off, game, help, log, end or
// the debrief of the game just played.
import { useIsScreenReaderEnabled } from 'ink';
import { useCallback, useMemo, useRef } from 'react';
import { buildDebrief } from '../classroom/debrief.js';
import type { Action, GameSetup, GameState, Outcome } from '../engine/index.js';
import type { ChooseBotAction } from './game/bots.js';
import type { Wording } from './game/describe.js';
import { fitsScreen, gameLayout } from './game/layout.js';
import { wordLog } from '../i18n/log-words.js';
import { actingSide, currentPending, currentView, gameState, needsHandoff, type PlayExit, type PlayState } from './game/play-state.js';
import { humanSides, type Seats } from './game/seats.js';
import { useGame } from './game/use-game.js';
import { debriefRows, debriefScrollLimit, GameDebriefScreen } from './screens/debrief-screen.js';
import { EndScreen } from './screens/end-screen.js';
import { GameScreen } from './screens/game-screen.js';
import { detailCard } from './screens/game-panels.js';
import { CardScreen, LessonScreen, SituationScreen } from './screens/info-screens.js';
import { LinearGameScreen } from './screens/linear-screen.js';
import { PersonaScreen } from './screens/persona-screen.js';
import { HandoffScreen, HelpScreen, LogScreen, logScrollLimit, TooSmallScreen } from './screens/simple-screens.js';
import { useTerminalSize } from './terminal/use-terminal-size.js';
import { useCommands } from './use-commands.js';
import { useUi } from './ui-context.js';

export interface PlayResult {
  /** Null when the players left before the end. */
  outcome: Outcome | null;
  actions: Action[];
  /** The setup as played (personas chosen on screen included); null if no game started. */
  setup: GameSetup | null;
  rematch?: boolean;
  newGame?: boolean;
  /** Left with Ctrl-C: the program quits at once, a game started from the menu included. */
  interrupted?: boolean;
}

export interface PlayAppProps {
  initial: PlayState;
  chooseBotAction: ChooseBotAction;
  thinkMs: number;
  onChange?: (actions: Action[], state: GameState) => void;
  onExit: (result: PlayResult) => void;
  /** Launched from the main menu: "quit" at the end goes back to it. */
  fromMenu?: boolean;
}

export function resultOf(exit: PlayExit, state: PlayState): PlayResult {
  const game = gameState(state);
  return {
    outcome: game?.outcome ?? null,
    actions: state.model?.actions ?? [],
    setup: state.model?.setup ?? null,
    ...(exit === 'rematch' ? { rematch: true } : {}),
    ...(exit === 'newGame' ? { newGame: true } : {}),
    ...(exit === 'interrupt' ? { interrupted: true } : {}),
  };
}

export function PlayApp({ initial, chooseBotAction, thinkMs, onChange, onExit, fromMenu = false }: PlayAppProps) {
  const { t, lang } = useUi();
  const size = useTerminalSize();
  const screenReader = useIsScreenReaderEnabled();
  const seats: Seats = initial.seats;
  const onGameExit = useCallback((exit: PlayExit, state: PlayState) => onExit(resultOf(exit, state)), [onExit]);
  const { state, dispatch } = useGame({ initial, seats, chooseBotAction, thinkMs, ...(onChange ? { onChange } : {}), onExit: onGameExit });

  // What the reducer needs to know of the screen, read when a key arrives.
  const screenFacts = useRef({ pageRows: 1, scrollLimit: 0 });
  useCommands(useCallback((event) => dispatch({ type: 'key', event, ...screenFacts.current }), [dispatch]));

  const game = gameState(state);
  // The view changes only with the game and the seat; rows built from it are kept across key presses.
  const view = useMemo(() => currentView(state), [state.model, state.seat]);
  const pending = useMemo(() => currentPending(state, view), [view, state.seat]);
  const wording: Wording | null = useMemo(
    () => (game ? { t, lang, cards: game.cards, personas: game.setup.personas, rounds: game.rounds } : null),
    [t, lang, game?.cards, game?.setup.personas, game?.rounds],
  );
  const notes = state.model?.notes;
  const publicLog = game?.log;
  const logLines = useMemo(() => (wording && publicLog ? wordLog(wording, publicLog, notes) : []), [wording, publicLog, notes]);

  const frame = { columns: size.columns, rows: size.rows };
  // Built when asked for, from the finished game: the end screen does not pay for it.
  const showDebrief = state.overlay === 'debrief' && game?.outcome ? game : null;
  const debrief = useMemo(() => (showDebrief ? buildDebrief(showDebrief, lang) : null), [showDebrief, lang]);
  const debriefText = useMemo(() => (debrief ? debriefRows(debrief, size.columns) : []), [debrief, size.columns]);
  const scrollLimit = state.overlay === 'log' ? logScrollLimit(t, logLines, frame) : state.overlay === 'debrief' ? debriefScrollLimit(debriefText, frame) : 0;
  screenFacts.current = { pageRows: Math.max(1, size.rows - 5), scrollLimit };
  if (!screenReader && !fitsScreen(size.columns, size.rows)) return <TooSmallScreen t={t} columns={size.columns} rows={size.rows} />;
  if (state.pick) return <PersonaScreen t={t} side={state.pick.side} choice={state.pick.choice} frame={frame} />;
  if (!game || !wording) return null;
  if (state.overlay === 'help') return <HelpScreen t={t} frame={frame} />;
  if (state.overlay === 'log') return <LogScreen t={t} lines={logLines} scroll={state.logScroll} frame={frame} />;
  if (debrief) return <GameDebriefScreen t={t} debrief={debrief} rows={debriefText} top={state.debriefTop} frame={frame} />;
  if (game.outcome)
    return (
      <EndScreen
        w={wording}
        state={game}
        cursor={state.endCursor}
        seed={game.setup.seed}
        fromMenu={fromMenu}
        tutorial={state.tutorial !== null}
        frame={frame}
      />
    );
  const acting = actingSide(state);
  // Between hot-seat turns nobody's view is on screen: only public facts (the log, what comes next).
  if (needsHandoff(state) && acting) return <HandoffScreen w={wording} side={acting} view={game} seed={game.setup.seed} logLines={logLines} frame={frame} />;
  if (!view) return null;
  if (state.overlay === 'situation') return <SituationScreen w={wording} view={view} frame={frame} />;
  if (state.overlay === 'lesson' && state.model) return <LessonScreen w={wording} view={view} done={state.model.actions} frame={frame} />;
  if (state.overlay === 'card') {
    const card = detailCard(view, pending, state.sel);
    return <CardScreen w={wording} card={card ? (game.cards[card] ?? null) : null} cancelled={card !== null && view.cancelled.includes(card)} frame={frame} />;
  }
  if (screenReader) return <LinearGameScreen w={wording} state={state} view={view} pending={pending} acting={acting} logLines={logLines} />;
  return (
    <GameScreen
      state={state}
      view={view}
      pending={pending}
      acting={acting}
      layout={gameLayout(size.columns, size.rows)}
      wording={wording}
      logLines={logLines}
      watching={humanSides(seats).length === 0}
    />
  );
}
