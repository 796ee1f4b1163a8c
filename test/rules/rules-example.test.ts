// The worked example of the rules book, replayed on the engine: the "Before" column sets up
// the board, the sanction row gives the die and the card's Ops, and the "After" column must be
// what the engine produces. The card is the base deck's, as the book quotes it.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { applyAction, controller, createGame, pressureCheck } from '../../src/engine/index.js';
import { SPACE_BY_ID } from '../../src/engine/board.js';
import { nextRandom } from '../../src/engine/rng.js';
import type { GameState } from '../../src/engine/types.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';
import { numbersIn, readRules, table } from './rules-markdown.js';

const EXAMPLE_KEYS = ['sanction', 'stack', 'leadership', 'tencent', 'clock', 'hawks'];
/** The China card Washington sanctions with, and the event that fired before it. */
const EXAMPLE_CARD = 'ascend-910c-launch';
const FIRED_BEFORE = 'ascend-910b-ramp';

/** A generator state whose next die roll is `face`. */
function rngRolling(face: number): number {
  for (let seed = 0; seed < 10_000; seed++) {
    const probe = { rng: seed };
    if (1 + Math.floor(nextRandom(probe) * 6) === face) return seed;
  }
  throw new Error(`no generator state rolls a ${face}`);
}

function exampleCard() {
  const card = loadBaseDeck().deck?.cards.find((c) => c.id === EXAMPLE_CARD);
  if (!card) throw new Error(`the base deck has no ${EXAMPLE_CARD}`);
  return card;
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
  const md = readRules(lang);
  const t = table(md, 'example');
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
    const card = exampleCard();
    expect(card.side, 'a China card in the US hand').toBe('china');
    expect(card.ops, 'the Ops the book gives the card').toBe(ops);
    const title = typeof card.title === 'string' ? card.title : card.title[lang];
    expect(md, 'the book names the card by its title').toContain(`*${title ?? card.id}*`);
    const setup = fixtureSetup(1, { cards: [...FIXTURE_CARDS, card] });
    const [tencentUs, tencentChina] = row('tencent').before as [number, number];
    const before = produce(createGame(setup), (d) => {
      d.round = 3;
      d.phase = 'actions';
      d.firstPlayer = 'china';
      d.phasing = 'us';
      d.actionsTaken = { us: 0, china: 1 };
      d.deck = d.deck.filter((id) => id !== card.id);
      d.hands.us = [card.id, 'sig-washington'];
      d.hands.china = ['china-vp'];
      d.influence.tencent = { us: tencentUs, china: tencentChina };
      d.eventsPlayed = [...d.eventsPlayed, FIRED_BEFORE];
      d.stack = row('stack').before[0] as number;
      d.leadership = row('leadership').before[0] as number;
      d.clock = row('clock').before[0] as number;
      d.stats.us.controlOps = row('hawks').before[0] as number;
      d.decision = { kind: 'play', side: 'us' };
      d.rng = rngRolling(die);
    });
    expect(measure(before).hawks, 'Hawks before').toEqual(row('hawks').before);
    expect(twiceStability).toBe(2 * (SPACE_BY_ID.tencent?.stability ?? 0));

    // Sanction first: the event would bring the Stack to 4 and its −1 to US sanctions in the
    // China Market (the book's reason for the order).
    const played = applyAction(before, { type: 'play', card: card.id, use: 'sanction', eventFirst: false });
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
