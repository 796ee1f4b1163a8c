// `silicon-curtain play`: a game in the terminal — hot-seat (two humans), against a bot, or two
// bots to watch. Checks everything it can before loading ink: a missing terminal, a bad
// option or an unreadable deck ends with one line, never a half-drawn screen.
import { Option, type Command } from 'commander';
import { botNames } from '../../ai/registry.js';
import type { Persona } from '../../decks/types.js';
import { SetupError, rules } from '../../engine/index.js';
import { isLang, langFromLocale, type Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Seats, SetupDraft } from '../../ui/launch.js';
import type { GameDecks } from '../../ui/main-menu.js';
import { ExitCode, UserError } from '../errors.js';
import type { CliIO } from '../io.js';

export interface PlayDeps {
  /** The cards of the game: the base deck, or the given deck files. */
  loadDecks(files: readonly string[]): Promise<GameDecks>;
  /** A seed when --seed is not given. */
  randomSeed(): number;
}

/** The one place that knows where cards come from. Branch `decks` brings src/decks/loader.ts
 * (loadBaseDeck, loadDeckFiles); until it is merged the game is dealt from the engine's test deck. */
async function loadDecks(files: readonly string[]): Promise<GameDecks> {
  if (files.length > 0) throw new UserError('--deck needs the deck loader (src/decks/loader.ts), not in this build yet');
  const { FIXTURE_CARDS } = await import('../../../test/engine/fixture-deck.js');
  return { cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }] };
}

export const DEFAULT_DEPS: PlayDeps = {
  loadDecks,
  randomSeed: () => Math.floor(Math.random() * 1_000_000),
};

interface PlayOptions {
  us: string;
  china: string;
  usPersona?: Persona;
  chinaPersona?: Persona;
  seed?: string;
  rounds?: string;
  deck?: string[];
  lang?: string;
}

function defaultBot(): string {
  const bots = botNames();
  return bots.includes('normal') ? 'normal' : (bots[0] ?? 'random');
}

function player(value: string, option: string, lang: Lang): string {
  if (value === 'human' || botNames().includes(value)) return value;
  throw new UserError(t(lang, 'cli.play.badPlayer', { option, value, bots: botNames().join(', ') }));
}

function wholeNumber(value: string, option: string, min: number, max: number, lang: Lang): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(t(lang, 'cli.play.badNumber', { option, value, min, max }));
  }
  return n;
}

function chosenLang(command: Command, env: CliIO['env']): Lang {
  const { lang } = command.optsWithGlobals<{ lang?: string }>();
  return lang !== undefined && isLang(lang) ? lang : langFromLocale(env);
}

export function register(program: Command, io: CliIO, deps: PlayDeps = DEFAULT_DEPS): void {
  program
    .command('play')
    .description('play in the terminal: hot-seat (two humans), against a bot, or watch two bots')
    .addOption(new Option('--us <player>', `who plays the US: human or a bot (${botNames().join(', ')})`).default('human'))
    .addOption(new Option('--china <player>', 'who plays China: human or a bot').default(defaultBot()))
    .addOption(new Option('--us-persona <persona>', 'the US persona (asked on screen if not given)').choices(rules.PERSONAS.us))
    .addOption(new Option('--china-persona <persona>', 'the China persona (asked on screen if not given)').choices(rules.PERSONAS.china))
    .option('--seed <n>', 'the seed that deals the game (random if not given; shown so the game can be replayed)')
    .option('--rounds <n>', `number of rounds, 1 to ${rules.MAX_ROUNDS}`, String(rules.STANDARD_ROUNDS))
    .option('--deck <file...>', 'deck files to play with instead of the base deck')
    .action(async (options: PlayOptions, command: Command) => {
      const lang = chosenLang(command, io.env);
      const seats = { us: player(options.us, '--us', lang), china: player(options.china, '--china', lang) };
      const seed = options.seed === undefined ? deps.randomSeed() : wholeNumber(options.seed, '--seed', 0, 2 ** 31 - 1, lang);
      const rounds = wholeNumber(options.rounds ?? String(rules.STANDARD_ROUNDS), '--rounds', 1, rules.MAX_ROUNDS, lang);
      if (!io.interactive) throw new UserError(t(lang, 'cli.play.noTerminal'), ExitCode.noTerminal);
      const decks = await deps.loadDecks(options.deck ?? []);
      const color = !io.env.NO_COLOR;
      const personas = { ...(options.usPersona ? { us: options.usPersona } : {}), ...(options.chinaPersona ? { china: options.chinaPersona } : {}) };
      // Printed before the screen opens, so it stays in the terminal after the game.
      io.stdout(`${t(lang, 'cli.play.seed', { seed })}\n`);

      const { runPlay, rematchOf } = await import('../../ui/launch.js');
      let game: { setup: SetupDraft; seats: Seats } = { setup: { seed, rounds, personas, cards: decks.cards, decks: decks.decks }, seats };
      for (;;) {
        let result;
        try {
          result = await runPlay({ setup: game.setup, seats: game.seats, lang, color });
        } catch (error) {
          if (error instanceof SetupError) throw new UserError(error.message);
          throw error;
        }
        if (result.outcome) {
          const o = result.outcome;
          const winner = o.winner ? t(lang, `side.${o.winner}`) : null;
          io.stdout(`${winner ? t(lang, 'cli.play.won', { winner, reason: t(lang, `end.${o.reason}`) }) : t(lang, 'cli.play.draw')} ${t(lang, 'cli.play.seed', { seed: game.setup.seed })}\n`);
        }
        if (result.rematch && result.setup) {
          game = rematchOf(result.setup, game.seats);
          continue;
        }
        if (result.newGame) {
          const { runMainMenu } = await import('../../ui/main-menu.js');
          await runMainMenu({ lang, color, decks, startAt: 'newGame', newSeed: deps.randomSeed });
        }
        return;
      }
    });
}
