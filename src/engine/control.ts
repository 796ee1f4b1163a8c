// Who controls a space, with encirclement: the villages weaken the opponent's hold on the cities.
import type { RegionId, Side, SpaceId } from '../decks/types.js';
import { SPACE_BY_ID, SPACES_BY_REGION } from './board.js';
import { ENCIRCLEMENT_SPACES, other } from './rules.js';
import type { GameState } from './types.js';

type Board = Pick<GameState, 'influence'>;

function plainController(s: Board, space: SpaceId): Side | null {
  const inf = s.influence[space];
  const def = SPACE_BY_ID[space];
  if (!inf || !def) return null;
  if (inf.us > 0 && inf.us >= inf.china + def.stability) return 'us';
  if (inf.china > 0 && inf.china >= inf.us + def.stability) return 'china';
  return null;
}

function globalSouthControlled(s: Board, side: Side): number {
  let n = 0;
  for (const sp of SPACES_BY_REGION.globalSouth) if (plainController(s, sp.id) === side) n++;
  return n;
}

/** True while `side`'s opponent holds enough of the Global South to encircle `side` in the cities. */
export function isEncircled(s: Board, side: Side): boolean {
  return globalSouthControlled(s, other(side)) >= ENCIRCLEMENT_SPACES;
}

export function controller(s: Board, space: SpaceId): Side | null {
  const def = SPACE_BY_ID[space];
  if (!def) return null;
  if (def.region !== 'chinaMarket' || !def.battleground) return plainController(s, space);
  const inf = s.influence[space];
  if (!inf) return null;
  for (const side of ['us', 'china'] as const) {
    const need = def.stability + (isEncircled(s, side) ? 1 : 0);
    if (inf[side] > 0 && inf[side] >= inf[other(side)] + need) return side;
  }
  return null;
}

export function controlledIn(s: Board, side: Side, region: RegionId): { spaces: number; battlegrounds: number; others: number } {
  let battlegrounds = 0;
  let others = 0;
  for (const sp of SPACES_BY_REGION[region]) {
    if (controller(s, sp.id) !== side) continue;
    if (sp.battleground) battlegrounds++;
    else others++;
  }
  return { spaces: battlegrounds + others, battlegrounds, others };
}
