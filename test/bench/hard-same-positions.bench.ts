// Does the hard bot play the same way? Issue 17: "a target is met by what the rules reward, never
// by making a bot prefer a kind of play. Check it by letting `hard` play the same positions: its
// choices should move the figures the same way." This plays the simulator's normal-vs-normal games
// (its seeds, personas and deck; game i is game i of `simulate --seed S`), and at every
// action-round card-play and headline decision asks the hard bot, with a fixed iteration budget
// and the acting side's view only, what it would do there; the game goes on with normal's choice.
// It prints, for each use of design.arPlays, the share among normal's and among hard's choices on
// the same positions, the agreement, and what each does with a scoring card it can play.
// A benchmark: it prints figures and fails nothing. One game at a time, on this thread.
//
//   npm run bench -- hard-same-positions --games 40
//   npx tsx test/bench/hard-same-positions.bench.ts --games 40 --seed 31 --iterations 1300 --json
//
// Options: --games N (default 40), --seed S (default 31, as the issue's runs), --iterations N (the
// hard bot's budget a decision; default PLAY_ITERATIONS, what `play` uses), --rounds N (default
// the standard game), --player NAME and --judge NAME (default normal and hard), --json (the
// figures as JSON on stdout; the table then goes to stderr), --minutes M (start no game after M
// minutes: the figures are those of the games played, and say how many). Progress goes to stderr.
import { PLAY_ITERATIONS } from '../../src/ai/bot.js';
import { isBotName } from '../../src/ai/registry.js';
import { cardPool } from '../../src/decks/card-pool.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { rules } from '../../src/engine/index.js';
import type { SimDeck, SimPlan } from '../../src/sim/plan.js';
import type { Position } from './same-positions.js';
import { figuresJson, judgeGame, registryJudge, renderFigures, samePositionsFigures } from './same-positions.js';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}
function whole(name: string, fallback: number, min: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`hard-same-positions: --${name} must be a whole number ≥ ${min}, not '${text}'`);
    process.exit(2);
  }
  return n;
}
function bot(name: string, fallback: string): string {
  const value = option(name) ?? fallback;
  if (!isBotName(value)) {
    console.error(`hard-same-positions: --${name} '${value}' is not a bot (random, easy, normal, hard)`);
    process.exit(2);
  }
  return value;
}

const games = whole('games', 40, 1);
const seed = whole('seed', 31, 0);
const iterations = whole('iterations', PLAY_ITERATIONS, 1);
const rounds = whole('rounds', rules.STANDARD_ROUNDS, 1);
const player = bot('player', 'normal');
const judge = bot('judge', 'hard');
const json = args.includes('--json');
const minutes = whole('minutes', 0, 0);

const base = loadBaseDeck().deck;
if (!base) throw new Error('the base deck does not load: run silicon-curtain deck validate cards/base.yaml');
const deck: SimDeck = cardPool([base]);
const plan: SimPlan = {
  games,
  seed,
  rounds,
  bots: { us: { name: player, thinkMs: null }, china: { name: player, thinkMs: null } },
  personas: { us: 'all', china: 'all' },
  deckArgs: [],
};
const makeJudge = registryJudge(judge, { iterations });
const catalog = Object.fromEntries(deck.cards.map((c) => [c.id, c]));

const positions: Position[] = [];
const started = performance.now();
let problems = 0;
let played = 0;
for (let i = 0; i < games; i++) {
  if (minutes > 0 && performance.now() - started > minutes * 60_000) {
    console.error(`stopped after ${minutes} minutes: ${played} of ${games} games played`);
    break;
  }
  played++;
  const game = judgeGame(plan, deck, i, makeJudge);
  if (game.record.problem) {
    problems++;
    console.error(`game ${i} (seed ${game.record.seed}): ${game.record.problem.kind}: ${game.record.problem.message}`);
  }
  positions.push(...game.positions);
  const s = (performance.now() - started) / 1000;
  console.error(`game ${i + 1}/${games}: ${game.positions.length} decisions judged, ${s.toFixed(0)} s so far`);
}
const seconds = (performance.now() - started) / 1000;
const figures = samePositionsFigures(catalog, played, positions);
const command = `npx tsx test/bench/hard-same-positions.bench.ts --games ${played} --seed ${seed} --iterations ${iterations} --rounds ${rounds} --player ${player} --judge ${judge}`;

const table = [
  `Rules ${rules.RULES_VERSION}: ${player} vs ${player}, seed ${seed}, ${rounds} rounds; ${judge} judges with ${iterations} iterations a decision.`,
  `${command}   (${seconds.toFixed(0)} s${problems > 0 ? `, ${problems} games with a problem` : ''})`,
  '',
  renderFigures(figures, { player, judge }),
].join('\n');
if (json) {
  const out = {
    rulesVersion: rules.RULES_VERSION,
    command,
    player,
    judge,
    iterations,
    seed,
    rounds,
    games: played,
    seconds: Math.round(seconds),
    problems,
    figures: figuresJson(figures),
  };
  console.error(table);
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(table);
}
