// Options every command shares, declared on the program and read from any subcommand.
import { Option } from 'commander';
import type { Command } from 'commander';
import { LANGS, langFromLocale } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the game; the locale (LANG) decides if not given').choices(LANGS);
}

/** The language a command should speak: --lang if given (before or after the command), else the locale. */
export function chosenLang(command: Command, env: Readonly<Record<string, string | undefined>>): Lang {
  const { lang } = command.optsWithGlobals<{ lang?: Lang }>();
  return lang ?? langFromLocale(env);
}
