// Screens made of a few lines: the hand-off between hot-seat players, the help, the full log,
// and the message shown when the terminal is too small.
import type { Side } from '../../decks/types.js';
import type { PlayerView } from '../../engine/index.js';
import { hint, hintRow } from '../components/hints.js';
import { allLogRows, recentLogRows } from '../components/log-view.js';
import { Rows, seg, type Row } from '../components/rows.js';
import { decisionText, seatName, type Wording } from '../game/describe.js';
import type { LogLine } from '../../i18n/log-words.js';
import { KEYMAP, keyLabels, type Command } from '../keymap.js';
import { fit, wrap } from '../terminal/text.js';
import { useCallback, useState } from 'react';
import type { CommandEvent } from '../keymap.js';
import { useCommands } from '../use-commands.js';
import type { Translate } from '../ui-context.js';
import type { MessageKey } from '../../i18n/messages.js';

interface Frame {
  columns: number;
  rows: number;
}

function FullFrame({ rows, frame }: { rows: Row[]; frame: Frame }) {
  return <Rows rows={rows} width={frame.columns - 1} height={frame.rows - 1} />;
}

const title = (text: string): Row => [seg(` ${text} `, { bold: true, inverse: true, tone: 'accent' })];

/** Between hot-seat turns: who takes the keyboard, with no hand and no secret on screen. The seed
 * is in the title: in a class every pair can check it plays the seed on the board. */
export function HandoffScreen({
  w,
  side,
  view,
  seed,
  logLines,
  frame,
}: {
  w: Wording;
  side: Side;
  view: Pick<PlayerView, 'decision' | 'actionsTaken' | 'actionsPerRound'>;
  seed: number;
  logLines: readonly LogLine[];
  frame: Frame;
}) {
  const t = w.t;
  const width = frame.columns - 1;
  const name = seatName(w, side);
  const body = [
    ...wrap(t('handoff.body', { name }), width - 4),
    ...wrap(t('handoff.secret'), width - 4),
    '',
    ...wrap(t('handoff.decision', { decision: decisionText(w, view) }), width - 4),
  ];
  const rows: Row[] = [
    [...title(t('game.title')), seg(`   ${t('header.seed', { seed })}`, { dim: true })],
    [],
    [
      seg('  '),
      seg(t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }),
      seg(` ${t('handoff.title', { name: w.t(`persona.${w.personas[side]}` as MessageKey), side: t(`side.${side}`) })}`, { bold: true, tone: side }),
    ],
    [],
    ...body.map((line): Row => [seg(`  ${line}`)]),
    [],
    [seg(`  ${t('log.title')}`, { bold: true })],
  ];
  const footer = hintRow(t, [hint('hint.continue', 'confirm'), hint('hint.log', 'log'), hint('hint.help', 'help'), hint('hint.quit', 'quit')]);
  const logRoom = Math.max(0, frame.rows - 1 - rows.length - 2);
  rows.push(...recentLogRows(t, logLines, width - 2, logRoom).map((r): Row => [seg('  '), ...r]));
  while (rows.length < frame.rows - 2) rows.push([]);
  rows.push(footer);
  return <FullFrame rows={rows} frame={frame} />;
}

const HELP_COMMANDS: readonly { commands: Command[]; word: MessageKey }[] = [
  { commands: ['up', 'down', 'left', 'right'], word: 'cmd.move' },
  { commands: ['confirm'], word: 'cmd.confirm' },
  { commands: ['back'], word: 'cmd.back' },
  { commands: ['digit'], word: 'cmd.digit' },
  { commands: ['undo'], word: 'cmd.undo' },
  { commands: ['situation'], word: 'cmd.situation' },
  { commands: ['card'], word: 'cmd.card' },
  { commands: ['lesson'], word: 'cmd.lesson' },
  { commands: ['log'], word: 'cmd.log' },
  { commands: ['pageUp', 'pageDown'], word: 'cmd.page' },
  { commands: ['debrief'], word: 'cmd.debrief' },
  { commands: ['help'], word: 'cmd.help' },
  { commands: ['quit'], word: 'cmd.quit' },
  { commands: ['interrupt'], word: 'cmd.interrupt' },
];

