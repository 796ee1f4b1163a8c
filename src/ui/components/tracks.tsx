// The four tracks drawn as tracks: Leadership from China's end (−20) to the US end (+20),
// the Decoupling clock from 5 down to the cut-off at 1, and the two race tracks (0..8).
import type { RegionId, Side } from '../../decks/types.js';
import { REGIONS, rules } from '../../engine/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { leadershipText, regionPlace } from '../../i18n/game-words.js';
import { closedForSanctions } from '../game/view-rules.js';
import { displayWidth, firstFitting, fit } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';
import { seg, type Row } from './rows.js';

export interface TrackValues {
  leadership: number;
  clock: number;
  stack: number;
  lockIn: number;
}

/** Where final scoring would take Leadership if the game ended now, and the room the row may take. */
export interface Projection {
  leadership: number;
  width: number;
}

/** "⇒ C+5" after the Leadership text, in words when the row has room; nothing when even that does not fit. */
function projectionSegs(t: Translate, row: Row, p: Projection | undefined): Row {
  if (!p) return [];
  const used = row.reduce((n, s) => n + displayWidth(s.text), 0);
  const short = p.leadership === 0 ? '0' : `${t(p.leadership > 0 ? 'side.letter.us' : 'side.letter.china')}+${Math.abs(p.leadership)}`;
  const long = `   ${t('track.projectedLong', { value: leadershipText(t, p.leadership) })}`;
  if (used + displayWidth(long) <= p.width) return [seg(long, { dim: true })];
  const brief = `  ${t('track.projected', { value: short })}`;
  return used + displayWidth(brief) <= p.width ? [seg(brief, { dim: true })] : [];
}

function leadershipRow(t: Translate, v: TrackValues, labelWidth: number, projection?: Projection): Row {
  const limit = rules.LEADERSHIP_LIMIT;
  const cells: Row = [];
  for (let x = -limit; x <= limit; x++) {
    if (x === v.leadership) {
      cells.push(seg('●', { tone: v.leadership > 0 ? 'us' : v.leadership < 0 ? 'china' : 'accent', bold: true }));
    } else {
      const ch = x === 0 ? '┼' : x % 5 === 0 ? '┴' : '─';
      cells.push(seg(ch, { tone: x < 0 ? 'china' : x > 0 ? 'us' : null, dim: true }));
    }
  }
  const lead: Side | null = v.leadership > 0 ? 'us' : v.leadership < 0 ? 'china' : null;
  const row: Row = [
    seg(fit(t('track.leadership'), labelWidth), { bold: true }),
    seg(`${t('side.letter.china')}${limit} `, { tone: 'china', bold: true }),
    ...cells,
    seg(` ${limit}${t('side.letter.us')}`, { tone: 'us', bold: true }),
    seg('  '),
    seg(leadershipText(t, v.leadership), { tone: lead, bold: true }),
  ];
  return [...row, ...projectionSegs(t, row, projection)];
}

function closedRegions(v: TrackValues): RegionId[] {
  return REGIONS.filter((r) => closedForSanctions(v, r));
}

/** The clock's cells, " 5 [4] 3  2  1 ": 3 cells a step. */
const CLOCK_CELLS = 3 * (rules.CLOCK_MAX - rules.CLOCK_MIN + 1);

function clockCells(v: TrackValues): Row {
  const out: Row = [];
  for (let step = rules.CLOCK_MAX; step >= rules.CLOCK_MIN; step--) {
    const here = step === v.clock;
    const danger = step <= 2;
    out.push(seg(here ? `[${step}]` : ` ${step} `, here ? { inverse: true, bold: true, tone: danger ? 'bad' : 'accent' } : { dim: true }));
  }
  return out;
}

function raceCells(value: number, side: Side): Row {
  const out: Row = [];
  for (let step = 1; step <= rules.RACE_MAX; step++) {
    out.push(seg(step <= value ? '■' : '□', step <= value ? { tone: side, bold: true } : { dim: true }));
  }
  return out;
}

/** The steps the ability reminders quote, from the rules so a tuned step updates the screen. */
const ABILITY_STEPS = { open: rules.RACE_OPEN_REGION.step, second: rules.RACE_SECOND_ABILITY_STEP };

