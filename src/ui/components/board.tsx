// The board: four regions in two columns. Each space shows its battleground mark, stability,
// both sides' influence and who controls it; legal targets are marked and the cursor row is
// drawn in inverse, so the choice reads without colour.
import type { RegionId, Side, SpaceId } from '../../decks/types.js';
import { dominanceThreats, encirclement, SPACES_BY_REGION, type PlayerView } from '../../engine/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { BOARD_COLUMNS } from '../game/board-layout.js';
import { closedForSanctions, controllerOf } from '../game/view-rules.js';
import { displayWidth, firstFitting, fit, padStart } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';
import { cutRow, seg, type Row, type Seg } from './rows.js';

export interface BoardMarks {
  /** Spaces the player may pick now. */
  targets: ReadonlySet<SpaceId>;
  cursor: SpaceId | null;
  /** China Market battlegrounds where a side is encircled (7.2): it needs 1 more there. */
  encircled?: boolean;
}

const FIXED = 13; // cells of a space row besides its name

/** The space's name, or its short name when the full one does not fit in `width`. */
function fittedSpaceName(t: Translate, space: SpaceId, width: number): string {
  const full = t(`space.${space}` as MessageKey);
  return displayWidth(full) <= width ? full : t(`spaceShort.${space}` as MessageKey);
}

function influenceCell(n: number, side: Side, strong: boolean): Seg {
  return seg(padStart(n === 0 ? '·' : String(n), 2), n === 0 ? { dim: true } : { tone: side, bold: strong });
}

function spaceRow(
  t: Translate,
  view: Pick<PlayerView, 'influence'>,
  space: SpaceId,
  stability: number,
  battleground: boolean,
  width: number,
  marks: BoardMarks,
): Row {
  const nameWidth = width - FIXED;
  const inf = view.influence[space] ?? { us: 0, china: 0 };
  const owner = controllerOf(view, space);
  const isCursor = marks.cursor === space;
  const isTarget = marks.targets.has(space);
  const mark = isCursor ? seg('▶', { tone: 'accent', bold: true }) : isTarget ? seg('•', { tone: 'accent', bold: true }) : seg(' ');
  const name = fit(fittedSpaceName(t, space, nameWidth), nameWidth);
  const row: Row = [
    mark,
    // ◈: a battleground where the encircled side needs one more influence to control (7.2).
    battleground && marks.encircled ? seg('◈', { tone: 'bad', bold: true }) : seg(battleground ? '◆' : ' ', { tone: 'accent' }),
    seg(name, isCursor ? { inverse: true, bold: true } : isTarget ? { bold: true } : {}),
    seg(` ${padStart(String(stability), 2)} `, { dim: true }),
    influenceCell(inf.us, 'us', owner === 'us'),
    seg(' '),
    influenceCell(inf.china, 'china', owner === 'china'),
    seg(' '),
    owner ? seg(t(`side.letter.${owner}`), { tone: owner, bold: true, inverse: true }) : seg('·', { dim: true }),
  ];
  return cutRow(row, width);
}

/** A region's header: `!` in inverse when a scoring there would win the game now (dominance, 7.4), ⊘ when sanctions are closed. */
function regionHeader(t: Translate, view: Pick<PlayerView, 'clock'>, region: RegionId, width: number, danger: boolean): Row {
  const closed = closedForSanctions(view, region);
  const titleWidth = width - FIXED + 2;
  const full = t(`region.${region}`);
  const marks = `${danger ? '!' : ''}${closed ? '⊘' : ''}`;
  const title = fit(`${marks ? `${marks} ` : ''}${full}`, titleWidth);
  return cutRow(
    [
      seg(title, { bold: true, tone: closed || danger ? 'bad' : 'accent', inverse: danger }),
      seg(` ${t('board.stability').padStart(2)} `, { dim: true }),
      seg(padStart(t('side.letter.us'), 2), { tone: 'us', bold: true }),
      seg(' '),
      seg(padStart(t('side.letter.china'), 2), { tone: 'china', bold: true }),
    ],
    width,
  );
}

function columnRows(
  t: Translate,
  view: Pick<PlayerView, 'influence' | 'clock' | 'round'>,
  regions: readonly RegionId[],
  width: number,
  marks: BoardMarks,
): Row[] {
  const rows: Row[] = [];
  const danger = new Set(
    dominanceThreats(view)
      .filter((d) => d.live)
      .map((d) => d.region),
  );
  const encircled = encirclement(view, 'us').encircled || encirclement(view, 'china').encircled;
  for (const region of regions) {
    rows.push(regionHeader(t, view, region, width, danger.has(region)));
    const regionMarks = { ...marks, encircled: encircled && region === 'chinaMarket' };
    for (const sp of SPACES_BY_REGION[region]) rows.push(spaceRow(t, view, sp.id, sp.stability, sp.battleground, width, regionMarks));
  }
  return rows;
}

/** The board's two columns of rows (drawn side by side), and the legend when there is room for it. */
export function boardRows(
  t: Translate,
  view: Pick<PlayerView, 'influence' | 'clock' | 'round'>,
  columnWidth: number,
  marks: BoardMarks,
  legend: boolean,
): { columns: [Row[], Row[]]; legend: Row | null } {
  const [left, right] = BOARD_COLUMNS.map((regions) => columnRows(t, view, regions, columnWidth, marks)) as [Row[], Row[]];
  // Under a board of two 25-cell columns the whole legend does not fit: its short wording does.
  const legendText = firstFitting([t('board.legend'), t('board.legendShort')], columnWidth * 2 + 1);
  return { columns: [left, right], legend: legend ? [seg(legendText, { dim: true })] : null };
}
