// `silicon-curtain watch ADDRESS`: follows a hosted game (HOST:PORT/CODE, as `host` prints it)
// as a spectator on the usual game screen: the board, the log and the count of each hand, never
// a hand (the server sends a spectator the public view only). It takes no seat and cannot act.
// `watch HOST:PORT` on a `serve` lobby is the teacher's dashboard: every game, live; Enter
// watches the chosen one, q there comes back to the dashboard.
import type { Command } from 'commander';
import { t } from '../../i18n/messages.js';
import { ExitCode, UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import { helpText } from '../help-lang.js';

export function register(program: Command, io: CliIO): void {
  program
    .command('watch')
    .description(helpText(program, 'cliHelp.watch'))
    .argument('<address>', helpText(program, 'cliHelp.join.address'))
    .option('--password <text>', helpText(program, 'cliHelp.join.password'))
    .option('--teacher <token>', helpText(program, 'cliHelp.watch.teacher'))
    .action(async (address: string, options: { password?: string; teacher?: string }, command: Command) => {
      const lang = chosenLang(command, io.env);
      const { parseServerAddress } = await import('../../net/client.js');
      const target = parseServerAddress(address);
      if (!target) throw new UserError(t(lang, 'cli.join.badAddress', { address }));
      if (options.teacher !== undefined && !/^[0-9a-f]{32}$/.test(options.teacher)) throw new UserError(t(lang, 'cli.watch.badTeacher'));
      if (!io.interactive) throw new UserError(t(lang, 'cli.watch.noTerminal'), ExitCode.noTerminal);
      const password = options.password ?? io.env.SILICON_CURTAIN_PASSWORD;
      const withPassword = password !== undefined ? { password } : {};
      const { connectSeat } = await import('../net-connection.js');
      const { playSeat } = await import('../net-play.js');
      if (target.code !== null) {
        const seat = connectSeat({ url: target.url, code: target.code, lang, spectator: true, ...withPassword });
        await playSeat(io, seat, { lang, address: target.url, rejoin: null });
        return;
      }
      // The dashboard first answers whether the server lets us in: a refusal is one line.
      const { listGames } = await import('../../net/lobby-client.js');
      const first = await listGames({ url: target.url, ...withPassword });
      if (!first.ok) {
        const { netProblemText } = await import('../../net/problems.js');
        throw new UserError(t(lang, 'cli.watch.lobbyFailed', { url: target.url, reason: netProblemText(first.problem, lang) }));
      }
      const { runLobbyDashboard } = await import('../../ui/lobby-app.js');
      const { lobbyFeed } = await import('../net-lobby.js');
      const { processTerminal } = await import('../process-terminal.js');
      for (;;) {
        const { feed, follower } = lobbyFeed({
          url: target.url,
          lang,
          ...withPassword,
          ...(options.teacher !== undefined ? { teacherToken: options.teacher } : {}),
        });
        let choice;
        try {
          choice = await runLobbyDashboard({ feed, address: address.trim(), lang, color: !io.env.NO_COLOR, terminal: processTerminal() });
        } finally {
          follower.close();
        }
        if ('quit' in choice) {
          if (choice.problem) throw new UserError(choice.problem);
          return;
        }
        const seat = connectSeat({ url: target.url, code: choice.watch, lang, spectator: true, ...withPassword });
        await playSeat(io, seat, { lang, address: target.url, rejoin: null });
      }
    });
}
