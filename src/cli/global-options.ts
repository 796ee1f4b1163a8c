// Options every command shares, declared on the program and read from any subcommand.
import { Option } from 'commander';
import type { Command } from 'commander';
import { LANGS, isLang, langFromLocale } from '../i18n/lang.js';
import { UserError } from './errors.js';
import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';

export function langOption(helpLang: Lang = 'en'): Option {
  return new Option('--lang <lang>', t(helpLang, 'cliHelp.lang')).choices(LANGS);
}

/** The environment variable that sets the language without a locale (Windows sets no LANG). */
export const LANG_VARIABLE = 'SILICON_CURTAIN_LANG';

/** The language the environment asks for: SILICON_CURTAIN_LANG if set, else the locale. */
export function envLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const wanted = env[LANG_VARIABLE]?.trim() ?? '';
  if (wanted === '') return langFromLocale(env);
  const lang = wanted.toLowerCase();
  if (!isLang(lang)) throw new UserError(`${LANG_VARIABLE} must be ${LANGS.join(' or ')}, not '${wanted}'`);
  return lang;
}

/** The language a command should speak: --lang if given (before or after the command), else the environment. */
export function chosenLang(command: Command, env: Readonly<Record<string, string | undefined>>): Lang {
  const { lang } = command.optsWithGlobals<{ lang?: Lang }>();
  return lang ?? envLang(env);
}
