// The language of --help. Commander writes the help while it parses, from the texts the commands
// were defined with: the language must be known before the program is built, so main() reads
// --lang from argv itself (and falls back on the environment, as chosenLang does for a command).
import type { Argument, Command, Help, Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { isLang } from '../i18n/lang.js';
import { t, type MessageKey, type Params } from '../i18n/messages.js';
import { envLang } from './global-options.js';

/** The language --help speaks: the last valid --lang before `--`, else the environment, else English. */
export function argvLang(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let given: Lang | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLang(value)) given = value;
  }
  if (given !== undefined) return given;
  try {
    return envLang(env);
  } catch {
    // A bad SILICON_CURTAIN_LANG is reported by the command that reads it, in one line.
    return 'en';
  }
}

const LANG_OF = new WeakMap<Command, Lang>();

/** Sets the help language of a program (its root command) before its commands are defined. */
export function setHelpLang(program: Command, lang: Lang): void {
  LANG_OF.set(program, lang);
}

/** The help language of the program `command` belongs to (English for a program built without one). */
export function helpLang(command: Command): Lang {
  let root = command;
  while (root.parent) root = root.parent;
  return LANG_OF.get(root) ?? 'en';
}

/** A help text (description, option or argument help) in the program's help language. */
export function helpText(command: Command, key: MessageKey, params?: Params): string {
  return t(helpLang(command), key, params);
}

/** A value as the help shows it: English keeps commander's JSON ("fr"), French quotes « fr ». */
function shown(lang: Lang, value: unknown): string {
  return lang === 'fr' && typeof value === 'string' ? `«\u00a0${value}\u00a0»` : JSON.stringify(value);
}

/**
 * A default as the help shows it. English keeps commander's JSON ("normal", "3"); French shows a
 * default that is a string as the plain word or number (« par défaut : normal », « par défaut : 3 »),
 * the way a number default reads, rather than between guillemets as if it were a quotation.
 */
function shownDefault(lang: Lang, value: unknown): string {
  return lang === 'fr' && typeof value === 'string' ? value : JSON.stringify(value);
}

/** The extras commander adds after a help text (choices, default), in `lang`; the same logic as commander's Help. */
function withExtras(lang: Lang, description: string, item: Option | Argument, isOption: boolean): string {
  const extras: string[] = [];
  if (item.argChoices) extras.push(t(lang, 'cliHelp.choices', { choices: item.argChoices.map((c) => shown(lang, c)).join(', ') }));
  if (item.defaultValue !== undefined) {
    const option = isOption ? (item as Option) : undefined;
    const showDefault = option === undefined || option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (showDefault) extras.push(t(lang, 'cliHelp.default', { value: item.defaultValueDescription || shownDefault(lang, item.defaultValue) }));
  }
  if (isOption) {
    const option = item as Option;
    if (option.presetArg !== undefined && option.optional) extras.push(t(lang, 'cliHelp.preset', { value: shown(lang, option.presetArg) }));
    if (option.envVar !== undefined) extras.push(t(lang, 'cliHelp.env', { name: option.envVar }));
  }
  if (extras.length === 0) return description;
  const extra = `(${extras.join(', ')})`;
  return description ? `${description} ${extra}` : extra;
}

const TITLES = {
  'Usage:': 'cliHelp.title.usage',
  'Arguments:': 'cliHelp.title.arguments',
  'Options:': 'cliHelp.title.options',
  'Global Options:': 'cliHelp.title.globalOptions',
  'Commands:': 'cliHelp.title.commands',
} as const satisfies Record<string, MessageKey>;

/** What commander calls the implicit `help [command]` of a command group. */
const COMMANDER_HELP_COMMAND = 'display help for command';

/** Spaces a line may break at: every white space but the no-break ones French puts before « : ; ? ! ». */
const BREAK = '[\\t\\v\\f\\r \\u1680\\u2000-\\u200a\\u2028\\u2029\\u205f\\u3000]';
const CHUNK = new RegExp(`${BREAK}*(?:(?!${BREAK})[^\\n])+`, 'g');
const LEADING_BREAK = new RegExp(`^${BREAK}+`);

/** Commander's boxWrap, breaking lines at ordinary spaces only: « : » never starts a line. */
function boxWrap(this: Help, text: string, width: number): string {
  if (width < this.minWidthToWrap) return text;
  const wrapped: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(CHUNK);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let current = [chunks[0] as string];
    let currentWidth = this.displayWidth(current[0] as string);
    for (const chunk of chunks.slice(1)) {
      const chunkWidth = this.displayWidth(chunk);
      if (currentWidth + chunkWidth <= width) {
        current.push(chunk);
        currentWidth += chunkWidth;
        continue;
      }
      wrapped.push(current.join(''));
      const next = chunk.replace(LEADING_BREAK, '');
      current = [next];
      currentWidth = this.displayWidth(next);
    }
    wrapped.push(current.join(''));
  }
  return wrapped.join('\n');
}

/** Commander's own words in the help (titles, choices, default, `help [command]`) in `lang`, through its configureHelp hooks. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    styleTitle: (title: string) => (title in TITLES ? t(lang, TITLES[title as keyof typeof TITLES]) : title),
    optionDescription: (option: Option) => withExtras(lang, option.description, option, true),
    argumentDescription: (argument: Argument) => withExtras(lang, argument.description, argument, false),
    subcommandDescription: (command: Command) => {
      const text = command.summary() || command.description();
      return command.name() === 'help' && text === COMMANDER_HELP_COMMAND ? t(lang, 'cliHelp.helpCommand') : text;
    },
    boxWrap,
  };
}
