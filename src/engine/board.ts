// The map: four regions of spaces, their stability, battlegrounds and adjacency.
// Washington and Beijing are off-board home spaces: they only matter for adjacency.
import type { RegionId, Side, SpaceId } from '../decks/types.js';

export interface SpaceDef {
  id: SpaceId;
  region: RegionId;
  stability: 1 | 2 | 3;
  battleground: boolean;
}

export const REGIONS: readonly RegionId[] = ['chinaMarket', 'developers', 'globalSouth', 'supplyChain'];

export const SPACES: readonly SpaceDef[] = [
  { id: 'tencent', region: 'chinaMarket', stability: 2, battleground: true },
  { id: 'bytedance', region: 'chinaMarket', stability: 2, battleground: true },
  { id: 'alibaba', region: 'chinaMarket', stability: 2, battleground: true },
  { id: 'stateCloud', region: 'chinaMarket', stability: 3, battleground: false },
  { id: 'universities', region: 'chinaMarket', stability: 1, battleground: false },
  { id: 'cudaDevs', region: 'developers', stability: 2, battleground: true },
  { id: 'openFrameworks', region: 'developers', stability: 2, battleground: false },
  { id: 'aiLabs', region: 'developers', stability: 1, battleground: false },
  { id: 'startups', region: 'developers', stability: 1, battleground: false },
  { id: 'saudi', region: 'globalSouth', stability: 2, battleground: false },
  { id: 'uae', region: 'globalSouth', stability: 2, battleground: true },
  { id: 'thailand', region: 'globalSouth', stability: 1, battleground: false },
  { id: 'malaysia', region: 'globalSouth', stability: 1, battleground: false },
  { id: 'brazil', region: 'globalSouth', stability: 1, battleground: false },
  { id: 'foundries', region: 'supplyChain', stability: 3, battleground: true },
  { id: 'hbm', region: 'supplyChain', stability: 2, battleground: false },
  { id: 'rareEarths', region: 'supplyChain', stability: 2, battleground: false },
  { id: 'edaTools', region: 'supplyChain', stability: 2, battleground: false },
];

export const HOME: Record<Side, string> = { us: 'washington', china: 'beijing' };

const LINKS: readonly [string, string][] = [
  // China Market
  ['tencent', 'bytedance'],
  ['bytedance', 'alibaba'],
  ['alibaba', 'tencent'],
  ['alibaba', 'stateCloud'],
  ['stateCloud', 'universities'],
  ['universities', 'tencent'],
  // Developers
  ['cudaDevs', 'openFrameworks'],
  ['openFrameworks', 'aiLabs'],
  ['aiLabs', 'startups'],
  ['startups', 'cudaDevs'],
  // Global South
  ['saudi', 'uae'],
  ['uae', 'thailand'],
  ['thailand', 'malaysia'],
  ['brazil', 'saudi'],
  ['brazil', 'malaysia'],
  // Supply Chain
  ['foundries', 'hbm'],
  ['edaTools', 'foundries'],
  ['rareEarths', 'foundries'],
  ['hbm', 'rareEarths'],
  // Between regions: developers build on the cities' clouds, the villages sit on the supply routes
  ['cudaDevs', 'tencent'],
  ['openFrameworks', 'universities'],
  ['aiLabs', 'bytedance'],
  ['startups', 'brazil'],
  ['uae', 'aiLabs'],
  ['thailand', 'alibaba'],
  ['malaysia', 'foundries'],
  ['hbm', 'cudaDevs'],
  // Homes
  ['washington', 'edaTools'],
  ['washington', 'cudaDevs'],
  ['washington', 'saudi'],
  ['beijing', 'rareEarths'],
  ['beijing', 'stateCloud'],
  ['beijing', 'universities'],
  ['beijing', 'malaysia'],
];

export const SPACE_BY_ID: Readonly<Record<SpaceId, SpaceDef>> = Object.fromEntries(SPACES.map((s) => [s.id, s]));

export const ADJACENT: Readonly<Record<string, readonly string[]>> = (() => {
  const adj: Record<string, string[]> = {};
  for (const [a, b] of LINKS) {
    (adj[a] ??= []).push(b);
    (adj[b] ??= []).push(a);
  }
  return adj;
})();

export const SPACES_BY_REGION: Readonly<Record<RegionId, readonly SpaceDef[]>> = {
  chinaMarket: SPACES.filter((s) => s.region === 'chinaMarket'),
  developers: SPACES.filter((s) => s.region === 'developers'),
  globalSouth: SPACES.filter((s) => s.region === 'globalSouth'),
  supplyChain: SPACES.filter((s) => s.region === 'supplyChain'),
};
