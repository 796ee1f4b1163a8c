// The scoring cards of the base deck: each scores its region by the scoring table, and
// control of the China Market wins from round 2.
import { describe } from 'vitest';
import { cardSuite } from '../card-suite.js';
import type { PositionOptions } from '../position.js';
import { BASE, BASE_FAMILIES, SCORING, expectScoring } from './base-fixture.js';

const suite = cardSuite(BASE, BASE_FAMILIES.scoring);

describe('base deck', () => {
  suite.card('china-market-scoring', (def) => {
    const board = { tencent: [2, 0], bytedance: [2, 0], universities: [1, 0], stateCloud: [0, 3], alibaba: [1, 1] } as const satisfies PositionOptions['board'];
    const sc = SCORING.chinaMarket;
    expectScoring(def, 'chinaMarket', 'china', board, { us: 'domination', china: 'presence' }, sc.domination + 2 - sc.presence, { alibaba: [2, 0] }, 'us');
  });

  suite.card('developers-scoring', (def) => {
    // One battleground in the Developers: China holding it and more spaces is Control, worth its
    // points (dominance is the China Market's alone).
    const board = { cudaDevs: [0, 2], aiLabs: [0, 1], startups: [1, 0], openFrameworks: [1, 1] } as const satisfies PositionOptions['board'];
    const sc = SCORING.developers;
    expectScoring(def, 'developers', 'us', board, { us: 'presence', china: 'control' }, sc.presence - (sc.control + 1), { openFrameworks: [0, 2] }, 'china');
  });

  suite.card('global-south-scoring', (def) => {
    const board = { saudi: [2, 0], thailand: [1, 0], brazil: [0, 1], uae: [2, 0] } as const satisfies PositionOptions['board'];
    const sc = SCORING.globalSouth;
    expectScoring(def, 'globalSouth', 'china', board, { us: 'control', china: 'presence' }, sc.control + 1 - sc.presence, { malaysia: [1, 0] }, 'us');
  });

  suite.card('supply-chain-scoring', (def) => {
    const board = { hbm: [0, 2], rareEarths: [0, 2], edaTools: [2, 0], foundries: [0, 3] } as const satisfies PositionOptions['board'];
    const sc = SCORING.supplyChain;
    expectScoring(def, 'supplyChain', 'us', board, { us: 'presence', china: 'control' }, sc.presence - (sc.control + 1), { foundries: [0, 4] }, 'china');
  });

  suite.coversEveryCard();
});
