// `silicon-curtain watch ADDRESS`: follows a hosted game (HOST:PORT/CODE, as `host` prints it)
// as a spectator on the usual game screen: the board, the log and the count of each hand, never
// a hand (the server sends a spectator the public view only). It takes no seat and cannot act.
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
    .action(async (address: string, _options: unknown, command: Command) => {
      const lang = chosenLang(command, io.env);
      const { parseAddress } = await import('../../net/client.js');
      const target = parseAddress(address);
      if (!target) throw new UserError(t(lang, 'cli.join.badAddress', { address }));
      if (!io.interactive) throw new UserError(t(lang, 'cli.watch.noTerminal'), ExitCode.noTerminal);
      const { connectSeat } = await import('../net-connection.js');
      const { playSeat } = await import('../net-play.js');
      const seat = connectSeat({ ...target, lang, spectator: true });
      await playSeat(io, seat, { lang, address: target.url, rejoin: null });
    });
}
