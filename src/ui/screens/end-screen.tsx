// The end of a game: who won and why, the final tracks, the Leadership track over the game as
// a small chart, and what next (rematch with sides swapped, new game, quit), or first the
// debrief of this game.
import { finalBreakdown, type FinalBreakdown, type GameState } from '../../engine/index.js';
import { rules } from '../../engine/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { hint, hintRow } from '../components/hints.js';
import { optionRows } from '../components/lists.js';
import { padRow, rowWidth, Rows, seg, type Row, type Seg } from '../components/rows.js';
import { trackRows } from '../components/tracks.js';
import type { Wording } from '../game/describe.js';
import { actorName, regionName } from '../../i18n/game-words.js';
import { swingText } from '../game/situation-rows.js';
import { END_CHOICES, TUTORIAL_END_CHOICES, type EndChoice } from '../game/play-state.js';
import { displayWidth, fit, padStart, wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';

/** Leadership at the start and at the end of each round, plus the final value when scoring or
 * an instant win moved it after the last round's end. Labels: start, R1, R2, ..., end. */
export function leadershipPoints(state: Pick<GameState, 'leadershipHistory' | 'outcome' | 'leadership'>): { points: number[]; rounds: number[] } {
  const points = [...state.leadershipHistory];
  const rounds = points.map((_, i) => i);
  const final = state.outcome?.leadership ?? state.leadership;
  if (points[points.length - 1] !== final || state.outcome?.reason !== 'finalScoring') {
    points.push(final);
    rounds.push(-1);
  }
  return { points, rounds };
}

/** The chart: one column per point, the rows from +20 (US end) down to −20 (China end). */
export function chartRows(t: Translate, points: readonly number[], height: number, labels: readonly string[], width: number): Row[] {
  const limit = rules.LEADERSHIP_LIMIT;
  // Odd, so 0 has a row of its own; rounded down, so the two label rows still fit in `height`.
  const room = Math.min(11, Math.max(3, height - 2));
  const bands = room % 2 === 1 ? room : room - 1;
  const half = (bands - 1) / 2;
  const rowOf = (v: number) => half - Math.round((v / limit) * half);
  const cell = Math.max(3, Math.min(7, Math.floor((width - 6) / Math.max(1, points.length))));
  const rows: Row[] = [];
  for (let r = 0; r < bands; r++) {
    const value = Math.round(((half - r) / half) * limit);
    const axis = r === 0 || r === half || r === bands - 1 ? padStart(value > 0 ? `+${value}` : String(value), 4) : '    ';
    const row: Row = [seg(`${axis} ${r === half ? '┼' : '│'}`, { dim: true })];
    points.forEach((v) => {
      const here = rowOf(v) === r;
      const tone = v > 0 ? 'us' : v < 0 ? 'china' : 'accent';
      const fill = r === half ? '─' : ' ';
      const left = Math.floor((cell - 1) / 2);
      row.push(here ? seg(`${fill.repeat(left)}●${fill.repeat(cell - 1 - left)}`, { tone, bold: true }) : seg(fill.repeat(cell), { dim: true }));
    });
    rows.push(row);
  }
  const centred = (text: string) => fit(' '.repeat(Math.max(0, Math.floor((cell - text.length) / 2))) + text, cell);
  rows.push([seg('      '), ...labels.map((l) => seg(centred(l), { dim: true }))]);
  rows.push([
    seg('      '),
    ...points.map((v) =>
      seg(centred(v === 0 ? '0' : `${t(`side.letter.${v > 0 ? 'us' : 'china'}`)}+${Math.abs(v)}`), { tone: v > 0 ? 'us' : v < 0 ? 'china' : null, bold: true }),
    ),
  ]);
  return rows;
}

/** Final scoring region by region: each side's points (and level, when `levels`), and the swing. */
export function breakdownRows(w: Wording, b: FinalBreakdown, levels: boolean): Row[] {
  const t = w.t;
  const nameWidth = Math.max(...b.regions.map((r) => displayWidth(regionName(w.lang, r.region))));
  const side = (s: 'us' | 'china', points: number, level: string): Seg[] => [
    seg(t(`side.letter.${s}`), { tone: s, bold: true }),
    seg(` ${padStart(String(points), 2)}${levels ? ` ${fit(t(`level.${level}` as MessageKey), 10)}` : ''}`),
  ];
  const rows: Row[] = [[seg(t('end.breakdown'), { bold: true })]];
  for (const r of b.regions) {
    const swing = r.us - r.china;
    rows.push([
      seg(fit(regionName(w.lang, r.region), nameWidth + 2)),
      ...side('us', r.us, r.level.us),
      seg('  '),
      ...side('china', r.china, r.level.china),
      seg(`  ${swingText(w, swing)}`, { tone: swing > 0 ? 'us' : swing < 0 ? 'china' : null, bold: true }),
    ]);
  }
  rows.push([seg(t('end.breakdown.total', { before: swingText(w, b.before), after: swingText(w, b.after) }), { bold: true })]);
  return rows;
}

/** Two blocks of rows side by side, the left one padded to `leftWidth`. */
function besideRows(left: Row[], leftWidth: number, right: Row[]): Row[] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => [...padRow(left[i] ?? [], leftWidth), seg('  '), ...(right[i] ?? [])]);
}

