// The lobbying and encirclement examples of the rules books (6.4.3 and 7.3.3), replayed on the
// engine: the tables give the board, the dice and the results, and the engine must agree.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Side } from '../../src/decks/types.js';
import { applyAction, controller, createGame, isEncircled, regionClosed, regionLevels } from '../../src/engine/index.js';
import { lobbyTargets } from '../../src/engine/ops.js';
import { nextRandom } from '../../src/engine/rng.js';
import { CLOSED_AT } from '../../src/engine/rules.js';
import { scoreRegion } from '../../src/engine/scoring.js';
import type { GameState } from '../../src/engine/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { nameOf, numbersIn, readRules, table } from './rules-markdown.js';

/** A generator state whose next die rolls are `faces`, in order. */
function rngRollingSequence(faces: number[]): number {
  for (let seed = 0; seed < 1_000_000; seed++) {
    const probe = { rng: seed };
    if (faces.every((face) => 1 + Math.floor(nextRandom(probe) * 6) === face)) return seed;
  }
  throw new Error(`no generator state rolls ${faces.join(', ')}`);
}

const pair = (cell: string) => numbersIn(cell) as [number, number];

/** The lobbying example's board beyond its table, as its text states it. */
const LOBBY_BOARD = { tencent: { us: 3, china: 1 }, stateCloud: { us: 0, china: 3 } };
const LOBBY_CLOCK = 4;
const CLOSES: Record<Lang, RegExp> = { en: /closes at (\d+)\)/, fr: /se ferme à (\d+)\)/ };

describe.each(['en', 'fr'] as const)('the lobbying example (%s)', (lang) => {
  const md = readRules(lang);
  const t = () => table(md, 'lobby');
  const row = (key: string) => {
    const r = t().rows[t().keys.indexOf(key)];
    if (!r) throw new Error(`no row for ${key}`);
    return r;
  };

  it('has the rows the test reads', () => {
    expect(t().keys).toEqual(['first', 'second', 'alibaba', 'bytedance']);
  });

  it('says when the China Market closes, as CLOSED_AT does', () => {
    expect(Number(CLOSES[lang].exec(md)?.[1])).toBe(CLOSED_AT.chinaMarket);
  });

  it('is what the engine does with those dice on that board', () => {
    type Rolls = [number, number, number, number, number, number];
    const [us1, usBonus1, usTotal1, china1, chinaBonus1, chinaTotal1] = numbersIn(row('first')[2] ?? '') as Rolls;
    const [us2, usBonus2, usTotal2, china2, chinaBonus2, chinaTotal2] = numbersIn(row('second')[2] ?? '') as Rolls;
    expect([us1 + usBonus1, china1 + chinaBonus1, us2 + usBonus2, china2 + chinaBonus2]).toEqual([usTotal1, chinaTotal1, usTotal2, chinaTotal2]);
    const [alibabaUs, alibabaChina] = pair(row('alibaba')[1] ?? '');
    const [bytedanceUs, bytedanceChina] = pair(row('bytedance')[1] ?? '');
    const before = produce(createGame(fixtureSetup(1)), (d) => {
      d.phase = 'actions';
      d.firstPlayer = 'us';
      d.phasing = 'us';
      d.actionsTaken = { us: 0, china: 0 };
      d.hands.us = ['us-vp', 'sig-washington'];
      d.hands.china = ['china-vp'];
      d.deck = d.deck.filter((id) => id !== 'us-vp' && id !== 'china-vp');
      d.clock = LOBBY_CLOCK;
      Object.assign(d.influence, LOBBY_BOARD, {
        alibaba: { us: alibabaUs, china: alibabaChina },
        bytedance: { us: bytedanceUs, china: bytedanceChina },
      });
      d.decision = { kind: 'play', side: 'us' };
      // resolveLobby rolls the US die, then China's, for each attempt.
      d.rng = rngRollingSequence([us1, china1, us2, china2]);
    });
    expect(regionClosed(before, 'chinaMarket')).toBe(false);
    expect(controller(before, 'tencent')).toBe('us');
    expect(controller(before, 'alibaba')).toBe('china');
    expect(controller(before, 'stateCloud')).toBe('china');

    const card = before.cards['us-vp'];
    expect(card?.ops, 'a 2-Ops card: two attempts').toBe(2);
    let s = applyAction(before, { type: 'play', card: 'us-vp', use: 'lobby' });
    s = applyAction(s, { type: 'lobby', space: 'alibaba' });
    expect(lobbyTargets(s, 'us'), 'no China influence left in Alibaba').not.toContain('alibaba');
    expect(controller(s, 'alibaba')).toBe(null);
    s = applyAction(s, { type: 'lobby', space: 'bytedance' });

    const lobbies = s.log.filter((e) => e.type === 'lobby');
    expect(lobbies).toMatchObject([
      { space: 'alibaba', rollUs: usTotal1, rollChina: chinaTotal1 },
      { space: 'bytedance', rollUs: usTotal2, rollChina: chinaTotal2 },
    ]);
    expect([s.influence.alibaba?.us, s.influence.alibaba?.china]).toEqual(pair(row('alibaba')[2] ?? ''));
    expect([s.influence.bytedance?.us, s.influence.bytedance?.china]).toEqual(pair(row('bytedance')[2] ?? ''));
  });
});

