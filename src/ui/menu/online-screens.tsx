// "Play online" in the main menu: host a game on this machine, join one at an address, join a
// class server (`serve`: the oldest free seat), or watch. The address is typed on a screen of
// its own; the command line then runs `host`, `join` or `watch` as if typed, and a refusal comes
// back here as one line under the entries.
import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/messages.js';
import { hint, hintRow } from '../components/hints.js';
import { Rows, seg, type Row } from '../components/rows.js';
import type { CommandEvent } from '../keymap.js';
import { wrap } from '../terminal/text.js';
import { useCommands } from '../use-commands.js';
import { useSyncState } from '../use-sync-state.js';
import { useTypedLine } from './use-typed-line.js';
import { useUi } from '../ui-context.js';

interface Frame {
  columns: number;
  rows: number;
}

export type OnlineMode = 'host' | 'join' | 'lobby' | 'watch';
export interface OnlineRequest {
  mode: OnlineMode;
  /** Empty for `host`. */
  address: string;
}

const MODES: readonly { mode: OnlineMode; label: MessageKey; about: MessageKey }[] = [
  { mode: 'host', label: 'online.host', about: 'online.host.about' },
  { mode: 'join', label: 'online.join', about: 'online.join.about' },
  { mode: 'lobby', label: 'online.lobby', about: 'online.lobby.about' },
  { mode: 'watch', label: 'online.watch', about: 'online.watch.about' },
];

function framed(body: Row[], footer: Row, frame: Frame) {
  const rows = body.slice(0, frame.rows - 2);
  while (rows.length < frame.rows - 2) rows.push([]);
  return <Rows rows={[...rows, footer]} width={frame.columns - 1} height={frame.rows - 1} />;
}

const titleRow = (text: string): Row => [seg(` ${text} `, { bold: true, inverse: true, tone: 'accent' })];

/** The choice of what to do online; `problem`: why the last attempt failed, in one line. */
export function OnlineMenuScreen({
  problem,
  onChoose,
  onBack,
  frame,
}: {
  problem: string | null;
  onChoose: (mode: OnlineMode) => void;
  onBack: () => void;
  frame: Frame;
}) {
  const { t } = useUi();
  const [at, setAt, currentAt] = useSyncState(0);
  const onKey = useCallback(
    (e: CommandEvent) => {
      const n = MODES.length;
      if (e.command === 'up' || e.command === 'down') setAt((i) => (i + (e.command === 'up' ? n - 1 : 1)) % n);
      else if (e.command === 'digit' && e.digit !== undefined && MODES[e.digit - 1]) onChoose((MODES[e.digit - 1] as (typeof MODES)[number]).mode);
      else if (e.command === 'confirm') onChoose((MODES[currentAt()] as (typeof MODES)[number]).mode);
      else if (e.command === 'back' || e.command === 'quit' || e.command === 'interrupt') onBack();
    },
    [setAt, currentAt, onChoose, onBack],
  );
  useCommands(onKey);
  const width = frame.columns - 1;
  const body: Row[] = [titleRow(t('online.title')), []];
  MODES.forEach((m, i) => {
    const here = i === at;
    body.push([
      seg(here ? '  ▶ ' : '    ', { tone: 'accent', bold: true }),
      seg(`${i + 1} `, { tone: 'accent', bold: true }),
      seg(` ${t(m.label)} `, here ? { inverse: true, bold: true } : { bold: true }),
    ]);
    for (const line of wrap(t(m.about), width - 8)) body.push([seg(`        ${line}`, { dim: true })]);
    body.push([]);
  });
  if (problem) for (const line of wrap(problem, width - 4)) body.push([seg(`  ${line}`, { tone: 'bad' })]);
  return framed(body, hintRow(t, [hint('hint.choose', 'up', 'down'), hint('hint.open', 'confirm'), hint('hint.back', 'back')]), frame);
}

/** Typing the address: Enter goes, Esc comes back. */
export function AddressScreen({
  mode,
  initial,
  onGo,
  onBack,
  frame,
}: {
  mode: Exclude<OnlineMode, 'host'>;
  initial: string;
  onGo: (address: string) => void;
  onBack: () => void;
  frame: Frame;
}) {
  const { t } = useUi();
  const [text, setText, currentText] = useSyncState(initial);
  const go = () => {
    if (currentText().trim() !== '') onGo(currentText().trim());
  };
  // An address has no space: one typed or pasted is dropped.
  useTypedLine(true, {
    onText: (next) => setText((s) => next(s).replace(/ /g, '').slice(0, 200)),
    onEnter: go,
    onEscape: onBack,
    onInterrupt: onBack,
  });
  const width = frame.columns - 1;
  const body: Row[] = [
    titleRow(t(`online.${mode}`)),
    [],
    ...wrap(t(`online.${mode}.ask`), width - 4).map((l): Row => [seg(`  ${l}`)]),
    [],
    [seg('  > ', { tone: 'accent', bold: true }), seg(text, { bold: true }), seg('█', { tone: 'accent' })],
  ];
  return framed(body, hintRow(t, [hint('online.hint.go', 'confirm'), hint('hint.back', 'back')]), frame);
}
