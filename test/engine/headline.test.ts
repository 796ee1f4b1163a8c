// The headline (RULES 6.2.1): ordinary cards, and the signature card of a side that does not lead.
import { describe, expect, it } from 'vitest';
import { applyAction, cloneState, createGame, legalActions } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { picker } from './helpers.js';
import { fixtureSetup } from './fixture-deck.js';

function atHeadline(leadership: number): GameState {
  const pick = picker(3);
  let s = createGame(fixtureSetup(3));
  while (s.decision?.kind !== 'headline') s = applyAction(s, pick(legalActions(s)));
  const t = cloneState(s);
  t.leadership = leadership;
  return t;
}

function headlineChoices(s: GameState): string[] {
  return legalActions(s).flatMap((a) => (a.type === 'headline' ? [a.card] : []));
}

const signatureOf = (s: GameState, side: 'us' | 'china') => s.hands[side].find((id) => s.cards[id]?.signature !== undefined);

describe('the headline', () => {
  it('offers the signature card to a side that is level or behind, never to the side ahead', () => {
    const side = atHeadline(0).decision?.side ?? 'us';
    // Leadership above 0 means the US leads.
    const leads = side === 'us' ? 4 : -4;
    for (const [leadership, offered] of [
      [0, true],
      [-leads, true],
      [leads, false],
    ] as const) {
      const s = atHeadline(leadership);
      const signature = signatureOf(s, side);
      expect(signature).toBeDefined();
      expect(headlineChoices(s).includes(signature as string), `Leadership ${leadership}, ${side} to headline`).toBe(offered);
      expect(headlineChoices(s).length).toBeGreaterThan(1);
    }
  });

  it('never offers the bargaining chip', () => {
    const s = atHeadline(0);
    const chips = Object.values(s.cards)
      .filter((c) => c.passes)
      .map((c) => c.id);
    expect(headlineChoices(s).some((id) => chips.includes(id))).toBe(false);
  });

  it('fires a headlined signature card’s event and gives the card back next round', () => {
    let s = atHeadline(0);
    const side = s.decision?.side ?? 'us';
    const signature = signatureOf(s, side) as string;
    s = applyAction(s, { type: 'headline', card: signature });
    const pick = picker(5);
    while (s.decision?.kind === 'headline' || !s.headlineRevealed) s = applyAction(s, pick(legalActions(s)));
    expect(s.log.some((e) => e.type === 'play' && e.use === 'headline' && e.card === signature)).toBe(true);
    expect(s.hands[side]).not.toContain(signature);
    while (!s.outcome && s.round === 1) s = applyAction(s, pick(legalActions(s)));
    if (!s.outcome) expect(s.hands[side]).toContain(signature);
  });
});
