// Random-vs-random complete games on one core, three ways of folding actions:
// Immer with auto-freeze on (play and tests), Immer with auto-freeze off, and in place
// (the simulator's and the search's way). Prints games/s and actions/s.
import { setAutoFreeze } from 'immer';
import { randomBot } from '../../src/ai/random-bot.js';
import { applyAction, applyActionInPlace, cloneState, createGame, viewFor } from '../../src/engine/index.js';
import type { GameSetup, GameState } from '../../src/engine/index.js';
import { benchSetup } from './bench-deck.js';

type Mode = 'immer, auto-freeze on' | 'immer, auto-freeze off' | 'in place';

function playOne(setup: GameSetup, mode: Mode): number {
  const bots = { us: randomBot(setup.seed * 2 + 1), china: randomBot(setup.seed * 2 + 2) };
  let s: GameState = createGame(setup);
  if (mode === 'in place') s = cloneState(s);
  let actions = 0;
  while (!s.outcome) {
    const side = s.decision?.side ?? 'us';
    const { action } = bots[side].choose({ view: viewFor(s, side), catalog: s.cards });
    if (mode === 'in place') applyActionInPlace(s, action);
    else s = applyAction(s, action);
    actions++;
  }
  return actions;
}

function measure(mode: Mode, seconds: number): { games: number; actions: number; elapsed: number } {
  setAutoFreeze(mode === 'immer, auto-freeze on');
  let games = 0;
  let actions = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    actions += playOne(benchSetup(games), mode);
    games++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { games, actions, elapsed };
}

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
measure('in place', 0.5); // warm-up
console.log(
  `engine: random vs random, one core, ${seconds}s per mode (${benchSetup(0)
    .decks.map((d) => d.id)
    .join('+')} deck)`,
);
console.log('mode                      games/s   actions/s   actions/game');
for (const mode of ['immer, auto-freeze on', 'immer, auto-freeze off', 'in place'] as Mode[]) {
  const r = measure(mode, seconds);
  console.log(
    `${mode.padEnd(24)} ${(r.games / r.elapsed).toFixed(0).padStart(8)} ${(r.actions / r.elapsed).toFixed(0).padStart(11)} ${(r.actions / r.games).toFixed(1).padStart(14)}`,
  );
}
