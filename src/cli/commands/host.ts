// `silicon-curtain host`: starts a game server in this process and plays the host's own seat on
// the usual game screen; the other player joins with the line it prints. The server holds the
// game and autosaves it like any game; each screen gets only its own seat's view. It listens on
// 127.0.0.1 unless --lan is given.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Persona, Side } from '../../decks/types.js';
import * as rules from '../../engine/rules.js';
import type { Action, GameSetup, GameState } from '../../engine/index.js';
import { sayWording, t } from '../../i18n/messages.js';
import { setupWording } from '../../i18n/setup-words.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import { ExitCode, UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import { MAX_SEED, newGameSeed } from '../random-seed.js';
import { lockForPlay } from '../game-lock.js';
import { checkFolder } from './play.js';
import { asUserError, defaultDeps as saveDeps, saveFolder } from '../save-commands.js';
import { helpText } from '../help-lang.js';
import { lanAddresses, listenProblem, tlsFiles, wholeNumber } from '../net-options.js';

interface HostOptions extends DeckOptions {
  port: string;
  lan?: boolean;
  side: Side;
  usPersona?: Persona;
  chinaPersona?: Persona;
  seed?: string;
  rounds: string;
  resume?: string;
  tlsCert?: string;
  tlsKey?: string;
}

/** The game to host: a new deal or a saved game, how it is saved, and the lock to let go. */
interface HostSetup {
  setup: GameSetup;
  actions: readonly Action[];
  onChange: (actions: readonly Action[], state: GameState) => void;
  saved(): string | null;
  release(): void;
}

/** A persona not given: taken from the seed, as for a bot in `play`, so the same seed deals the same game. */
function seededPersona(seed: number, side: Side): Persona {
  const options = rules.PERSONAS[side];
  return options[(seed + (side === 'us' ? 0 : 1)) % options.length] as Persona;
}

