// The replay screen: a saved game step by step, read-only, drawn with the game screen's own
// parts (header, tracks, board, card detail, log, key hints) on the game's grid, so a replay
// looks like the game it replays. Hands stay hidden (sizes only) unless `reveal` is set.
import { Box, useApp } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import type { Action, GameState } from '../../engine/index.js';
import { BoardPanel } from '../components/board-panel.js';
import { boardRows } from '../components/board.js';
import { cardDetailRows } from '../components/card-detail.js';
import { Rows } from '../components/rows.js';
import { trackRows } from '../components/tracks.js';
import type { Wording } from '../game/describe.js';
import { fitsScreen, gameLayout } from '../game/layout.js';
import { wordLog } from '../../i18n/log-words.js';
import type { CommandEvent } from '../keymap.js';
import { headerLines, lastPlayedCard } from '../screens/game-panels.js';
import { TooSmallScreen } from '../screens/simple-screens.js';
import { useTerminalSize } from '../terminal/use-terminal-size.js';
import { useUi } from '../ui-context.js';
import { useCommands } from '../use-commands.js';
import { handsRows, replayHints, stepLogRows, stepRow } from './replay-panels.js';
import { nextRoundStart, previousRoundStart } from './steps.js';

export interface ReplayScreenProps {
  /** states[0] is the game before any action, states[i] the game after action i. */
  states: readonly GameState[];
  actions: readonly Action[];
  /** Show both hands and every hidden choice. */
  reveal: boolean;
  /** The step shown first (default 0). */
  start?: number;
  /** Called on q / Esc / Ctrl-C; ends the ink app when not given. */
  onExit?: () => void;
}

/** Room for a card's detail beside the log; narrower screens give the log the whole width. */
const SPLIT_MIN_SIDE = 40;
const NO_TARGETS = { targets: new Set<string>(), cursor: null };

export function ReplayScreen({ states, actions, reveal, start = 0, onExit }: ReplayScreenProps) {
  const { t, lang } = useUi();
  const { exit } = useApp();
  const size = useTerminalSize();
  const last = states.length - 1;
  const [step, setStep] = useState(Math.max(0, Math.min(last, start)));

  const leave = onExit ?? exit;
  // Keys can arrive faster than renders: each move is worked out from the latest step.
  const onCommand = useCallback(
    (e: CommandEvent) => {
      const move = (to: (current: number) => number) => setStep((s) => Math.max(0, Math.min(last, to(s))));
      switch (e.command) {
        case 'right':
          return move((s) => s + 1);
        case 'left':
          return move((s) => s - 1);
        case 'down':
          return move((s) => nextRoundStart(states, s));
        case 'up':
          return move((s) => previousRoundStart(states, s));
        case 'pageDown':
          return move((s) => s + 10);
        case 'pageUp':
          return move((s) => s - 10);
        case 'home':
          return move(() => 0);
        case 'end':
          return move(() => last);
        case 'quit':
        case 'back':
        case 'interrupt':
          return leave();
        // Keys of other screens: the replay has nothing to do with them.
        case 'confirm':
        case 'digit':
        case 'help':
        case 'undo':
        case 'log':
        case 'tab':
        case 'yes':
        case 'no':
        case 'erase':
        case 'random':
        case 'debrief':
        case 'situation':
        case 'card':
        case 'lesson':
        case 'search':
        case 'pause':
        case 'bell':
        case 'pairings':
          return undefined;
        default: {
          const unhandled: never = e.command;
          throw new Error(`command not handled: ${String(unhandled)}`);
        }
      }
    },
    [states, last, leave],
  );
  useCommands(onCommand);

  const first = states[0] as GameState;
  const state = states[step] as GameState;
  const before = step > 0 ? (states[step - 1] as GameState) : undefined;
  const wording: Wording = useMemo(() => ({ t, lang, cards: first.cards, personas: first.setup.personas, rounds: first.rounds }), [t, lang, first]);
  const earlier = useMemo(() => (before ? wordLog(wording, before.log) : []), [wording, before]);
  const now = useMemo(() => wordLog(wording, state.log, {}, before?.log.length ?? 0), [wording, state, before]);

  if (!fitsScreen(size.columns, size.rows)) return <TooSmallScreen t={t} columns={size.columns} rows={size.rows} />;
  const L = gameLayout(size.columns, size.rows);
  const split = L.sideWidth >= SPLIT_MIN_SIDE;
  const logWidth = split ? L.sideWidth : L.columns - 1;
  const board = boardRows(t, state, L.columnWidth, NO_TARGETS, L.tall);
  // The game screen's header and in-force line: effects that do not fit the header get their own
  // line (without the reminder of i: the replay has no situation screen).
  const { header, inForce } = headerLines(wording, state, L.columns, t('replay.title'), null, false);
  const bottomRows = L.bottomRows - (inForce ? 1 : 0);
  const playedCard = lastPlayedCard(state);
  const card = playedCard ? (first.cards[playedCard] ?? null) : null;

  return (
    <Box flexDirection="column" width={L.columns} height={L.frameRows}>
      <Rows rows={[header]} width={L.columns} height={1} />
      <Rows rows={trackRows(t, state, L.trackRows, undefined, L.columns)} width={L.columns} height={L.trackRows} />
      {inForce ? <Rows rows={[inForce]} width={L.columns} height={1} /> : null}
      <Box flexDirection="row" height={L.topRows}>
        <BoardPanel board={board} layout={L} />
        <Box width={1} />
        <Rows rows={handsRows(wording, state, reveal, L.sideWidth, L.topRows)} width={L.sideWidth} height={L.topRows} />
      </Box>
      <Box flexDirection="row" height={bottomRows}>
        {split ? (
          <>
            <Rows
              rows={cardDetailRows(wording, card, L.boardWidth, bottomRows, null, card ? state.cancelled.includes(card.id) : false)}
              width={L.boardWidth}
              height={bottomRows}
            />
            <Box width={1} />
          </>
        ) : null}
        <Rows rows={stepLogRows(wording, earlier, now, logWidth, bottomRows)} width={logWidth} height={bottomRows} />
      </Box>
      <Rows rows={[stepRow(wording, states, actions, step, reveal), replayHints(wording)]} width={L.columns - 1} height={L.statusRows} />
    </Box>
  );
}