function raceRow(t: Translate, side: Side, value: number, labelWidth: number, withAbilities: boolean, longName = withAbilities): Row {
  const name = side === 'us' ? t(longName ? 'track.lockIn' : 'track.lockInShort') : t('track.stack');
  return [
    seg(fit(`${name} ${t(`side.letter.${side}`)}`, labelWidth), { bold: true, tone: side }),
    ...raceCells(value, side),
    seg(` ${value}/${rules.RACE_MAX}`, { bold: true }),
    ...(withAbilities ? [seg(`   ${t(`track.raceAbility.${side}`, ABILITY_STEPS)}`, { dim: true })] : []),
  ];
}

/** The regions the clock has closed, in as many cells as `width`: the list, else a shorter
 * wording of the same fact (all closed; the one still open), never a region name cut short. */
function closedText(t: Translate, v: TrackValues, width: number): string {
  const closed = closedRegions(v);
  if (closed.length === 0) return t('track.allOpen');
  const open = REGIONS.filter((r) => !closed.includes(r));
  const list = t('track.closed', { regions: closed.map((r) => t(`region.${r}` as MessageKey)).join(', ') });
  const [only] = open;
  const short = only === undefined ? t('track.allClosed') : open.length === 1 ? t('track.openOnly', { region: regionPlace(only) }) : list;
  return firstFitting([list, short], width);
}

/** The label column of the tall tracks: as wide as the longest label whole (the French clock's,
 * "Horloge du découplage", is 21), when the Leadership row still fits beside it; else the
 * catalogue's short labels ("Horloge"), never a label cut mid-word. */
function tallLabels(t: Translate, v: TrackValues, width: number): { w: number; long: boolean } {
  const column = (labels: string[]) => Math.max(...labels.map((label) => displayWidth(label))) + 1;
  const long = column([
    t('track.leadership'),
    t('track.clock'),
    `${t('track.stack')} ${t('side.letter.china')}`,
    `${t('track.lockIn')} ${t('side.letter.us')}`,
  ]);
  const limit = rules.LEADERSHIP_LIMIT;
  // The Leadership row past its label: both ends, the track, and the lead in words.
  const leadership = displayWidth(
    `${t('side.letter.china')}${limit} ${' '.repeat(2 * limit + 1)} ${limit}${t('side.letter.us')}  ${leadershipText(t, v.leadership)}`,
  );
  if (long + leadership <= width) return { w: long, long: true };
  return {
    w: column([
      t('track.leadership'),
      t('track.clockShort'),
      `${t('track.stack')} ${t('side.letter.china')}`,
      `${t('track.lockInShort')} ${t('side.letter.us')}`,
    ]),
    long: false,
  };
}

/** Two rows on a small screen (Leadership; clock and race tracks together), four on a tall one.
 * With `projection`, final scoring now is shown beside Leadership when it fits. */
export function trackRows(t: Translate, v: TrackValues, rowsAvailable: number, projection?: Projection, width?: number): Row[] {
  if (rowsAvailable >= 4) {
    const { w, long } = tallLabels(t, v, width ?? projection?.width ?? Infinity);
    return [
      leadershipRow(t, v, w, projection),
      [
        seg(fit(t(long ? 'track.clock' : 'track.clockShort'), w), { bold: true }),
        ...clockCells(v),
        seg(`   ${closedText(t, v, (width ?? projection?.width ?? Infinity) - w - CLOCK_CELLS - 3)}`, { dim: true }),
      ],
      raceRow(t, 'china', v.stack, w, true, long),
      raceRow(t, 'us', v.lockIn, w, true, long),
    ];
  }
  return [
    leadershipRow(t, v, 11, projection),
    [
      seg(fit(t('track.clockShort'), 8), { bold: true }),
      ...clockCells(v),
      seg('  │ ', { dim: true }),
      ...raceRow(t, 'china', v.stack, 8, false),
      seg('  │ ', { dim: true }),
      ...raceRow(t, 'us', v.lockIn, 10, false),
    ],
  ];
}
