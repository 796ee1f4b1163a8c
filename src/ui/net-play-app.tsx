// The play screen of a networked game (`host`, `join`): the usual game screen, drawn from the
// seat's view the server sends, with the connection's news on the status line ("waiting for
// NVIDIA to reconnect"). A chosen move goes to the server; the next view is the only thing that
// moves the board. At the end it hands the whole game back for the usual end screen.
import { Text } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Side } from '../decks/types.js';
import type { Action, Outcome } from '../engine/index.js';
import { actorName } from '../i18n/game-words.js';
import { wordLog } from '../i18n/log-words.js';
import type { Wording } from './game/describe.js';
import { fitsScreen, gameLayout } from './game/layout.js';
import { INITIAL_REMOTE, remotePending, remoteReducer, standingText, type RemoteStanding, type RemoteState, type RemoteUpdate } from './game/remote-state.js';
import { CardScreen, SituationScreen } from './screens/info-screens.js';
import { GameScreen } from './screens/game-screen.js';
import { detailCard } from './screens/game-panels.js';
import { HelpScreen, LogScreen, logScrollLimit, TooSmallScreen } from './screens/simple-screens.js';
import { useTerminalSize } from './terminal/use-terminal-size.js';
import { useCommands } from './use-commands.js';
import { useUi, type Translate } from './ui-context.js';

/** The connection as the screen sees it; src/cli builds it from src/net's client. */
export interface RemoteConnection {
  /** Updates from now on (and those that came before, in order); returns how to stop. */
  subscribe(listener: (update: RemoteUpdate) => void): () => void;
  send(action: Action, at: number): void;
  /** Asks the other player to agree to take back this seat's last move. */
  askUndo(): void;
  answerUndo(accept: boolean): void;
}

export interface RemoteResult {
  /** The game's end; null when the player left first or the connection was lost. */
  over: Outcome | null;
  problem: string | null;
  /** Ended by the teacher at the bell (the player left afterwards). */
  stopped?: RemoteStanding | null;
  /** The teacher's pairings sent the player to another game. */
  moved?: boolean;
}

const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** The status line's news: the connection, the other seat, a move on its way, the server's word. */
export function waitingLine(t: Translate, w: Pick<Wording, 'lang' | 'personas'>, state: RemoteState, invite?: string): string | null {
  if (state.side && state.undoAsked) return t('net.undoAsked', { name: actorName(w, state.undoAsked) });
  if (state.side && state.undoWaiting) return t('net.undoWaiting', { name: actorName(w, other(state.side)) });
  if (state.over) {
    const o = state.over;
    const result = o.winner ? t('end.winner', { name: actorName(w, o.winner), side: t(`side.${o.winner}`) }) : t('end.draw');
    return t('net.over', { result, reason: t(`end.${o.reason}`) });
  }
  if (state.stopped) return t('net.stopped', { round: state.stopped.round, rounds: state.stopped.rounds, standing: standingText(t, state.stopped) });
  if (state.spectator) return spectatorLine(t, w, state);
  if (state.connection === 'reconnecting' || state.connection === 'connecting') return t('net.reconnecting');
  if (state.side && state.opponent === 'open') return invite ? t('net.waitingJoinAt', { command: invite }) : t('net.waitingJoin');
  if (state.side && state.opponent === 'away') return t('net.waitingReconnect', { name: actorName(w, other(state.side)) });
  if (state.problem) return t('net.server', { message: state.problem });
  if (state.sentAt !== null) return t('net.sent');
  return null;
}

/** What a spectator reads before the end: the connection, or who is to act. */
function spectatorLine(t: Translate, w: Pick<Wording, 'lang' | 'personas'>, state: RemoteState): string | null {
  if (state.connection === 'reconnecting' || state.connection === 'connecting') return t('net.reconnecting');
  const acting = state.view?.decision?.side;
  return acting ? t('net.watching', { name: actorName(w, acting) }) : t('net.watchingIdle');
}

