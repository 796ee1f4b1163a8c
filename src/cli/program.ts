// The commander program: name, version, global options, and the commands that plug into it.
//
// Registration API. A command lives in src/cli/commands/<name>.ts and exports
//
//   export function register(program: Command, io: CliIO): void {
//     program.command('simulate').description(helpText(program, 'cliHelp.simulate')).option(...).action(async (options, command) => {
//       const lang = chosenLang(command, io.env);       // from ../global-options.js
//       io.stdout('...\n');                             // never process.stdout / console
//       throw new UserError('no such deck: x.yaml');     // one line on stderr, exit 1 (../errors.js)
//     });
//   }
//
// (every description and option help in both catalogues, src/i18n/catalog: --help speaks the
// language of --lang, see ./help-lang.ts) then adds itself to COMMANDS below. Keep interactive code (ink, react, src/ui) behind
// `await import()` inside the action so that --help and --version stay fast.
import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { CliIO } from './io.js';
import { langOption } from './global-options.js';
import { helpConfiguration, setHelpLang } from './help-lang.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { registerDefaultAction } from './default-action.js';
import * as play from './commands/play.js';
import * as resume from './commands/resume.js';
import * as saves from './commands/saves.js';
import * as replay from './commands/replay.js';
import * as simulate from './commands/simulate.js';
import * as botMatch from './commands/bot-match.js';
import * as tutorial from './commands/tutorial.js';
import * as rules from './commands/rules.js';
import * as debrief from './commands/debrief.js';
import * as classCmd from './commands/class.js';
import * as cards from './commands/cards.js';
import * as deck from './commands/deck.js';
import * as host from './commands/host.js';
import * as join from './commands/join.js';
import * as watch from './commands/watch.js';
import * as serve from './commands/serve.js';

export interface CommandModule {
  register(program: Command, io: CliIO): void;
}

/** Every command of the game, in the order the help lists them. */
export const COMMANDS: readonly CommandModule[] = [
  play,
  host,
  join,
  watch,
  serve,
  resume,
  saves,
  replay,
  tutorial,
  rules,
  debrief,
  classCmd,
  cards,
  deck,
  simulate,
  botMatch,
];

export const VERSION: string = pkg.version;

/** The program; `lang` is the language of its --help (main() reads it from argv, see help-lang.ts). */
export function createProgram(io: CliIO, commands: readonly CommandModule[] = COMMANDS, lang: Lang = 'en'): Command {
  const program = new Command('silicon-curtain');
  setHelpLang(program, lang);
  program
    .description(t(lang, 'cliHelp.root'))
    .version(VERSION, '-V, --version', t(lang, 'cliHelp.version'))
    .helpOption('-h, --help', t(lang, 'cliHelp.help'))
    .addOption(langOption(lang));

  configure(program, io, lang);
  for (const command of commands) command.register(program, io);
  registerDefaultAction(program, io);
  // A root with its own action gets no implicit `help <command>`: ask for it once there are commands.
  if (program.commands.length > 0) program.helpCommand('help [command]', t(lang, 'cliHelp.helpCommand.root'));

  // Commands registered with addCommand() do not inherit settings: apply them to the whole tree.
  for (const command of descendants(program)) configure(command, io, lang);
  // Only the root takes stray operands, to turn them into "unknown command" (see default-action).
  program.allowExcessArguments(true);
  return program;
}

/** Output through io, errors thrown (not process.exit), suggestions on, help words in `lang`. */
function configure(command: Command, io: CliIO, lang: Lang): void {
  command
    .exitOverride()
    .configureHelp(helpConfiguration(lang))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // main() prints the one-line report of the thrown CommanderError; nothing here.
      outputError: () => {},
    });
}

function* descendants(command: Command): Generator<Command> {
  for (const sub of command.commands) {
    yield sub;
    yield* descendants(sub);
  }
}
