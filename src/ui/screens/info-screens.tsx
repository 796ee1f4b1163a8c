// Two screens opened from the game and closed by the same key: the situation (i), what decides
// the game, under the tracks; and the card of the detail panel in full (c), never cut. Both
// scroll when the terminal is short.
import { useCallback, useState } from 'react';
import type { CardDef } from '../../decks/types.js';
import { projectedFinal, type PlayerView } from '../../engine/index.js';
import { cardDetailRows } from '../components/card-detail.js';
import { hint, hintRow } from '../components/hints.js';
import { Rows, seg, type Row } from '../components/rows.js';
import { trackRows } from '../components/tracks.js';
import type { Wording } from '../game/describe.js';
import { lessonScreenRows, lessonTitle } from '../game/tutorial-lesson.js';
import { currentLesson } from '../../classroom/tutorial.js';
import type { Action } from '../../engine/index.js';
import { situationRows } from '../game/situation-rows.js';
import type { Command, CommandEvent } from '../keymap.js';
import { useCommands } from '../use-commands.js';

interface Frame {
  columns: number;
  rows: number;
}

const title = (text: string): Row => [seg(` ${text} `, { bold: true, inverse: true, tone: 'accent' })];

/** A title, fixed rows, then `body` scrolled in the room left, and the keys. */
function ScrollFrame({
  w,
  heading,
  fixed,
  body,
  frame,
  close,
  also,
}: {
  w: Wording;
  heading: string;
  fixed: Row[];
  body: Row[];
  frame: Frame;
  close: Command;
  also?: Command;
}) {
  const room = Math.max(1, frame.rows - 3 - fixed.length);
  const maxTop = Math.max(0, body.length - room);
  const [top, setTop] = useState(0);
  useCommands(
    useCallback(
      (e: CommandEvent) => {
        const by: Partial<Record<CommandEvent['command'], number>> = { up: -1, down: 1, pageUp: -room, pageDown: room, home: -Infinity, end: Infinity };
        const delta = by[e.command];
        if (delta !== undefined) setTop((v) => Math.max(0, Math.min(maxTop, v + delta)));
      },
      [room, maxTop],
    ),
  );
  const from = Math.min(top, maxTop);
  const shown = body.slice(from, from + room);
  while (shown.length < room) shown.push([]);
  const hints = [...(maxTop > 0 ? [hint('hint.scroll', 'up', 'down')] : []), hint('hint.close', ...(also ? [also] : []), close, 'back')];
  return <Rows rows={[title(heading), ...fixed, ...shown, hintRow(w.t, hints)]} width={frame.columns - 1} height={frame.rows - 1} />;
}

export function SituationScreen({ w, view, frame }: { w: Wording; view: PlayerView; frame: Frame }) {
  const width = frame.columns - 1;
  const tracks = trackRows(w.t, view, 2, { leadership: projectedFinal(view).leadership, width });
  return <ScrollFrame w={w} heading={w.t('situation.title')} fixed={[...tracks, []]} body={situationRows(w, view, width)} frame={frame} close="situation" />;
}

export function CardScreen({ w, card, cancelled, frame }: { w: Wording; card: CardDef | null; cancelled: boolean; frame: Frame }) {
  const width = Math.min(frame.columns - 1, 100);
  return <ScrollFrame w={w} heading={w.t('card.title')} fixed={[]} body={cardDetailRows(w, card, width, 1000, null, cancelled)} frame={frame} close="card" />;
}

/** The tutorial's lesson in full: opened when a lesson begins, and with t; Enter closes it. */
export function LessonScreen({ w, view, done, frame }: { w: Wording; view: PlayerView; done: readonly Action[]; frame: Frame }) {
  const width = Math.min(frame.columns - 1, 100);
  const lesson = currentLesson(done.length);
  const heading = lesson ? lessonTitle(w, lesson) : w.t('game.title');
  return <ScrollFrame w={w} heading={heading} fixed={[]} body={lessonScreenRows(w, view, done, width)} frame={frame} close="lesson" also="confirm" />;
}