const NOBODY: Record<Lang, string> = { en: 'nobody', fr: 'personne' };
const LEVEL_WORDS: Record<Lang, Record<string, string>> = {
  en: { none: 'nothing', presence: 'Presence', domination: 'Domination', control: 'Control' },
  fr: { none: 'rien', presence: 'Présence', domination: 'Domination', control: 'Contrôle' },
};
const SPACE_KEYS = ['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities'] as const;

describe.each(['en', 'fr'] as const)('the encirclement example (%s)', (lang) => {
  const t = () => table(readRules(lang), 'encirclement');
  const row = (key: string) => {
    const r = t().rows[t().keys.indexOf(key)];
    if (!r) throw new Error(`no row for ${key}`);
    return r;
  };
  const sideWord = (cell: string): Side | null => {
    if (cell === NOBODY[lang]) return null;
    if (cell === nameOf(lang, 'side.us')) return 'us';
    if (cell === nameOf(lang, 'side.china')) return 'china';
    throw new Error(`"${cell}" names no side`);
  };

  it('has the rows the test reads', () => {
    expect(t().keys).toEqual([...SPACE_KEYS, 'us', 'china', 'leadership']);
  });

  // Column 2: China holds no Global South space; column 3: it controls Thailand and Malaysia.
  it.each([
    [2, false],
    [3, true],
  ] as const)('column %i is what the engine scores (China holds the villages: %s)', (column, villages) => {
    const state: GameState = produce(createGame(fixtureSetup(1)), (d) => {
      for (const key of SPACE_KEYS) {
        const [us, china] = pair(row(key)[1] ?? '');
        d.influence[key] = { us, china };
      }
      d.influence.thailand = { us: 0, china: villages ? 1 : 0 };
      d.influence.malaysia = { us: 0, china: villages ? 1 : 0 };
    });
    expect(isEncircled(state, 'us')).toBe(villages);
    for (const key of SPACE_KEYS) expect(controller(state, key), `controller of ${key}`).toBe(sideWord(row(key)[column] ?? ''));

    const levels = regionLevels(state, 'chinaMarket');
    const scored = produce(state, (d) => scoreRegion(d, 'chinaMarket', false));
    const entry = scored.log.find((e) => e.type === 'score');
    for (const side of ['us', 'china'] as const) {
      const cell = row(side)[column] ?? '';
      expect(cell.startsWith(LEVEL_WORDS[lang][levels[side]] ?? '?'), `${side} level ${levels[side]} in "${cell}"`).toBe(true);
      const numbers = numbersIn(cell);
      expect(entry && entry.type === 'score' ? entry[side] : undefined, `${side} points`).toBe(numbers[numbers.length - 1] ?? 0);
    }
    const moved = numbersIn(row('leadership')[column] ?? '')[0];
    expect(state.leadership - scored.leadership, 'Leadership moved toward China').toBe(moved);
  });
});
