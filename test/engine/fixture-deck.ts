// A small deck made for engine tests: every primitive once, independent of the shipped decks.
import type { CardDef, Era } from '../../src/decks/types.js';
import type { GameSetup } from '../../src/engine/types.js';

const base = { history: 'A test card.', date: '2025-01-01', source: 'test fixture' };

function c(id: string, side: CardDef['side'], ops: number, era: Era, event: CardDef['event'], extra: Partial<CardDef> = {}): CardDef {
  return { id, title: id, side, ops, era, text: id, event, ...base, ...extra };
}

export const FIXTURE_CARDS: CardDef[] = [
  c('score-market', 'neutral', 0, 1, [{ op: 'scoreRegion', region: 'chinaMarket' }], { scoring: 'chinaMarket' }),
  c('score-devs', 'neutral', 0, 1, [{ op: 'scoreRegion', region: 'developers' }], { scoring: 'developers' }),
  c('score-south', 'neutral', 0, 1, [{ op: 'scoreRegion', region: 'globalSouth' }], { scoring: 'globalSouth' }),
  c('score-supply', 'neutral', 0, 1, [{ op: 'scoreRegion', region: 'supplyChain' }], { scoring: 'supplyChain' }),
  c('sig-washington', 'us', 3, 1, [{ op: 'sanction', side: 'self', ops: 3, targets: { region: ['chinaMarket', 'supplyChain'] } }], {
    signature: 'washington',
    tags: ['control'],
  }),
  c(
    'sig-nvidia',
    'us',
    3,
    1,
    [
      { op: 'moveTrack', track: 'lockIn', by: 1 },
      { op: 'addInfluence', side: 'self', amount: 2, targets: { region: 'developers' } },
    ],
    { signature: 'nvidia' },
  ),
  c(
    'sig-beijing',
    'china',
    3,
    1,
    [
      { op: 'removeInfluence', side: 'opponent', amount: 2, targets: { region: 'supplyChain' } },
      { op: 'vp', side: 'self', amount: 1 },
    ],
    { signature: 'beijing' },
  ),
  c(
    'sig-huawei',
    'china',
    3,
    1,
    [
      { op: 'moveTrack', track: 'stack', by: 1 },
      { op: 'addInfluence', side: 'self', amount: 2, targets: { region: 'globalSouth' }, perSpace: 1 },
    ],
    { signature: 'huawei' },
  ),
  c('us-vp', 'us', 2, 1, [{ op: 'vp', side: 'self', amount: 2 }]),
  c('china-vp', 'china', 2, 1, [{ op: 'vp', side: 'self', amount: 2 }]),
  c('us-place', 'us', 3, 1, [{ op: 'addInfluence', side: 'self', amount: 3, targets: { region: 'chinaMarket' }, perSpace: 1 }]),
  c('china-place', 'china', 3, 1, [{ op: 'addInfluence', side: 'self', amount: 3, targets: { region: 'developers' }, perSpace: 2 }]),
  c(
    'us-clock',
    'us',
    4,
    1,
    [
      { op: 'moveTrack', track: 'clock', by: -1 },
      { op: 'clearInfluence', side: 'opponent', targets: { spaces: ['edaTools'] } },
    ],
    { tags: ['control'] },
  ),
  c('china-draw', 'china', 1, 1, [
    { op: 'draw', side: 'self', count: 1 },
    { op: 'discard', side: 'opponent', count: 1, how: 'random' },
  ]),
  c('neutral-choose', 'neutral', 2, 1, [
    {
      op: 'choose',
      chooser: 'self',
      options: [
        { label: 'VP', effects: [{ op: 'vp', side: 'self', amount: 1 }] },
        { label: 'Clock', effects: [{ op: 'moveTrack', track: 'clock', by: 1 }] },
      ],
    },
  ]),
  c('neutral-if', 'neutral', 2, 1, [
    { op: 'if', cond: { persona: { side: 'us', is: 'nvidia' } }, then: [{ op: 'vp', side: 'us', amount: 1 }], else: [{ op: 'vp', side: 'china', amount: 1 }] },
  ]),
  c(
    'us-flag',
    'us',
    2,
    1,
    [
      { op: 'flag', flag: 'licence', set: true },
      { op: 'lasting', side: 'self', duration: 'game', rule: { kind: 'opsBonus', amount: 1, uses: ['influence'] } },
    ],
    { removeAfterEvent: true },
  ),
  c(
    'china-cancel',
    'china',
    2,
    2,
    [
      { op: 'cancelEvent', card: 'us-flag' },
      { op: 'flag', flag: 'licence', set: false },
    ],
    { requires: { flag: 'licence' } },
  ),
  c('china-roll', 'china', 3, 2, [
    {
      op: 'roll',
      outcomes: [
        { min: 1, max: 3, effects: [{ op: 'moveTrack', track: 'stack', by: 1 }] },
        { min: 4, max: 6, effects: [{ op: 'moveTrack', track: 'stack', by: 2 }] },
      ],
    },
  ]),
  c('us-repeat', 'us', 3, 2, [
    { op: 'repeat', times: 2, effects: [{ op: 'removeInfluence', side: 'opponent', amount: 1, targets: { region: 'chinaMarket' } }] },
  ]),
  c('china-foreach', 'china', 3, 2, [
    {
      op: 'forEach',
      spaces: { region: 'globalSouth', battleground: true },
      effects: [{ op: 'addInfluence', side: 'self', amount: 1, targets: { current: true } }],
    },
  ]),
  c('us-next', 'us', 1, 2, [{ op: 'modifyNextCard', side: 'self', opsDelta: 2 }]),
  c('china-lasting', 'china', 2, 2, [{ op: 'lasting', side: 'opponent', duration: 'round', rule: { kind: 'influenceCost', region: 'chinaMarket', extra: 1 } }]),
  c('us-retrieve', 'us', 2, 3, [{ op: 'retrieve', side: 'self', filter: { side: 'us' } }]),
  c('china-nosanction', 'china', 2, 3, [
    { op: 'lasting', side: 'opponent', duration: 'round', rule: { kind: 'noSanctions' } },
    { op: 'vp', side: 'self', amount: { count: { region: 'globalSouth', controlledBy: 'self' }, max: 3 } },
  ]),
  c('neutral-race', 'neutral', 3, 3, [
    { op: 'moveTrack', track: 'lockIn', by: 1 },
    { op: 'moveTrack', track: 'stack', by: 1 },
  ]),
  c('us-disc', 'us', 2, 3, [{ op: 'discard', side: 'opponent', count: 1, how: 'chosen' }]),
  c('china-sanction', 'china', 4, 3, [{ op: 'sanction', side: 'self', ops: 4, targets: { region: 'developers' } }]),
];

export function fixtureSetup(seed: number, overrides: Partial<GameSetup> = {}): GameSetup {
  return {
    seed,
    personas: { us: 'washington', china: 'huawei' } as const,
    cards: FIXTURE_CARDS,
    decks: [{ id: 'fixture', hash: 'fixture' }],
    ...overrides,
  };
}
