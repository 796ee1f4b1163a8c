// --help in the player's language (issue 20: "`--help` and `saves` translated"): with --lang fr,
// SILICON_CURTAIN_LANG=fr or a French locale, every command's help is French, commander's own
// words included; without them it stays the English help.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { argvLang } from '../../src/cli/help-lang.js';
import { en } from '../../src/i18n/catalog/en.js';
import { captureIO, runCli } from './capture-io.js';
import { REPO } from './built-cli.js';

/** Every command's path from the root: [], ['play'], ['class', 'report'], ... */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return [prefix, ...command.commands.flatMap((sub) => commandPaths(sub, [...prefix, sub.name()]))];
}

const PATHS = commandPaths(createProgram(captureIO()));

async function help(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await runCli([...args, '--help'], { env });
  expect(run.code).toBe(0);
  expect(run.err).toBe('');
  return run.out;
}

/** A line that reads the same in both languages: blank, a word alone, or command syntax (flags, examples). */
function syntaxOnly(line: string): boolean {
  const text = line.trim();
  return text === '' || /^[\p{L}]+$/u.test(text) || /^(silicon-curtain\s.*|[-<[][^\s]*\)?)$/.test(text);
}

describe('--help in French', () => {
  it('covers every command', () => {
    expect(PATHS.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['', 'play', 'saves', 'class report', 'cards show', 'deck validate', 'bot-match']));
  });

  it.each(PATHS.map((p) => [p.join(' ') || '(root)', p]))('%s: no line of the English help is left', async (_name, args) => {
    const english = await help(args as string[]);
    const french = await help(['--lang', 'fr', ...(args as string[])]);
    const englishLines = new Set(english.split('\n'));
    const left = french.split('\n').filter((line) => englishLines.has(line) && !syntaxOnly(line));
    expect(left).toEqual([]);
    expect(french).toMatch(/^Utilisation\u00a0: silicon-curtain/);
    expect(french).toContain('Options\u00a0:');
    expect(french).toMatch(/-h, --help\s+afficher cette aide/);
    for (const word of ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help', '(default:', '(choices:']) expect(french).not.toContain(word);
    // The no-break spaces hold: a wrapped line never starts with « : », « ; » or a closing ».
    expect(french).not.toMatch(/\n\s*[:;»]/);
  });

  it('lists the subcommands of a group and its help command in French', async () => {
    const french = await help(['--lang', 'fr', 'class']);
    expect(french).toContain('Commandes\u00a0:');
    expect(french).toMatch(/help \[command\]\s+afficher l’aide d’une commande/);
    const play = (await help(['--lang', 'fr', 'play'])).replace(/\n\s+/g, ' ');
    expect(play).toMatch(/\(choix\u00a0: «\u00a0washington\u00a0», «\u00a0nvidia\u00a0»\)/);
    // A default is shown as its value, not quoted: a string default reads like a number default.
    expect(play).toMatch(/\(par défaut\u00a0: human\)/);
    expect(play).toMatch(/nombre de manches, de 1 à 9 \(par défaut\u00a0: 3\)/);
    expect(play).not.toMatch(/par défaut\u00a0: [«"]/);
    const simulate = (await help(['--lang', 'fr', 'simulate'])).replace(/\n\s+/g, ' ');
    expect(simulate).toMatch(/\(par défaut\u00a0: random\)/);
  });

  it('follows --lang wherever it is, then SILICON_CURTAIN_LANG, then the locale', async () => {
    const english = await help(['saves']);
    expect(english).toContain('list saved games, newest first');
    for (const [args, env] of [
      [['saves', '--lang', 'fr'], {}],
      [['--lang=fr', 'saves'], {}],
      [['saves'], { SILICON_CURTAIN_LANG: 'fr' }],
      [['saves'], { LANG: 'fr_FR.UTF-8' }],
    ] as const) {
      expect(await help([...args], env)).toContain('lister les parties sauvegardées, la plus récente d’abord');
    }
    expect(await help(['saves', '--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).toBe(english);
    // A language the game does not speak leaves the help in English; the command reports it.
    expect(await help(['saves'], { SILICON_CURTAIN_LANG: 'de' })).toBe(english);
    expect(argvLang(['play', '--lang', 'fr', '--', '--lang', 'en'], {})).toBe('fr');
  });

  it('describes the program as package.json does, in English', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { description: string };
    expect(en['cliHelp.root']).toBe(pkg.description);
  });
});

describe("commander's usage errors in French", () => {
  const NB = '\u00a0';
  const q = (text: string) => `«${NB}${text}${NB}»`;
  it.each([
    [['--lang', 'fr', '--versoin'], `option inconnue ${q('--versoin')} (vouliez-vous dire --version\u202f?)`],
    [['--lang', 'fr', 'plya'], `commande inconnue ${q('plya')} (vouliez-vous dire play\u202f?)`],
    [['replay', '--lang', 'fr'], `il manque l’argument obligatoire ${q('file')}`],
    [['simulate'], `l’option obligatoire ${q('--games <n>')} n’est pas donnée`],
    [['cards', '--json', '--sources'], `l’option ${q('--sources')} ne peut pas servir avec l’option ${q('--json')}`],
    [['replay', 'a.json', 'b.json'], `trop d’arguments pour ${q('replay')}. Attendus${NB}: 1, reçus${NB}: 2.`],
    [['play', '--us-persona', 'x'], `l’option ${q('--us-persona <persona>')} n’accepte pas ${q('x')}. Valeurs possibles${NB}: washington, nvidia.`],
    [['play', '--seed'], `il manque la valeur de l’option ${q('--seed <n>')}`],
  ])('%j', async (args, message) => {
    const run = await runCli(args, { env: { SILICON_CURTAIN_LANG: 'fr' } });
    expect(run).toEqual({ code: 1, out: '', err: `silicon-curtain: ${message}\n` });
  });

  it('stay English in English', async () => {
    expect((await runCli(['plya'])).err).toBe("silicon-curtain: unknown command 'plya' (did you mean play?)\n");
    expect((await runCli(['play', '--us-persona', 'x'])).err).toBe(
      "silicon-curtain: option '--us-persona <persona>' argument 'x' is invalid. Allowed choices are washington, nvidia.\n",
    );
  });
});
