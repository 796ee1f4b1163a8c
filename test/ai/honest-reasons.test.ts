// A bot's reason line claims only what its move does in the real position. It was read off the
// look-ahead's position, where the bot's later steps were the quick policy's guesses: in a
// play-test (seed 7301, hard Washington v human Huawei) the line said "breaks China's control of
// Rare earths" for a removal from EDA tools, and "breaks China's control of Universities" for a
// point placed in Tencent, while both spaces stayed China's.
import { describe, expect, it } from 'vitest';
import { botContext } from '../../src/ai/context.js';
import { hardChoice } from '../../src/ai/hard-bot.js';
import { explainMove } from '../../src/ai/reason.js';
import { makeBot } from '../../src/ai/registry.js';
import type { Side } from '../../src/decks/types.js';
import { SPACES, applyAction, controller, legalActions } from '../../src/engine/index.js';
import type { Action, GameState } from '../../src/engine/index.js';
import { spaceName } from '../../src/i18n/game-words.js';
import { playtestAfter } from '../fixtures/playtest-7301.js';

/** Every "takes control of X" / "breaks China’s control of X" in an English reason, as claims. */
function controlClaims(reason: string): { space: string; taken: boolean }[] {
  const claims: { space: string; taken: boolean }[] = [];
  for (const sp of SPACES) {
    const name = spaceName('en', sp.id);
    if (reason.includes(`takes control of ${name}`)) claims.push({ space: sp.id, taken: true });
    if (new RegExp(`breaks \\S+ control of ${name}\\b`).test(reason)) claims.push({ space: sp.id, taken: false });
  }
  return claims;
}

/** The claims a reason makes that the move, played in the real game, does not bear out. */
function falseClaims(s: GameState, side: Side, action: Action, reason: string): string[] {
  const after = applyAction(s, action);
  return controlClaims(reason)
    .filter(({ space, taken }) => {
      const was = controller(s, space);
      const now = controller(after, space);
      return taken ? !(was !== side && now === side) : !(was !== null && was !== side && now !== was);
    })
    .map(({ space }) => `${space} in "${reason}"`);
}

describe('a bot claims only what its move does', () => {
  // 40: the second point of H20 Export Licence (Tencent); 58: Foreign Direct Product Rule in
  // hand; 59: its first removal of three from the Supply Chain.
  for (const at of [40, 58, 59]) {
    it(`the hard bot, before move ${at} of the play-test`, () => {
      const s = playtestAfter(at);
      const wrong: string[] = [];
      for (const seed of [7301, 7302, 7303, 7304]) {
        const { action, reason } = hardChoice(botContext(s, 'us'), seed, { iterations: 300 });
        wrong.push(...falseClaims(s, 'us', action, reason));
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the normal bot, on the same positions', () => {
    const wrong: string[] = [];
    for (const at of [40, 58, 59]) {
      const s = playtestAfter(at);
      for (const seed of [1, 2]) {
        const { action, reason } = makeBot('normal', seed).choose(botContext(s, 'us'));
        wrong.push(...falseClaims(s, 'us', action, reason));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still names a control the move itself takes or breaks', () => {
    // Before move 60 Rare earths is China's 2 to 0: removing one of them breaks China's control.
    const s = playtestAfter(60);
    expect(controller(s, 'rareEarths')).toBe('china');
    const { reasons, chance } = explainMove({ type: 'remove', space: 'rareEarths' }, s, 'us', s.cards);
    expect({ reasons, chance }).toEqual({ reasons: ['breaks China’s control of Rare earths'], chance: false });
  });

  it('claims nothing off a guessed die: a sanction is the best expectation', () => {
    // Before move 59 Washington could sanction with the Ops of its card instead: the die decides.
    const s = playtestAfter(58);
    const sanction = { type: 'play', card: 'foreign-direct-product-rule', use: 'sanction' } as const;
    const after = applyAction(s, sanction);
    const target = after.decision?.kind === 'sanction' ? (legalActions(after)[0] as Action) : null;
    expect(target).not.toBeNull();
    expect(explainMove(target as Action, after, 'us', s.cards)).toEqual({ reasons: [], chance: true });
  });

  it('keeps a card "for next round" only before the last round', () => {
    // Moves 63 and 96: Washington's keep at the end of round 2, and of round 3 of 3.
    expect(hardChoice(botContext(playtestAfter(63), 'us'), 1, { iterations: 20 }).reason).toMatch(/^keeps one card for next round: /);
    expect(hardChoice(botContext(playtestAfter(96), 'us'), 1, { iterations: 20 }).reason).toMatch(/^keeps one card: /);
    expect(makeBot('normal', 1).choose({ ...botContext(playtestAfter(96), 'us'), lang: 'fr' }).reason).toMatch(/^garde une carte\u00a0: /);
  });
});
