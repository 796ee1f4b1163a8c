// What the tests of the base deck's cards share: the deck, its card families (one test file
// each), the personas and cards they name, and the checks every signature or scoring card passes.
import { expect } from 'vitest';
import { effectiveOps, legalActions, regionLevels, rules } from '../../../src/engine/index.js';
import type { GameState, Persona, RegionId, Side } from '../../../src/engine/index.js';
import type { CardDef } from '../../../src/decks/types.js';
import type { CardFamily } from '../card-suite.js';
import { loadDeckForTest } from '../deck-fixture.js';
import { expectEventOver, finishEvent, newGame, playEvent, position, toNextRound } from '../position.js';
import type { PositionOptions } from '../position.js';

export const BASE = loadDeckForTest('base.yaml');
export const at = (card: string, opts: PositionOptions): GameState => position(BASE, card, opts);
export const { SCORING } = rules;

/** The base deck as a designer sorts it: the personas' signature cards, the scoring cards, then
 * every other card (US, China or neutral) by the era it enters the game. Every card is in exactly
 * one family (test/cards/base/families.test.ts checks it), and each family's file tests all its cards. */
const eraCard = (era: 1 | 2 | 3) => (c: CardDef): boolean => c.signature === undefined && c.scoring === undefined && c.era === era;
export const BASE_FAMILIES = {
  signature: { name: 'signature cards', has: (c) => c.signature !== undefined },
  scoring: { name: 'scoring cards', has: (c) => c.scoring !== undefined },
  era1: { name: 'era 1 cards', has: eraCard(1) },
  era2: { name: 'era 2 cards', has: eraCard(2) },
  era3: { name: 'era 3 cards', has: eraCard(3) },
} as const satisfies Record<string, CardFamily>;

export const WASHINGTON = { us: 'washington', china: 'beijing' } as const;
export const NVIDIA = { us: 'nvidia', china: 'beijing' } as const;
export const HUAWEI = { us: 'washington', china: 'huawei' } as const;
/** A 2-Ops card of each side, to read what a later card is worth (under rules 2.0 most ordinary
 * cards are 1 Op, the floor, where a −1 would not show). */
export const US_2 = 'advanced-computing-rules';
export const CHINA_2 = 'deepseek-shock';
export const ops = (s: GameState, side: Side, card: string): number => effectiveOps(s, side, s.cards[card] as CardDef, 'influence');
export const GLOBAL_SOUTH = ['saudi', 'uae', 'thailand', 'malaysia', 'brazil'];
export const DEVELOPERS = ['cudaDevs', 'openFrameworks', 'aiLabs', 'startups'];

/** A signature card: in its persona's opening hand only, and back in hand the round after it is played. */
export function expectSignature(def: CardDef, side: Side, personas: { us: Persona; china: Persona }, without: { us: Persona; china: Persona }): void {
  expect(newGame(BASE, personas).hands[side]).toContain(def.id);
  const other = newGame(BASE, without);
  expect(other.cards[def.id]).toBeUndefined();
  expect([...other.hands[side], ...other.deck, ...other.box]).not.toContain(def.id);
  const endOfRound = finishEvent(playEvent(at(def.id, { side, personas, lastAction: true }), def.id));
  expect(endOfRound.round).toBe(1);
  expect(endOfRound.aside[side]).toEqual([def.id]);
  const next = toNextRound(endOfRound);
  expect(next.hands[side]).toContain(def.id);
  expect(next.aside[side]).toEqual([]);
}

/** A scoring card: only playable for its event; the Leadership change follows the scoring table; control wins. */
export function expectScoring(def: CardDef, region: RegionId, by: Side, board: PositionOptions['board'], levels: object, delta: number, dominance: PositionOptions['board'], winner: Side): void {
  const s = at(def.id, { side: by, board });
  expect(legalActions(s).filter((a) => a.type === 'play' && a.card === def.id)).toEqual([{ type: 'play', card: def.id, use: 'event' }]);
  expect(regionLevels(s, region)).toEqual(levels);
  const scored = playEvent(s, def.id);
  expect(scored.leadership).toBe(delta);
  expect(scored.log.some((e) => e.type === 'score' && e.region === region)).toBe(true);
  expectEventOver(scored, def, by);
  // Control of the China Market wins from round 2; in round 1, and in every other region, it
  // only scores its points.
  const early = playEvent(at(def.id, { side: by, board: { ...board, ...dominance } }), def.id);
  expect(early.outcome).toBeNull();
  expect(early.log.some((e) => e.type === 'score' && e.region === region && e.level[winner] === 'control')).toBe(true);
  const later = at(def.id, { side: by, board: { ...board, ...dominance } });
  later.round = 2;
  const won = playEvent(later, def.id);
  if (region === 'chinaMarket') expect(won.outcome).toMatchObject({ winner, reason: 'dominance', region });
  else {
    expect(won.outcome).toBeNull();
    expect(won.log.some((e) => e.type === 'score' && e.region === region && e.level[winner] === 'control')).toBe(true);
  }
  // A played scoring card returns to the draw pile at the start of the next round.
  const played = finishEvent(playEvent(at(def.id, { side: by, board, lastAction: true }), def.id));
  expect(played.discard).toContain(def.id);
  const next = toNextRound(played);
  expect(next.discard).not.toContain(def.id);
  expect(next.deck).toContain(def.id);
}