/** One line each, citing the rule case of RULES.md (test/rules checks the cases exist). */
export const REMINDERS: readonly MessageKey[] = [
  'help.rule.headline',
  'help.rule.control',
  'help.rule.ops',
  'help.rule.sanction',
  'help.rule.lobby',
  'help.rule.race',
  'help.rule.opponent',
  'help.rule.clock',
  'help.rule.scoring',
  'help.rule.hold',
  'help.rule.pressure',
  'help.rule.encirclement',
  'help.rule.levels',
  'help.rule.dominance',
  'help.rule.final',
  'help.rule.win',
];

/** The marks of the game screen, explained under the reminders. */
export const LEGEND: readonly MessageKey[] = [
  'board.legend',
  'board.legend.danger',
  'board.legend.encircled',
  'board.legend.closed',
  'hand.legend',
  'header.legend',
];

/** The keys (from the keymap itself) and a few rule reminders; scrolls when the screen is short. */
export function HelpScreen({ t, frame }: { t: Translate; frame: Frame }) {
  const width = frame.columns - 1;
  const keyWidth = 22;
  const rows: Row[] = [[seg(t('help.keys'), { bold: true, tone: 'accent' })]];
  for (const { commands, word } of HELP_COMMANDS) {
    const keys = commands.flatMap((c) => (c in KEYMAP ? keyLabels(c, t) : [])).join(' ');
    // A description longer than the line goes on under itself, never cut (80 columns).
    const lines = wrap(t(word), Math.max(10, width - keyWidth - 2));
    lines.forEach((line, i) => rows.push([seg(`  ${fit(i === 0 ? keys : '', keyWidth)}`, { bold: true }), seg(line)]));
  }
  rows.push([], [seg(t('help.rules'), { bold: true, tone: 'accent' })]);
  for (const key of REMINDERS) rows.push(...wrap(t(key), width - 4).map((line, i): Row => [seg(i === 0 ? '  • ' : '    '), seg(line)]));
  rows.push([]);
  // What each mark on the game screen means, the board's first.
  for (const key of LEGEND) rows.push(...wrap(t(key), width).map((line): Row => [seg(line, { dim: true })]));
  const room = frame.rows - 3;
  const maxTop = Math.max(0, rows.length - room);
  const [top, setTop] = useState(0);
  useCommands(
    useCallback(
      (e: CommandEvent) => {
        const by: Partial<Record<CommandEvent['command'], number>> = { up: -1, down: 1, pageUp: -room, pageDown: room };
        const delta = by[e.command];
        if (delta !== undefined) setTop((v) => Math.max(0, Math.min(maxTop, v + delta)));
      },
      [room, maxTop],
    ),
  );
  const shown = rows.slice(Math.min(top, maxTop), Math.min(top, maxTop) + room);
  while (shown.length < room) shown.push([]);
  const hints = maxTop > 0 ? [hint('hint.scroll', 'up', 'down'), hint('hint.close', 'back')] : [hint('hint.close', 'back')];
  return <FullFrame rows={[title(t('help.title')), ...shown, hintRow(t, hints)]} frame={frame} />;
}

/** How far up the full log can scroll at this size. */
export function logScrollLimit(t: Translate, lines: readonly LogLine[], frame: Frame): number {
  return Math.max(0, allLogRows(t, lines, frame.columns - 1).length - (frame.rows - 4));
}

/** The whole log, scrolled `scroll` rows up from the newest. */
export function LogScreen({ t, lines, scroll, frame }: { t: Translate; lines: readonly LogLine[]; scroll: number; frame: Frame }) {
  const width = frame.columns - 1;
  const room = frame.rows - 4;
  const all = allLogRows(t, lines, width);
  const maxScroll = Math.max(0, all.length - room);
  const from = Math.max(0, all.length - room - Math.min(scroll, maxScroll));
  const shown = all.slice(from, from + room);
  const position = all.length === 0 ? t('log.empty') : t('log.position', { from: from + 1, to: from + shown.length, total: all.length });
  while (shown.length < room) shown.push([]);
  const rows: Row[] = [
    [...title(t('log.fullTitle')), seg(`  ${position}`, { dim: true })],
    ...shown,
    [],
    hintRow(t, [hint('hint.scroll', 'up', 'down'), hint('hint.scroll', 'pageUp', 'pageDown'), hint('hint.close', 'back')]),
  ];
  return <FullFrame rows={rows} frame={frame} />;
}

export { TooSmallScreen } from './too-small-screen.js';
