// `silicon-curtain join ADDRESS`: takes the free seat of a hosted game (HOST:PORT/CODE, as
// `host` prints it) and plays it on the usual game screen; `--token` comes back to a seat after
// a drop; `--bot NAME` plays the seat with a bot instead (no terminal needed). The net code and
// the screen load inside the action, so --help stays fast.
import { Option, type Command } from 'commander';
import { botNames } from '../../ai/bot-names.js';
import { t } from '../../i18n/messages.js';
import { ExitCode, UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import { MAX_SEED, newGameSeed } from '../random-seed.js';
import { defaultDeps as saveDeps, saveFolder } from '../save-commands.js';
import { helpText } from '../help-lang.js';

interface JoinOptions {
  bot?: string;
  token?: string;
  seed?: string;
  password?: string;
  delayMs?: string;
}

export function register(program: Command, io: CliIO): void {
  program
    .command('join')
    .description(helpText(program, 'cliHelp.join'))
    .argument('<address>', helpText(program, 'cliHelp.join.address'))
    .addOption(new Option('--bot <bot>', helpText(program, 'cliHelp.join.bot')).choices(botNames()))
    .option('--token <token>', helpText(program, 'cliHelp.join.token'))
    .option('--seed <n>', helpText(program, 'cliHelp.join.seed'))
    .option('--password <text>', helpText(program, 'cliHelp.join.password'))
    .option('--delay-ms <ms>', helpText(program, 'cliHelp.join.delayMs'))
    .action(async (address: string, options: JoinOptions, command: Command) => {
      const lang = chosenLang(command, io.env);
      const { parseServerAddress } = await import('../../net/client.js');
      const server = parseServerAddress(address);
      if (!server) throw new UserError(t(lang, 'cli.join.badAddress', { address }));
      const password = options.password ?? io.env.SILICON_CURTAIN_PASSWORD;
      // A lobby (HOST:PORT): a game this machine already has a seat in and that is not over
      // (a closed terminal, a restarted server), else the oldest game with a free seat, else a new one.
      let code = server.code;
      if (code === null) {
        const lobby = await import('../../net/lobby-client.js');
        const { netProblemText } = await import('../../net/problems.js');
        const at = { url: server.url, ...(password !== undefined ? { password } : {}) };
        const listed = await lobby.listGames(at);
        if (!listed.ok) throw new UserError(t(lang, 'cli.join.lobbyFailed', { url: server.url, reason: netProblemText(listed.problem, lang) }));
        const { rememberedCodes } = await import('../seat-memory.js');
        const mine = options.bot || options.token ? [] : rememberedCodes(saveFolder(io, saveDeps), server.url);
        // A game the teacher ended still takes its player back (to wait for the next pairing),
        // but takes no newcomer.
        const playing = new Set(listed.value.filter((g) => !g.outcome).map((g) => g.code));
        const open = listed.value.find((g) => !g.outcome && !g.stopped && (g.seats.us === 'open' || g.seats.china === 'open'));
        code = mine.reverse().find((c) => playing.has(c)) ?? open?.code ?? null;
        if (code === null) {
          const created = await lobby.createGame(at);
          if (!created.ok) throw new UserError(t(lang, 'cli.join.lobbyFailed', { url: server.url, reason: netProblemText(created.problem, lang) }));
          code = created.value;
        }
      }
      const target = { url: server.url, code, ...(password !== undefined ? { password } : {}) };
      if (options.token !== undefined && !/^[0-9a-f]{32}$/.test(options.token)) throw new UserError(t(lang, 'cli.join.badToken'));
      if (options.bot) {
        const seed = options.seed === undefined ? newGameSeed() : Number(options.seed);
        if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED)
          throw new UserError(t(lang, 'cli.play.badNumber', { option: '--seed', value: options.seed ?? '', min: 0, max: MAX_SEED }));
        const delayMs = options.delayMs === undefined ? 0 : Number(options.delayMs);
        if (!/^\d+$/.test(options.delayMs ?? '0') || delayMs > 60_000)
          throw new UserError(t(lang, 'cli.play.badNumber', { option: '--delay-ms', value: options.delayMs ?? '', min: 0, max: 60_000 }));
        const { playAsBot } = await import('../../net/bot-player.js');
        const result = await playAsBot({
          ...target,
          ...(options.token ? { token: options.token } : {}),
          bot: options.bot,
          seed,
          lang,
          reconnectAttempts: 20,
          delayMs,
        });
        if (result.stopped) {
          const { standingText } = await import('../../ui/game/remote-state.js');
          const standing = standingText((key, params) => t(lang, key, params), result.stopped);
          io.stdout(`${t(lang, 'cli.join.stopped', { round: result.stopped.round, rounds: result.stopped.rounds, standing })}\n`);
          return;
        }
        if (!result.outcome) {
          const { netProblemText } = await import('../../net/problems.js');
          throw new UserError(result.netProblem ? netProblemText(result.netProblem, lang) : t(lang, 'cli.join.failed', { reason: result.problem ?? '?' }));
        }
        const { outcomeLine } = await import('../net-play.js');
        io.stdout(`${outcomeLine(lang, result.outcome)}\n`);
        return;
      }
      if (!io.interactive) throw new UserError(t(lang, 'cli.join.noTerminal'), ExitCode.noTerminal);
      const { connectSeat } = await import('../net-connection.js');
      const { playSeat } = await import('../net-play.js');
      const { rememberedSeat, rememberSeat } = await import('../seat-memory.js');
      // A seat this machine held at this address is taken back: a closed terminal loses nothing.
      const dir = saveFolder(io, saveDeps);
      const key = `${target.url}/${target.code}`;
      const gameAddress = server.code === null ? `${address.trim().replace(/\/$/, '')}/${code}` : address.trim();
      const token = options.token ?? rememberedSeat(dir, key);
      const seat = connectSeat({ ...target, ...(token ? { token } : {}), lang });
      const failures: string[] = [];
      try {
        await playSeat(io, seat, {
          lang,
          address: target.url,
          rejoin: gameAddress,
          rejoinAt: (moved) => `${server.code === null ? address.trim().replace(/\/$/, '') : address.trim().replace(/\/[^/]*$/, '')}/${moved}`,
          onSeated: (kept, moved) => {
            // A seat the teacher's pairings gave is remembered like one joined by hand.
            const problem = rememberSeat(dir, moved ? `${target.url}/${moved}` : key, kept, new Date());
            if (problem) failures.push(problem);
          },
          // The teacher's new pairings: the next game's seat, over the same address.
          next: (moved) => connectSeat({ ...target, code: moved.code, token: moved.token, lang }),
        });
      } finally {
        for (const failure of failures) io.stderr(`silicon-curtain: ${failure}\n`);
      }
    });
}
