// Exit codes and the one-line error report every failure is turned into.
import { CommanderError } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { sayWording, t, type MessageKey, type Wording } from '../i18n/messages.js';

export const ExitCode = {
  ok: 0,
  /** Bad usage (unknown command or option, invalid value) or an error the user can fix. */
  usage: 1,
  /** The interactive game was asked for without an interactive terminal. */
  noTerminal: 2,
} as const;

/**
 * An error the user can act on: printed as one line, no stack, with its exit code. Given a
 * wording (a catalogue key and its params), it is said in the language of the run (`--lang`,
 * SILICON_CURTAIN_LANG, the locale); `message` is its English.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly exitCode: number;
  readonly wording: Wording | undefined;

  constructor(message: string | Wording, exitCode: number = ExitCode.usage) {
    super(typeof message === 'string' ? message : sayWording('en', message));
    this.exitCode = exitCode;
    this.wording = typeof message === 'string' ? undefined : message;
  }

  /** The one line in `lang`. */
  in(lang: Lang): string {
    return this.wording ? sayWording(lang, this.wording) : this.message;
  }
}

/** A one-line user error from a catalogue key (said in the run's language when it is printed). */
export function userError(key: MessageKey, params?: Wording['params'], exitCode?: number): UserError {
  return new UserError(params ? { key, params } : { key }, exitCode);
}

export interface FailureReport {
  exitCode: number;
  /** What to write on stderr; empty when nothing should be written (help, version). */
  text: string;
}

const PREFIX = 'silicon-curtain: ';

/** Commander's messages span lines ("error: unknown command 'x'\n(Did you mean y?)"): make one. */
export function oneLine(message: string): string {
  return message
    .replace(/^error:\s*/i, '')
    .replace(/\(Did you mean/g, '(did you mean')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Commander's "(Did you mean x?)" / "(Did you mean one of x, y?)", in `lang`; '' without one. */
function suggestion(lang: Lang, names: string | undefined): string {
  return names === undefined ? '' : t(lang, 'cli.error.didYouMean', { names });
}

/**
 * Commander's usage errors in `lang`, worded again from the parts of its message and chosen by its
 * error code (commander has no message catalogue); English, or a message not recognised, is kept.
 */
export function commanderMessage(error: CommanderError, lang: Lang): string {
  const message = error.message;
  if (lang === 'en') return message;
  const parts = (pattern: RegExp) => pattern.exec(message)?.slice(1);
  const did = /(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/.source;
  const unknown = (key: 'cli.error.unknownOption' | 'cli.error.unknownCommand') => {
    const [name, names] = parts(new RegExp(`^error: unknown (?:option|command) '(.*)'${did}`, 's')) ?? [];
    return name === undefined ? undefined : `${t(lang, key, { name })}${suggestion(lang, names)}`;
  };
  const one = (pattern: RegExp, key: 'cli.error.missingArgument' | 'cli.error.optionMissingArgument' | 'cli.error.missingMandatoryOption') => {
    const [name] = parts(pattern) ?? [];
    return name === undefined ? undefined : t(lang, key, { name });
  };
  const source = (kind: string | undefined, name: string | undefined) =>
    t(lang, kind === 'option' ? 'cli.error.source.option' : 'cli.error.source.env', { name: name ?? '' });
  const detail = (text: string | undefined) => {
    const choices = /^Allowed choices are (.*)\.$/s.exec(text ?? '')?.[1];
    if (choices !== undefined) return t(lang, 'cli.error.choices', { choices });
    // The argument parsers' own check (bot-match, play's --handicap): "expected a whole number from A to B".
    const range = /^expected a whole number from (-?\d+) to (-?\d+)$/.exec(text ?? '');
    if (range) return t(lang, 'cli.error.wholeNumber', { min: range[1] ?? '', max: range[2] ?? '' });
    return text ?? '';
  };
  let translated: string | undefined;
  switch (error.code) {
    case 'commander.unknownOption':
      translated = unknown('cli.error.unknownOption');
      break;
    case 'commander.unknownCommand':
      translated = unknown('cli.error.unknownCommand');
      break;
    case 'commander.missingArgument':
      translated = one(/^error: missing required argument '(.*)'$/s, 'cli.error.missingArgument');
      break;
    case 'commander.optionMissingArgument':
      translated = one(/^error: option '(.*)' argument missing$/s, 'cli.error.optionMissingArgument');
      break;
    case 'commander.missingMandatoryOptionValue':
      translated = one(/^error: required option '(.*)' not specified$/s, 'cli.error.missingMandatoryOption');
      break;
    case 'commander.conflictingOption': {
      const found = parts(/^error: (option|environment variable) '(.*)' cannot be used with (option|environment variable) '(.*)'$/s);
      if (found) translated = t(lang, 'cli.error.conflictingOption', { a: source(found[0], found[1]), b: source(found[2], found[3]) });
      break;
    }
    case 'commander.excessArguments': {
      const found = parts(/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s);
      if (found) {
        const [command, expected = '', received = ''] = found;
        translated =
          command === undefined
            ? t(lang, 'cli.error.excessArguments', { expected, received })
            : t(lang, 'cli.error.excessArgumentsFor', { command, expected, received });
      }
      break;
    }
    case 'commander.invalidArgument': {
      const option = parts(/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/s);
      const argument = parts(/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/s);
      if (option) translated = t(lang, 'cli.error.invalidOptionValue', { option: option[0] ?? '', value: option[1] ?? '', detail: detail(option[2]) });
      else if (argument)
        translated = t(lang, 'cli.error.invalidArgumentValue', { value: argument[0] ?? '', name: argument[1] ?? '', detail: detail(argument[2]) });
      break;
    }
  }
  return translated ?? message;
}

/** Turns anything thrown by a command into what to print and the exit code; commander's errors in `lang`. */
export function reportFailure(error: unknown, debug: boolean, lang: Lang = 'en'): FailureReport {
  if (error instanceof CommanderError) {
    // Help and version are "errors" with exit code 0 once exitOverride is on; their text is out.
    if (error.exitCode === 0) return { exitCode: 0, text: '' };
    return { exitCode: error.exitCode, text: `${PREFIX}${oneLine(commanderMessage(error, lang))}\n` };
  }
  if (error instanceof UserError) {
    return { exitCode: error.exitCode, text: `${PREFIX}${oneLine(error.in(lang))}\n` };
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack !== undefined ? error.stack : String(error);
  const text = debug
    ? `${PREFIX}internal error: ${oneLine(message)}\n${stack}\n`
    : `${PREFIX}internal error: ${oneLine(message)} (set SILICON_CURTAIN_DEBUG=1 to see the stack)\n`;
  return { exitCode: ExitCode.usage, text };
}