const OPTION_LABEL: Record<EndChoice, MessageKey> = { rematch: 'end.rematch', newGame: 'end.newGame', quit: 'end.quit', debrief: 'end.debrief' };

export function EndScreen({
  w,
  state,
  cursor,
  seed,
  fromMenu,
  tutorial = false,
  frame,
}: {
  w: Wording;
  state: GameState;
  cursor: number;
  seed: number;
  fromMenu: boolean;
  tutorial?: boolean;
  frame: { columns: number; rows: number };
}) {
  const t = w.t;
  const width = frame.columns - 1;
  const o = state.outcome;
  const rows: Row[] = [
    [
      seg(` ${t(tutorial ? 'tutorial.end.title' : 'end.title')} `, { bold: true, inverse: true, tone: 'accent' }),
      ...(tutorial ? [] : [seg(`   ${t('header.seed', { seed })}`, { dim: true })]),
    ],
    [],
  ];
  if (o) {
    const headline = o.winner ? t('end.winner', { name: actorName(w, o.winner), side: t(`side.${o.winner}`) }) : t('end.draw');
    rows.push([seg(`${headline} `, { bold: true, tone: o.winner }), seg(t('end.how', { reason: t(`end.${o.reason}`), round: o.round }))]);
    if (o.region) rows.push([seg(t('end.region', { region: t(`region.${o.region}`) }), { dim: true })]);
    if (o.loser && o.reason === 'suddenDeath') rows.push([seg(t('end.cutOff', { name: actorName(w, o.loser) }), { dim: true })]);
  }
  // The tutorial's end says where to go next: a real game.
  if (tutorial)
    for (const line of wrap(t(fromMenu ? 'tutorial.end.next.menu' : 'tutorial.end.next'), width)) rows.push([seg(line, { tone: 'good', bold: true })]);
  // No blank row before the chart's title: the four choices and the key hints need the room at 80x24.
  rows.push([seg(t('end.finalTracks'), { bold: true })], ...trackRows(t, state, 2));
  const { points, rounds } = leadershipPoints(state);
  const labels = rounds.map((r) => (r === 0 ? t('end.start') : r < 0 ? t('end.final') : t('end.roundLabel', { round: r })));
  const options = (tutorial ? TUTORIAL_END_CHOICES : END_CHOICES).map((exit) => ({ label: t(exit === 'quit' && fromMenu ? 'end.menu' : OPTION_LABEL[exit]) }));
  const footer = hintRow(t, [
    hint('hint.choose', 'up', 'down'),
    hint('hint.place', 'confirm'),
    hint('hint.debrief', 'debrief'),
    hint('hint.log', 'log'),
    hint('hint.help', 'help'),
  ]);
  const chartRoom = frame.rows - 1 - rows.length - 1 - options.length - 2;
  // Final scoring region by region beside the chart, so the win is explained, not only shown.
  const breakdown = finalBreakdown(state);
  const wide = width >= 100;
  const table = breakdown ? breakdownRows(w, breakdown, wide) : [];
  const tableWidth = Math.max(0, ...table.map(rowWidth));
  const chartWidth = table.length > 0 ? width - tableWidth - 2 : width;
  if (chartRoom >= 5 && chartWidth >= 30) {
    const chart = [[seg(t('end.chart'), { bold: true })], ...chartRows(t, points, chartRoom - 1, labels, chartWidth).slice(0, chartRoom - 1)];
    rows.push(...(table.length > 0 ? besideRows(chart, Math.max(...chart.map(rowWidth)), table) : chart));
  } else {
    rows.push(...table);
  }
  rows.push([], ...optionRows(options, cursor, Math.min(width, 70), options.length));
  while (rows.length < frame.rows - 2) rows.push([]);
  rows.push(footer);
  return <Rows rows={rows} width={width} height={frame.rows - 1} />;
}
