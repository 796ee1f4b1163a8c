// Reading the board fast: who controls each space, what a region would score, how many
// Ops a side is from controlling a region. The same rules as the engine's control and
// scoring (a test compares them on random positions), laid out for an evaluation that
// runs hundreds of thousands of times a move.
import type { RegionId, Side, SpaceId } from '../decks/types.js';
import { REGIONS, SPACES, SPACES_BY_REGION, rules } from '../engine/index.js';
import type { GameState } from '../engine/index.js';

/** A space's controller by board index (SPACES order): 0 nobody, 1 the US, 2 China. */
export type Controllers = Uint8Array;

export const NOBODY = 0;
export const US = 1;
export const CHINA = 2;

export function code(side: Side): number {
  return side === 'us' ? US : CHINA;
}

export const SPACE_INDEX: Readonly<Record<SpaceId, number>> = Object.fromEntries(SPACES.map((sp, i) => [sp.id, i]));

interface RegionLayout {
  spaces: { index: number; id: SpaceId; stability: number; battleground: boolean; encirclable: boolean }[];
  battlegrounds: number;
}

export const LAYOUT: Readonly<Record<RegionId, RegionLayout>> = Object.fromEntries(
  REGIONS.map((r) => [
    r,
    {
      spaces: SPACES_BY_REGION[r].map((sp) => ({
        index: SPACE_INDEX[sp.id] as number,
        id: sp.id,
        stability: sp.stability,
        battleground: sp.battleground,
        encirclable: r === 'chinaMarket' && sp.battleground,
      })),
      battlegrounds: SPACES_BY_REGION[r].filter((sp) => sp.battleground).length,
    },
  ]),
) as Record<RegionId, RegionLayout>;

type Influence = GameState['influence'];
type SpaceInfluence = { us: number; china: number };

/** The last influence record read and its entries by board index: reading the board is most of
 * an estimate's time, and a keyed load per space (an id looked up in the record) was a third of
 * it. A record keeps its entries (the rules change their numbers in place, and every space has
 * one from the start), so the entries found once serve every later read of the same record. */
let lastRecord: Influence | null = null;
let lastEntries: (SpaceInfluence | undefined)[] = [];

/** The influence entries of `s`'s spaces by board index (undefined: no entry). */
export function influenceEntries(s: Pick<GameState, 'influence'>): readonly (SpaceInfluence | undefined)[] {
  if (s.influence !== lastRecord) {
    lastRecord = s.influence;
    lastEntries = SPACES.map((sp) => s.influence[sp.id]);
  }
  return lastEntries;
}

function plain(us: number, china: number, stability: number): number {
  if (us > 0 && us >= china + stability) return US;
  if (china > 0 && china >= us + stability) return CHINA;
  return NOBODY;
}

const NO_SPACES: RegionLayout['spaces'] = [];

/** Controllers of every space (or of `regions` only, with the Global South when the China Market is read), with encirclement
 * (the Global South's hold on the city battlegrounds). With `leads`, each space read also gets
 * its US influence minus China's there (0 for a space with no entry), so that a caller reading
 * both does not look each space up twice. */
export function readControllers(
  s: Pick<GameState, 'influence'>,
  out: Controllers = new Uint8Array(SPACES.length),
  regions: readonly RegionId[] = REGIONS,
  leads?: Float64Array,
): Controllers {
  const entries = influenceEntries(s);
  let southUs = 0;
  let southChina = 0;
  // The Global South is read for itself or for encirclement, which only the China Market's cities feel.
  const south = regions === REGIONS || regions.includes('globalSouth') || regions.includes('chinaMarket');
  for (const sp of south ? LAYOUT.globalSouth.spaces : NO_SPACES) {
    const inf = entries[sp.index];
    const c = inf ? plain(inf.us, inf.china, sp.stability) : NOBODY;
    out[sp.index] = c;
    if (leads) leads[sp.index] = inf ? inf.us - inf.china : 0;
    if (c === US) southUs++;
    else if (c === CHINA) southChina++;
  }
  const encircledUs = southChina >= rules.ENCIRCLEMENT_SPACES;
  const encircledChina = southUs >= rules.ENCIRCLEMENT_SPACES;
  for (const region of regions) {
    // Read above: nothing in the Global South is encirclable, so its plain control is all there is.
    if (region === 'globalSouth') continue;
    for (const sp of LAYOUT[region].spaces) {
      const inf = entries[sp.index];
      if (!inf) {
        out[sp.index] = NOBODY;
        if (leads) leads[sp.index] = 0;
        continue;
      }
      if (leads) leads[sp.index] = inf.us - inf.china;
      if (!sp.encirclable) {
        out[sp.index] = plain(inf.us, inf.china, sp.stability);
        continue;
      }
      const needUs = sp.stability + (encircledUs ? 1 : 0);
      const needChina = sp.stability + (encircledChina ? 1 : 0);
      out[sp.index] = inf.us > 0 && inf.us >= inf.china + needUs ? US : inf.china > 0 && inf.china >= inf.us + needChina ? CHINA : NOBODY;
    }
  }
  return out;
}

