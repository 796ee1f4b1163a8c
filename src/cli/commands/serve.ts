// `silicon-curtain serve`: a headless lobby of many games. Players `join HOST:PORT` (the oldest
// free seat, or a new game) or `join HOST:PORT/CODE`; the teacher `watch HOST:PORT`es the list.
// With --data DIR every game is a normal save file there, written after every move, and a
// restart with the same --data serves every game again, where it stopped, to the same seat
// tokens. It listens on 127.0.0.1 unless --lan; it runs until SIGINT or SIGTERM.
import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import * as rules from '../../engine/rules.js';
import type { Persona, Side } from '../../decks/types.js';
import type { Lang } from '../../i18n/lang.js';
import { sayWording, t, type Wording } from '../../i18n/messages.js';
import { withDeckOptions, type DeckOptions } from '../deck-options.js';
import { UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import { newGameSeed } from '../random-seed.js';
import { lockForPlay } from '../game-lock.js';
import { asUserError, defaultDeps as saveDeps } from '../save-commands.js';
import { helpText } from '../help-lang.js';
import { lanAddresses, listenProblem, tlsFiles, wholeNumber } from '../net-options.js';

interface ServeOptions extends DeckOptions {
  port: string;
  lan?: boolean;
  data?: string;
  password?: string;
  rounds: string;
  maxGames: string;
  fsync?: boolean;
  tlsCert?: string;
  tlsKey?: string;
}

function seededPersona(seed: number, side: Side): Persona {
  const options = rules.PERSONAS[side];
  return options[(seed + (side === 'us' ? 0 : 1)) % options.length] as Persona;
}

/** The data folder, created if needed and known writable, or one line saying why not. */
function checkDataFolder(dir: string, lang: Lang): void {
  let reason: string | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) reason = t(lang, 'cli.serve.dataNotFolder');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'EEXIST' || code === 'ENOTDIR' ? t(lang, 'cli.serve.dataNotFolder') : t(lang, 'cli.serve.dataCannot', { code: code ?? String(error) });
  }
  if (reason === null) {
    const probe = join(dir, `.write-check-${process.pid}.tmp`);
    try {
      closeSync(openSync(probe, 'w'));
      rmSync(probe, { force: true });
    } catch (error) {
      reason = t(lang, 'cli.serve.dataCannot', { code: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  if (reason !== null) throw new UserError(t(lang, 'cli.serve.badData', { dir, reason }));
}

export function register(program: Command, io: CliIO): void {
  const command = program
    .command('serve')
    .description(helpText(program, 'cliHelp.serve'))
    .option('--port <n>', helpText(program, 'cliHelp.serve.port'), '0')
    .option('--lan', helpText(program, 'cliHelp.serve.lan'))
    .option('--data <dir>', helpText(program, 'cliHelp.serve.data'))
    .option('--password <text>', helpText(program, 'cliHelp.serve.password'))
    .option('--rounds <n>', helpText(program, 'cliHelp.play.rounds', { max: rules.MAX_ROUNDS }), String(rules.STANDARD_ROUNDS))
    .option('--max-games <n>', helpText(program, 'cliHelp.serve.maxGames'), '500')
    .option('--fsync', helpText(program, 'cliHelp.serve.fsync'))
    .option('--tls-cert <file>', helpText(program, 'cliHelp.serve.tlsCert'))
    .option('--tls-key <file>', helpText(program, 'cliHelp.serve.tlsKey'));
  withDeckOptions(command).action(async (options: ServeOptions, command: Command) => {
    const lang = chosenLang(command, io.env);
    const port = wholeNumber(options.port, '--port', 0, 65535, lang);
    const rounds = wholeNumber(options.rounds, '--rounds', 1, rules.MAX_ROUNDS, lang);
    const maxGames = wholeNumber(options.maxGames, '--max-games', 1, 10_000, lang);
    const password = options.password ?? io.env.SILICON_CURTAIN_PASSWORD;
    if (password !== undefined && (password === '' || password.length > 200)) throw new UserError(t(lang, 'cli.serve.badPassword'));
    const tls = tlsFiles(options.tlsCert, options.tlsKey, lang);
    const decks = (await import('../game-decks.js')).loadedDecksFromOptions(io, options, lang);
    const dataDir = options.data === undefined ? undefined : resolve(options.data);
    const warn = (problem: Wording) => io.stderr(`silicon-curtain: ${t(lang, 'cli.serve.warning', { line: sayWording(lang, problem) })}\n`);

    const { Lobby } = await import('../../net/lobby.js');
    const lobby = new Lobby({
      newSetup: (asked) => {
        const seed = newGameSeed();
        const personas = { us: seededPersona(seed, 'us'), china: seededPersona(seed, 'china') };
        return { seed, rounds: asked ?? rounds, personas, cards: decks.pool.cards, decks: decks.pool.decks };
      },
      lang,
      deckFiles: options.deck ?? [],
      maxGames,
      flush: options.fsync === true,
      onError: warn,
      ...(dataDir ? { dataDir } : {}),
    });

    let lock: { release(): void } | null = null;
    let resumed = 0;
    if (dataDir) {
      checkDataFolder(dataDir, lang);
      // One server a folder: two would write the same games.
      lock = await asUserError(() => lockForPlay(join(dataDir, '.lobby')));
      const { loadLobby } = await import('../../net/lobby-store.js');
      const stored = await loadLobby(dataDir, saveDeps.decks);
      for (const line of stored.warnings) warn(line);
      for (const game of stored.games) {
        if (game.warning) warn(game.warning);
        lobby.resume(game);
      }
      resumed = stored.games.length;
    }

    const { startServer } = await import('../../net/server.js');
    const host = options.lan ? '0.0.0.0' : '127.0.0.1';
    let server;
    try {
      server = await startServer({
        lobby,
        host,
        port,
        maxConnections: Math.min(4 * maxGames + 64, 5000),
        ...(password !== undefined ? { password } : {}),
        ...(tls ? { tls } : {}),
      });
    } catch (error) {
      lock?.release();
      throw new UserError(t(lang, 'cli.host.listen', { host, port, reason: listenProblem(error as NodeJS.ErrnoException, lang) }));
    }
    const addresses = options.lan ? lanAddresses() : ['127.0.0.1'];
    // With TLS the address says wss://, so that join and watch speak TLS.
    const address = `${tls ? 'wss://' : ''}${addresses[0] ?? '127.0.0.1'}:${server.port}`;
    if (options.lan) io.stdout(`${t(lang, password !== undefined ? 'cli.serve.lanPassword' : 'cli.serve.lan', { addresses: addresses.join(', ') || '?' })}\n`);
    const count = (games: number) => (games === 0 ? '.none' : games === 1 ? '.one' : '') as '' | '.none' | '.one';
    io.stdout(`${t(lang, `cli.serve.listening${count(lobby.size)}`, { address, games: lobby.size, resumed })}\n`);
    io.stdout(`${t(lang, dataDir ? 'cli.serve.data' : 'cli.serve.noData', { dir: dataDir ?? '' })}\n`);
    const pw = password !== undefined ? ' --password …' : '';
    io.stdout(`${t(lang, 'cli.serve.join', { command: `silicon-curtain join ${address}${pw}` })}\n`);
    io.stdout(`${t(lang, 'cli.serve.watch', { command: `silicon-curtain watch ${address}${pw} --teacher ${lobby.teacherToken}` })}\n`);

    // Until SIGINT or SIGTERM: every game is already saved after its last move; clients are
    // told the server is restarting (1001), so they try to come back.
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    await lobby.settled();
    lock?.release();
    io.stdout(`${t(lang, `cli.serve.stopped${count(lobby.size)}`, { games: lobby.size })}\n`);
  });
}
