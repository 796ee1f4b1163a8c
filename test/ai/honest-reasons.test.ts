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
import { SPACES, applyAction, controller, createGame, legalActions } from '../../src/engine/index.js';
import type { Action, GameState } from '../../src/engine/index.js';
import { spaceName } from '../../src/i18n/game-words.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';

/** The play-test's first 62 moves: round 1 and round 2 up to Washington's Foreign Direct Product Rule. */
const PLAYED: Action[] = [
  {'type': 'chooseFirst', 'first': 'us'},
  {'type': 'headline', 'card': 'entity-list-huawei'},
  {'type': 'headline', 'card': 'ascend-roadmap'},
  {'type': 'place', 'space': 'thailand'},
  {'type': 'place', 'space': 'brazil'},
  {'type': 'place', 'space': 'malaysia'},
  {'type': 'place', 'space': 'uae'},
  {'type': 'place', 'space': 'uae'},
  {'type': 'remove', 'space': 'hbm'},
  {'type': 'remove', 'space': 'openFrameworks'},
  {'type': 'remove', 'space': 'foundries'},
  {'type': 'play', 'card': 'trade-truce', 'use': 'influence'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'place', 'space': 'foundries'},
  {'type': 'play', 'card': 'woodside-summit', 'use': 'event'},
  {'type': 'play', 'card': 'advanced-computing-rules', 'use': 'influence'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'play', 'card': 'ai-diffusion-rule', 'use': 'race'},
  {'type': 'play', 'card': 'foreign-direct-product-rule', 'use': 'event'},
  {'type': 'play', 'card': 'supply-chain-scoring', 'use': 'event'},
  {'type': 'play', 'card': 'samr-nvidia-probe', 'use': 'race'},
  {'type': 'play', 'card': 'stockpiling-before-the-ban', 'use': 'event'},
  {'type': 'hold', 'card': 'closing-the-a800-gap'},
  {'type': 'place', 'space': 'foundries'},
  {'type': 'place', 'space': 'hbm'},
  {'type': 'place', 'space': 'rareEarths'},
  {'type': 'retrieve', 'card': 'stockpiling-before-the-ban'},
  {'type': 'hold', 'card': 'hbm-controls'},
  {'type': 'place', 'space': 'universities'},
  {'type': 'place', 'space': 'bytedance'},
  {'type': 'place', 'space': 'alibaba'},
  {'type': 'chooseFirst', 'first': 'us'},
  {'type': 'headline', 'card': 'h20-export-licence'},
  {'type': 'headline', 'card': 'ascend-roadmap'},
  {'type': 'place', 'space': 'aiLabs'},
  {'type': 'place', 'space': 'startups'},
  {'type': 'place', 'space': 'malaysia'},
  {'type': 'place', 'space': 'saudi'},
  {'type': 'place', 'space': 'saudi'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'place', 'space': 'bytedance'},
  {'type': 'play', 'card': 'ascend-910c-launch', 'use': 'race'},
  {'type': 'play', 'card': 'sudden-cut-off', 'use': 'influence', 'eventFirst': true},
  {'type': 'choose', 'option': 1},
  {'type': 'place', 'space': 'rareEarths'},
  {'type': 'play', 'card': 'closing-the-a800-gap', 'use': 'event'},
  {'type': 'remove', 'space': 'stateCloud'},
  {'type': 'remove', 'space': 'universities'},
  {'type': 'remove', 'space': 'universities'},
  {'type': 'play', 'card': 'supply-chain-scoring', 'use': 'event'},
  {'type': 'play', 'card': 'cann-open-source', 'use': 'influence', 'eventFirst': true},
  {'type': 'place', 'space': 'foundries'},
  {'type': 'play', 'card': 'buy-domestic-guidance', 'use': 'event'},
  {'type': 'place', 'space': 'tencent'},
  {'type': 'place', 'space': 'bytedance'},
  {'type': 'place', 'space': 'alibaba'},
  {'type': 'play', 'card': 'foreign-direct-product-rule', 'use': 'event'},
  {'type': 'remove', 'space': 'hbm'},
  {'type': 'remove', 'space': 'foundries'},
  {'type': 'remove', 'space': 'edaTools'}
];

function stateAfter(moves: number): GameState {
  let s = createGame({ seed: 7301, personas: { us: 'washington', china: 'huawei' }, rounds: 3, cards: loadDeckForTest('base.yaml'), decks: [{ id: 'base', hash: 'test' }] });
  for (const action of PLAYED.slice(0, moves)) s = applyAction(s, action);
  return s;
}

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
      const s = stateAfter(at);
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
      const s = stateAfter(at);
      for (const seed of [1, 2]) {
        const { action, reason } = makeBot('normal', seed).choose(botContext(s, 'us'));
        wrong.push(...falseClaims(s, 'us', action, reason));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still names a control the move itself takes or breaks', () => {
    // Before move 60 Rare earths is China's 2 to 0: removing one of them breaks China's control.
    const s = stateAfter(60);
    expect(controller(s, 'rareEarths')).toBe('china');
    const { reasons, chance } = explainMove({ type: 'remove', space: 'rareEarths' }, s, 'us', s.cards);
    expect({ reasons, chance }).toEqual({ reasons: ['breaks China’s control of Rare earths'], chance: false });
  });

  it('claims nothing off a guessed die: a sanction is the best expectation', () => {
    // Before move 59 Washington could sanction with the Ops of its card instead: the die decides.
    const s = stateAfter(58);
    const sanction = { type: 'play', card: 'foreign-direct-product-rule', use: 'sanction' } as const;
    const after = applyAction(s, sanction);
    const target = after.decision?.kind === 'sanction' ? (legalActions(after)[0] as Action) : null;
    expect(target).not.toBeNull();
    expect(explainMove(target as Action, after, 'us', s.cards)).toEqual({ reasons: [], chance: true });
  });
});
