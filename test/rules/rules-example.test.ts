// The worked example of the rules book, replayed on the engine: the "Before" column sets up
// the board, the sanction row gives the die and the card's Ops, and the "After" column must be
// what the engine produces.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { applyAction, controller, createGame, pressureCheck } from '../../src/engine/index.js';
import { SPACE_BY_ID } from '../../src/engine/board.js';
import { nextRandom } from '../../src/engine/rng.js';
import type { GameState } from '../../src/engine/types.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';
import { numbersIn, readRules, table } from './rules-markdown.js';

const EXAMPLE_KEYS = ['sanction', 'stack', 'leadership', 'tencent', 'clock', 'hawks'];

/** A generator state whose next die roll is `face`. */
function rngRolling(face: number): number {
  for (let seed = 0; seed < 10_000; seed++) {
    const probe = { rng: seed };
    if (1 + Math.floor(nextRandom(probe) * 6) === face) return seed;
  }
  throw new Error(`no generator state rolls a ${face}`);
}

function exampleCard(ops: number): CardDef {
  return {
    id: 'ascend-910b-ramp-up', title: 'Ascend 910B ramp-up', side: 'china', ops, era: 1,
    text: 'Advance the Stack one step.', event: [{ op: 'moveTrack', track: 'stack', by: 1 }],
    history: 'The worked example of RULES.md.', date: '2024', source: 'RULES.md',
  };
}

function measure(s: GameState) {
  const hawks = pressureCheck(s, 'us');
  return {
    stack: [s.stack],
    leadership: [s.leadership],
    tencent: [s.influence.tencent?.us, s.influence.tencent?.china],
    clock: [s.clock],
    hawks: [hawks.done, hawks.needed],
  };
}

describe.each(['en', 'fr'] as const)('the worked example (%s)', (lang) => {
  const t = table(readRules(lang), 'example');
  const row = (key: string) => {
    const r = t.rows[t.keys.indexOf(key)];
    if (!r) throw new Error(`no row for ${key}`);
    return { before: numbersIn(r[1] ?? ''), after: numbersIn(r[2] ?? '') };
  };

  it('has one row per tracked quantity', () => {
    expect(t.keys).toEqual(EXAMPLE_KEYS);
    expect(t.rows).toHaveLength(EXAMPLE_KEYS.length);
  });

  it('is what the engine does with that card, that roll and that board', () => {
    const [die, ops, twiceStability, result] = row('sanction').after as [number, number, number, number];
    const card = exampleCard(ops);
    const setup = fixtureSetup(1, { cards: [...FIXTURE_CARDS, card] });
    const [tencentUs, tencentChina] = row('tencent').before as [number, number];
    const before = produce(createGame(setup), (d) => {
      d.phase = 'actions';
      d.firstPlayer = 'china';
      d.phasing = 'us';
      d.actionsTaken = { us: 0, china: 1 };
      d.deck = d.deck.filter((id) => id !== card.id);
      d.hands.us = [card.id, 'sig-washington'];
      d.hands.china = ['china-vp'];
      d.influence.tencent = { us: tencentUs, china: tencentChina };
      d.stack = row('stack').before[0] as number;
      d.leadership = row('leadership').before[0] as number;
      d.clock = row('clock').before[0] as number;
      d.stats.us.controlOps = row('hawks').before[0] as number;
      d.decision = { kind: 'play', side: 'us' };
      d.rng = rngRolling(die);
    });
    expect(measure(before).hawks, 'Hawks before').toEqual(row('hawks').before);
    expect(twiceStability).toBe(2 * (SPACE_BY_ID.tencent?.stability ?? 0));

    const played = applyAction(before, { type: 'play', card: card.id, use: 'sanction', eventFirst: true });
    const after = applyAction(played, { type: 'sanction', space: 'tencent' });

    const sanction = after.log.find((e) => e.type === 'sanction');
    expect(sanction).toMatchObject({ roll: die, modifier: ops - twiceStability, result });
    const measured = measure(after);
    for (const key of EXAMPLE_KEYS.slice(1)) {
      expect(measured[key as keyof typeof measured], `${key} after`).toEqual(row(key).after);
    }
    expect(controller(after, 'tencent')).toBe('us');
  });
});
