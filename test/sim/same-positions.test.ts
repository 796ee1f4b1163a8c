// The hard-vs-normal benchmark's position collection (test/bench/same-positions.ts), on short
// random-bot games: every card-play and headline decision is judged once, from the acting side's
// view only, and the figures count each judged choice under exactly one use.
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/ai/bot.js';
import { makeBot } from '../../src/ai/registry.js';
import { cardPool } from '../../src/decks/card-pool.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { applyActionInPlace, createGameInPlace, viewFor } from '../../src/engine/index.js';
import type { PlayerView } from '../../src/engine/index.js';
import { PLAY_KINDS } from '../../src/sim/design.js';
import type { SimDeck, SimPlan } from '../../src/sim/plan.js';
import { gameSpec } from '../../src/sim/plan.js';
import type { JudgeMaker } from '../bench/same-positions.js';
import { judgeGame, samePositionsFigures } from '../bench/same-positions.js';

const base = loadBaseDeck().deck;
if (!base) throw new Error('the base deck does not load');
const deck: SimDeck = cardPool([base]);
const catalog = Object.fromEntries(deck.cards.map((c) => [c.id, c]));
const plan: SimPlan = {
  games: 2,
  seed: 31,
  rounds: 1,
  bots: { us: { name: 'random', thinkMs: null }, china: { name: 'random', thinkMs: null } },
  personas: { us: 'all', china: 'all' },
  deckArgs: [],
};

/** A hard judge on a tiny budget that keeps a copy of every view it is shown. */
function watchedHard(seen: PlayerView[]): JudgeMaker {
  return (seed) => {
    const hard = makeBot('hard', seed, { iterations: 8 });
    return { name: 'hard', choose: (ctx: BotContext) => (seen.push(structuredClone(ctx.view)), hard.choose(ctx)) };
  };
}

describe('hard judged on the positions of the simulator’s games', () => {
  for (const index of [0, 1]) {
    it(`game ${index}: one judged position per card-play and headline decision, seen from the acting side only`, () => {
      const seen: PlayerView[] = [];
      const game = judgeGame(plan, deck, index, watchedHard(seen));
      expect(game.record.problem).toBeNull();
      const plays = game.positions.filter((p) => p.kind === 'play');
      // The log's action-round plays (what simulate counts in design.arPlays) are the judged plays.
      const logged = game.record.design?.plays.slice(0, PLAY_KINDS.indexOf('event') + 1).reduce((a, b) => a + b, 0);
      expect(plays.length).toBe(logged);
      expect(game.positions.filter((p) => p.kind === 'headline')).toHaveLength(2);
      expect(seen).toHaveLength(game.positions.length);

      // Replay the player's actions: at each judged decision the judge saw exactly the acting side's view.
      const spec = gameSpec(plan, index);
      const state = createGameInPlace({ seed: spec.seed, personas: spec.personas, rounds: plan.rounds, cards: deck.cards, decks: deck.decks });
      let judged = 0;
      for (const action of game.actions) {
        const d = state.decision;
        if (d && (d.kind === 'play' || d.kind === 'headline')) {
          const view = seen[judged] as PlayerView & { hands?: unknown };
          const opponent = d.side === 'us' ? 'china' : 'us';
          expect(view.side).toBe(d.side);
          expect(view.hands).toBeUndefined();
          expect(view.hand).toEqual(state.hands[d.side]);
          expect(view.opponentHandCount).toBe(state.hands[opponent].length);
          expect(view).toEqual(structuredClone(viewFor(state, d.side)));
          // The judge answered with one of the moves open to it there.
          const answer = game.positions[judged]?.judge;
          expect(view.legal).toContainEqual(answer);
          judged++;
        }
        applyActionInPlace(state, action);
      }
      expect(judged).toBe(game.positions.length);
      expect(state.outcome).not.toBeNull();
    });
  }

  it('counts every judged play under exactly one of the five uses, for each bot', () => {
    const positions = [0, 1].flatMap((i) => judgeGame(plan, deck, i, watchedHard([])).positions);
    const f = samePositionsFigures(catalog, 2, positions);
    const uses = ['influence', 'sanction', 'lobby', 'race', 'event'] as const;
    expect(f.decisions.play).toBeGreaterThan(10);
    for (const who of ['player', 'judge'] as const) {
      expect(uses.reduce((n, u) => n + f.arPlays[u][who].k, 0)).toBe(f.decisions.play);
      expect(f.arPlays.ownEvent[who].k + f.arPlays.scoring[who].k).toBeLessThanOrEqual(f.arPlays.event[who].k);
    }
    expect(f.agreement.action.n).toBe(f.decisions.play);
    expect(f.agreement.action.k).toBeLessThanOrEqual(f.agreement.use.k);
  });
});
