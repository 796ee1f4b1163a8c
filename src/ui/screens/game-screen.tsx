// The game screen: header, tracks, the board beside the hand, the card detail beside the recent
// log, and the status line. It renders only the seated side's view (viewFor), never the state.
import { Box } from 'ink';
import { useMemo } from 'react';
import type { Side } from '../../decks/types.js';
import { goalProgress, projectedFinal, type PlayerView } from '../../engine/index.js';
import { BoardPanel } from '../components/board-panel.js';
import { boardRows } from '../components/board.js';
import { useSpinner } from '../components/hints.js';
import { recentLogRows } from '../components/log-view.js';
import { Rows } from '../components/rows.js';
import { trackRows } from '../components/tracks.js';
import type { Pending } from '../game/choices.js';
import type { Wording } from '../game/describe.js';
import type { GameLayout } from '../game/layout.js';
import type { LogLine } from '../../i18n/log-words.js';
import type { PlayState } from '../game/play-state.js';
import { lessonPanelRows } from '../game/tutorial-lesson.js';
import { detailPanelRows, headerLines, sidePanelRows, spaceInfoRows, spectatorPanelRows } from './game-panels.js';
import { statusRows, type StatusState } from './status-rows.js';

export interface GameScreenProps {
  /** A local game's state (a networked seat has no model and no tutorial). */
  state: StatusState & Partial<Pick<PlayState, 'model' | 'tutorial'>>;
  view: PlayerView;
  pending: Pending;
  acting: Side | null;
  layout: GameLayout;
  wording: Wording;
  logLines: readonly LogLine[];
  watching: boolean;
  /** Network play: the line that says who the game waits for (null: nobody), and no undo hint. */
  waiting?: string | null;
  /** A spectator's screen (network play): each hand's count in place of a hand. */
  spectatorHands?: Record<Side, number> | null;
}

export function GameScreen({ state, view, pending, acting, layout, wording, logLines, watching, waiting, spectatorHands }: GameScreenProps) {
  const { t } = wording;
  const L = layout;
  const botThinking = !spectatorHands && acting !== null && state.seats[acting] !== 'human';
  const spinner = useSpinner(botThinking);
  const sel = state.sel;
  const targets = useMemo(() => new Set(pending.kind === 'spaces' ? pending.targets.map((x) => x.space) : []), [pending]);
  const cursor = pending.kind === 'spaces' ? sel.space : null;

  // Each persona's goal this round and how far it is, beside its name (i explains it).
  const goals = useMemo(() => ({ us: goalProgress(view, 'us'), china: goalProgress(view, 'china') }), [view]);
  const note = watching ? t('header.watching') : null;
  // The lasting effects in force: in the header when all of them fit there whole, else on a line
  // of their own under the tracks, taken from the bottom band (the replay draws the same lines).
  const lines = useMemo(() => headerLines(wording, view, L.columns, note, goals), [wording, view, L.columns, note, goals]);
  const header = useMemo(() => [lines.header], [lines]);
  const inForceLine = useMemo(() => (lines.inForce ? [lines.inForce] : []), [lines]);
  const bottomRows = L.bottomRows - inForceLine.length;
  const tracks = useMemo(
    () => trackRows(t, view, L.trackRows, { leadership: projectedFinal(view).leadership, width: L.columns }),
    [t, view, L.trackRows, L.columns],
  );
  const board = useMemo(() => boardRows(t, view, L.columnWidth, { targets, cursor }, L.tall), [t, view, L.columnWidth, targets, cursor, L.tall]);
  const side = useMemo(
    () =>
      spectatorHands ? spectatorPanelRows(wording, view, spectatorHands, L.sideWidth) : sidePanelRows(wording, view, pending, sel, L.sideWidth, L.topRows),
    [wording, view, pending, sel, L.sideWidth, L.topRows, spectatorHands],
  );
  const detail = useMemo(() => detailPanelRows(wording, view, pending, sel, L.boardWidth, bottomRows), [wording, view, pending, sel, L.boardWidth, bottomRows]);
  const log = useMemo(() => recentLogRows(t, logLines, L.sideWidth, bottomRows), [t, logLines, L.sideWidth, bottomRows]);
  const status = statusRows(wording, state, view, pending, acting, spinner, L.columns - 1, waiting);
  // The tutorial's lesson takes the log's place, or at 80 columns the wider card detail's (the
  // lesson names the card to play; c shows it whole).
  const done = state.model?.actions;
  const hint = state.tutorial?.hint ?? false;
  const narrow = L.columns < 120;
  const lesson = useMemo(() => {
    if (!state.tutorial || !done) return null;
    if (!narrow) return lessonPanelRows(wording, view, done, hint, L.sideWidth, bottomRows);
    // In the card detail's place, the space under the cursor still comes first (its odds, its cost).
    const space = spaceInfoRows(wording, view, pending, sel, L.boardWidth).slice(0, 3);
    return [...space, ...lessonPanelRows(wording, view, done, hint, L.boardWidth, bottomRows - space.length)];
  }, [state.tutorial, done, hint, wording, view, pending, sel, narrow, L.boardWidth, L.sideWidth, bottomRows]);
  const bottomLeft = lesson && narrow ? lesson : detail;
  const bottomRight = lesson && !narrow ? lesson : log;

  return (
    <Box flexDirection="column" width={L.columns} height={L.frameRows}>
      <Rows rows={header} width={L.columns} height={1} />
      <Rows rows={tracks} width={L.columns} height={L.trackRows} />
      {inForceLine.length > 0 ? <Rows rows={inForceLine} width={L.columns} height={1} /> : null}
      <Box flexDirection="row" height={L.topRows}>
        <BoardPanel board={board} layout={L} />
        <Box width={1} />
        <Rows rows={side} width={L.sideWidth} height={L.topRows} />
      </Box>
      <Box flexDirection="row" height={bottomRows}>
        <Rows rows={bottomLeft} width={L.boardWidth} height={bottomRows} />
        <Box width={1} />
        <Rows rows={bottomRight} width={L.sideWidth} height={bottomRows} />
      </Box>
      <Rows rows={status} width={L.columns - 1} height={L.statusRows} />
    </Box>
  );
}