export interface NetPlayAppProps {
  connection: RemoteConnection;
  address: string;
  /** The host's screen: the command the other player types, shown until they join. */
  invite?: string;
  /** Said on the status line until the first move, when nothing else is (a new pairing's seat). */
  intro?: string;
  onExit: (result: RemoteResult) => void;
}

export function NetPlayApp({ connection, address, invite, intro, onExit }: NetPlayAppProps) {
  const { t, lang } = useUi();
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(remoteReducer, INITIAL_REMOTE);
  useEffect(() => connection.subscribe((update) => dispatch({ type: 'update', update })), [connection]);
  useEffect(() => {
    if (!state.outbox) return;
    connection.send(state.outbox.action, state.outbox.at);
    dispatch({ type: 'sent' });
  }, [state.outbox, connection]);
  useEffect(() => {
    const undo = state.undoOut;
    if (!undo) return;
    if (undo.kind === 'ask') connection.askUndo();
    else connection.answerUndo(undo.accept);
    dispatch({ type: 'undoSent' });
  }, [state.undoOut, connection]);
  const exited = useRef(false);
  useEffect(() => {
    if (!state.exit || exited.current) return;
    exited.current = true;
    onExit({ over: state.over, problem: state.over || state.moved ? null : state.problem, stopped: state.stopped, moved: state.moved });
  }, [state.exit, state.over, state.problem, state.stopped, state.moved, onExit]);

  const screenFacts = useRef({ pageRows: 1, scrollLimit: 0 });
  useCommands(useCallback((event) => dispatch({ type: 'key', event, ...screenFacts.current }), []));

  const { view, personas, side } = state;
  const rounds = view?.rounds;
  const wording: Wording | null = useMemo(
    () => (personas ? { t, lang, cards: state.catalog, personas, rounds } : null),
    [t, lang, state.catalog, personas, rounds],
  );
  const logLines = useMemo(() => (wording && view ? wordLog(wording, view.log) : []), [wording, view]);
  const pending = useMemo(() => remotePending(state), [state.view, state.sentAt, state.opponent, state.stopped]);
  const frame = { columns: size.columns, rows: size.rows };
  screenFacts.current = { pageRows: Math.max(1, size.rows - 5), scrollLimit: state.overlay === 'log' ? logScrollLimit(t, logLines, frame) : 0 };

  if (!fitsScreen(size.columns, size.rows)) return <TooSmallScreen t={t} columns={size.columns} rows={size.rows} />;
  if (!view || !wording || (!side && !state.spectator))
    return <Text>{state.problem ? t('net.server', { message: state.problem }) : t('net.connecting', { address })}</Text>;
  if (state.overlay === 'help') return <HelpScreen t={t} frame={frame} />;
  if (state.overlay === 'log') return <LogScreen t={t} lines={logLines} scroll={state.logScroll} frame={frame} />;
  if (state.overlay === 'situation') return <SituationScreen w={wording} view={view} frame={frame} />;
  if (state.overlay === 'card') {
    const card = detailCard(view, pending, state.sel);
    return (
      <CardScreen w={wording} card={card ? (state.catalog[card] ?? null) : null} cancelled={card !== null && view.cancelled.includes(card)} frame={frame} />
    );
  }
  const acting = view.outcome || state.stopped ? null : (view.decision?.side ?? null);
  return (
    <GameScreen
      // A spectator sits at no seat: 'spectator' seats take the undo hint away (and so does the bell).
      state={{
        seats: state.spectator || state.stopped ? { us: 'spectator', china: 'spectator' } : { us: 'human', china: 'human' },
        sel: state.sel,
        notice: state.notice,
        overlay: state.overlay,
      }}
      view={view}
      pending={pending}
      acting={acting}
      layout={gameLayout(size.columns, size.rows)}
      wording={wording}
      logLines={logLines}
      watching={false}
      waiting={waitingLine(t, wording, state, invite) ?? (intro && view.actionCount === 0 && acting !== side ? intro : null)}
      spectatorHands={state.spectator ? state.hands : null}
    />
  );
}