export function isEncircledBy(ctrl: Controllers, side: Side): boolean {
  const theirs = side === 'us' ? CHINA : US;
  let n = 0;
  for (const sp of LAYOUT.globalSouth.spaces) if (ctrl[sp.index] === theirs) n++;
  return n >= rules.ENCIRCLEMENT_SPACES;
}

export interface RegionScore {
  us: number;
  china: number;
  /** The side at the control level, if any (at a scoring card: dominance). */
  control: Side | null;
}

/** The points of a side with `bg` battlegrounds and `other` other spaces of the region. */
function levelPoints(bg: number, other: number, theirBg: number, theirOther: number, totalBg: number, region: RegionId): number {
  const spaces = bg + other;
  if (spaces === 0) return 0;
  const table = rules.SCORING[region];
  const theirs = theirBg + theirOther;
  if (bg === totalBg && spaces > theirs) return table.control + bg;
  if (spaces > theirs && bg > theirBg && bg > 0 && other > 0) return table.domination + bg;
  return table.presence + bg;
}

/** Whether that side is at the control level: every battleground and more spaces than the other. */
function atControl(bg: number, other: number, theirBg: number, theirOther: number, totalBg: number): boolean {
  return bg + other > 0 && bg === totalBg && bg + other > theirBg + theirOther;
}

/** Points each side would score in `region` (final scoring: control is worth its control value). */
export function regionScore(ctrl: Controllers, region: RegionId): RegionScore {
  return regionScoreInto(ctrl, region, { us: 0, china: 0, control: null });
}

/** regionScore written into `out` (the evaluation's hottest loop reuses one, allocating nothing). */
export function regionScoreInto(ctrl: Controllers, region: RegionId, out: RegionScore): RegionScore {
  let usBg = 0;
  let usOther = 0;
  let chinaBg = 0;
  let chinaOther = 0;
  const layout = LAYOUT[region];
  for (const sp of layout.spaces) {
    const c = ctrl[sp.index];
    if (c === US) {
      if (sp.battleground) usBg++;
      else usOther++;
    } else if (c === CHINA) {
      if (sp.battleground) chinaBg++;
      else chinaOther++;
    }
  }
  const total = layout.battlegrounds;
  out.us = levelPoints(usBg, usOther, chinaBg, chinaOther, total, region);
  out.china = levelPoints(chinaBg, chinaOther, usBg, usOther, total, region);
  out.control = atControl(usBg, usOther, chinaBg, chinaOther, total) ? 'us' : atControl(chinaBg, chinaOther, usBg, usOther, total) ? 'china' : null;
  return out;
}

/** Influence `side` needs in a space to control it, ignoring what the opponent does meanwhile. */
function pointsToControl(own: number, theirs: number, need: number): number {
  return Math.max(own > 0 ? 0 : 1, theirs + need - own);
}

/** Rough Ops `side` still needs to control `region`: every battleground, then one space more
 * than the opponent (a point costs two Ops where the opponent controls the space). */
export function opsToControl(s: Pick<GameState, 'influence'>, ctrl: Controllers, side: Side, region: RegionId): number {
  const me = code(side);
  const them = side === 'us' ? CHINA : US;
  const opp = rules.other(side);
  const encircled = isEncircledBy(ctrl, side);
  let ops = 0;
  let mine = 0;
  let theirs = 0;
  let cheapestOther = Infinity;
  for (const sp of LAYOUT[region].spaces) {
    const c = ctrl[sp.index];
    const inf = s.influence[sp.id];
    if (!inf) continue;
    const cost = c === them ? 2 : 1;
    if (sp.battleground) {
      mine++;
      if (c !== me) ops += cost * pointsToControl(inf[side], inf[opp], sp.stability + (sp.encirclable && encircled ? 1 : 0));
    } else if (c === me) mine++;
    else {
      if (c === them) theirs++;
      cheapestOther = Math.min(cheapestOther, cost * pointsToControl(inf[side], inf[opp], sp.stability));
    }
  }
  if (mine <= theirs) ops += cheapestOther;
  return ops;
}