export function register(program: Command, io: CliIO): void {
  const command = program
    .command('host')
    .description(helpText(program, 'cliHelp.host'))
    .option('--port <n>', helpText(program, 'cliHelp.host.port'), '0')
    .option('--lan', helpText(program, 'cliHelp.host.lan'))
    .addOption(new Option('--side <side>', helpText(program, 'cliHelp.host.side')).choices(['us', 'china']).default('us'))
    .addOption(new Option('--us-persona <persona>', helpText(program, 'cliHelp.host.usPersona')).choices(rules.PERSONAS.us))
    .addOption(new Option('--china-persona <persona>', helpText(program, 'cliHelp.host.chinaPersona')).choices(rules.PERSONAS.china))
    .option('--seed <n>', helpText(program, 'cliHelp.host.seed'))
    .option('--rounds <n>', helpText(program, 'cliHelp.play.rounds', { max: rules.MAX_ROUNDS }), String(rules.STANDARD_ROUNDS))
    .option('--resume <file>', helpText(program, 'cliHelp.host.resume'))
    .option('--tls-cert <file>', helpText(program, 'cliHelp.serve.tlsCert'))
    .option('--tls-key <file>', helpText(program, 'cliHelp.serve.tlsKey'));
  withDeckOptions(command).action(async (options: HostOptions, command: Command) => {
    const lang = chosenLang(command, io.env);
    const port = wholeNumber(options.port, '--port', 0, 65535, lang);
    const seed = options.seed === undefined ? newGameSeed() : wholeNumber(options.seed, '--seed', 0, MAX_SEED, lang);
    const rounds = wholeNumber(options.rounds, '--rounds', 1, rules.MAX_ROUNDS, lang);
    const tls = tlsFiles(options.tlsCert, options.tlsKey, lang);
    if (!io.interactive) throw new UserError(t(lang, 'cli.host.noTerminal'), ExitCode.noTerminal);
    const failures: string[] = [];
    const onError = (message: string) => failures.push(message);
    const game = options.resume === undefined ? await newGame() : await savedGame(options.resume);
    try {
      await hostGame(game);
    } finally {
      game.release();
      for (const failure of failures) io.stderr(`silicon-curtain: ${failure}\n`);
    }

    /** A new deal from the options, autosaved in the saves folder from its first move. */
    async function newGame(): Promise<HostSetup> {
      const decks = await (await import('../game-decks.js')).decksFromOptions(io, options, lang);
      const dir = saveFolder(io, saveDeps);
      await checkFolder(dir);
      const { autosaveGame } = await import('../../store/index.js');
      const personas = { us: options.usPersona ?? seededPersona(seed, 'us'), china: options.chinaPersona ?? seededPersona(seed, 'china') };
      const autosave = autosaveGame({ dir, seats: { us: 'human', china: 'human' }, lang, deckFiles: options.deck ?? [], onError });
      return {
        setup: { seed, rounds, personas, cards: decks.cards, decks: decks.decks },
        actions: [],
        onChange: autosave.onChange,
        saved: () => autosave.path,
        release: () => {},
      };
    }

    /** A saved game (a hosted one the host left, or any), continued where it stopped, in its file. */
    async function savedGame(file: string): Promise<HostSetup> {
      const path = resolve(file);
      const lock = await asUserError(() => lockForPlay(path));
      try {
        const { createAutosaver, restoreGame } = await import('../../store/index.js');
        const restored = await asUserError(() => restoreGame(path, saveDeps.decks));
        if (restored.state.outcome) throw new UserError(t(lang, 'cli.host.finished', { file: path }));
        if (restored.warning) io.stderr(`silicon-curtain: ${sayWording(lang, restored.warning)}\n`);
        const saved = restored.save.setup;
        const autosaver = createAutosaver({
          file: path,
          setup: restored.setup,
          seats: saved.seats,
          lang,
          deckFiles: saved.deckFiles,
          backupExisting: restored.readFrom === path,
          onError,
        });
        return { setup: restored.setup, actions: restored.save.actions, onChange: autosaver.save, saved: () => autosaver.path, release: () => lock.release() };
      } catch (error) {
        lock.release();
        throw error;
      }
    }

    async function hostGame(prepared: HostSetup): Promise<void> {
      const { HostedGame } = await import('../../net/hosted-game.js');
      const { startServer } = await import('../../net/server.js');
      const { SetupError } = await import('../../engine/index.js');
      let game;
      try {
        game = new HostedGame({ setup: prepared.setup, actions: prepared.actions, reserved: [options.side], onChange: prepared.onChange });
      } catch (error) {
        if (error instanceof SetupError) throw new UserError(sayWording(lang, setupWording(error)));
        throw error;
      }
      const host = options.lan ? '0.0.0.0' : '127.0.0.1';
      let server;
      try {
        server = await startServer({ game, host, port, ...(tls ? { tls } : {}) });
      } catch (error) {
        throw new UserError(t(lang, 'cli.host.listen', { host, port, reason: listenProblem(error as NodeJS.ErrnoException, lang) }));
      }
      try {
        io.stdout(`${t(lang, 'cli.play.seed', { seed: prepared.setup.seed })}\n`);
        const addresses = options.lan ? lanAddresses() : ['127.0.0.1'];
        if (options.lan) io.stdout(`${t(lang, 'cli.host.lan', { addresses: addresses.join(', ') || '?' })}\n`);
        const scheme = tls ? 'wss://' : '';
        const joinAddress = `${scheme}${addresses[0] ?? '127.0.0.1'}:${server.port}/${game.code}`;
        io.stdout(`${t(lang, 'cli.host.join', { address: joinAddress })}\n`);
        const { connectSeat } = await import('../net-connection.js');
        const { playSeat } = await import('../net-play.js');
        // The host's screen is a client of its own server, on loopback, with its seat's token.
        // With TLS it trusts its own certificate only, whatever name that was made for.
        const seat = connectSeat({
          url: `${tls ? 'wss' : 'ws'}://127.0.0.1:${server.port}`,
          code: game.code,
          token: game.tokens[options.side],
          lang,
          ...(tls ? { pinnedCert: tls.cert } : {}),
        });
        await playSeat(io, seat, { lang, address: `127.0.0.1:${server.port}`, rejoin: null, invite: `silicon-curtain join ${joinAddress}` });
      } finally {
        await server.close({ ended: true });
      }
      const file = prepared.saved();
      if (!game.current.outcome && file) io.stdout(`${t(lang, 'cli.host.saved', { file })}\n`);
    }
  });
}
