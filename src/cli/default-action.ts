// What `silicon-curtain` does with no command: the main menu, which needs an interactive terminal.
//
// The main menu is the UI's (src/ui). The UI developer wires it here, loaded lazily so that
// --help and --version never evaluate ink or react:
//
//   const { runMainMenu } = await import('../ui/main-menu.js');
//   await runMainMenu({ lang: chosenLang(program, io.env) });   // runMainMenu(options: { lang: Lang }): Promise<void>
//
// Until then an interactive terminal gets the help.
import type { Command } from 'commander';
import type { CliIO } from './io.js';
import { ExitCode, UserError } from './errors.js';

export const NO_TERMINAL_MESSAGE =
  "the game needs an interactive terminal; try 'silicon-curtain simulate --games 10' or 'silicon-curtain --help'";

export function registerDefaultAction(program: Command, io: CliIO): void {
  program.action(() => {
    // The root accepts stray operands only so that a mistyped command is reported as one.
    if (program.args.length > 0) reportUnknownCommand(program);
    if (!io.interactive) throw new UserError(NO_TERMINAL_MESSAGE, ExitCode.noTerminal);
    program.outputHelp();
  });
}

/** Commander's own "unknown command 'x' (did you mean y?)", with its suggestion from the registered commands. */
function reportUnknownCommand(program: Command): never {
  // unknownCommand() is commander's (since v5), left out of its typings; it throws via exitOverride.
  (program as unknown as { unknownCommand(): never }).unknownCommand();
  throw new UserError(`unknown command '${String(program.args[0])}'`);
}
