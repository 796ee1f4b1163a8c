// `deck validate | new | schema`: the designer's tools for deck files.
//   deck validate FILE... [--format json] [--as-expansion]   one line per problem; exit 1 on errors
//   deck new FILE                                           a small valid starter deck, never overwriting
//   deck schema                                             the JSON Schema (draft-07) editors read
import { helpText } from '../help-lang.js';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
// The deck code (YAML, schema checks) loads inside the actions, so defining the command stays cheap.
import { Option, type Command } from 'commander';
import { said, type Problem } from '../../decks/problem.js';
import { escapeUnsafe } from '../../decks/safe-text.js';
import { deckIdFromFileName, starterDeckText } from '../../decks/starter-deck.js';
import type { LoadedDeck } from '../../decks/types.js';
import type { Lang } from '../../i18n/lang.js';
import { t, type MessageKey } from '../../i18n/messages.js';
import { problemLine } from '../deck-problems.js';
import { chosenLang } from '../global-options.js';
import { endWith, type CliIO } from '../io.js';

const PROGRAM = 'silicon-curtain';

export function registerDeckCommand(program: Command, io: CliIO): Command {
  const deck = program.command('deck').description(helpText(program, 'cliHelp.deck'));

  deck
    .command('validate')
    .description(helpText(program, 'cliHelp.deck.validate'))
    .argument('<files...>', helpText(program, 'cliHelp.deck.validate.files'))
    .addOption(new Option('--format <format>', helpText(program, 'cliHelp.deck.validate.format')).choices(['text', 'json']).default('text'))
    .option('--as-expansion', helpText(program, 'cliHelp.deck.validate.asExpansion'))
    .action(async (files: string[], options: { format: 'text' | 'json'; asExpansion?: boolean }, command: Command) => {
      endWith(io, await validate(io, files, options.format, options.asExpansion === true, chosenLang(command, io.env)));
    });

  deck
    .command('new')
    .description(helpText(program, 'cliHelp.deck.new'))
    .argument('<file>', helpText(program, 'cliHelp.deck.new.file'))
    .action(async (file: string, _options: unknown, command: Command) => {
      endWith(io, await createDeck(io, file, chosenLang(command, io.env)));
    });

  deck
    .command('schema')
    .description(helpText(program, 'cliHelp.deck.schema'))
    .action(async () => {
      const { deckJsonSchemaText } = await import('../../decks/json-schema.js');
      io.stdout(deckJsonSchemaText());
    });

  return deck;
}

/** The name the CLI's command list uses. */
export const register = registerDeckCommand;

const SCHEMA_NAME = 'deck.schema.json';

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

async function validate(io: CliIO, files: string[], format: 'text' | 'json', asExpansion: boolean, lang: Lang): Promise<number> {
  const { displayPath, findBaseDeckPath, loadDecksFromDisk, uniquePaths } = await import('../../decks/deck-files.js');
  const extra: Problem[] = [];
  const known: LoadedDeck[] = [];
  if (asExpansion) {
    // Expansions are checked with the base deck: its cards can be named, its ids are taken.
    const basePath = findBaseDeckPath();
    if (basePath === undefined) {
      extra.push(notice('cards/base.yaml', 'validate.baseMissing'));
    } else if (!files.some((f) => samePath(f, basePath))) {
      const base = loadDecksFromDisk([displayPath(basePath)]);
      if (base.decks[0]) known.push(base.decks[0]);
      else extra.push(notice(displayPath(basePath), 'validate.baseErrors'));
    }
  }
  const result = loadDecksFromDisk(uniquePaths(files), { asExpansion, known });
  const problems = [...extra, ...result.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;

  if (format === 'json') {
    const decks = result.decks.map((d) => ({ id: d.id, file: d.file, hash: d.hash, cards: d.cards.length }));
    // A tool's format: English messages, the same fields in every language.
    const plain = problems.map(({ say: _say, hintSay: _hintSay, ...p }) => p);
    io.stdout(`${JSON.stringify({ ok: result.ok, errors, warnings, problems: plain, decks }, null, 2)}\n`);
  } else {
    for (const p of problems) io.stdout(`${problemLine(lang, p)}\n`);
    io.stdout(`${summary(lang, result.decks, files.length, errors, warnings)}\n`);
  }
  return result.ok ? 0 : 1;
}

function notice(file: string, kind: 'validate.baseMissing' | 'validate.baseErrors'): Problem {
  return { file, line: 0, col: 0, severity: 'warning', ...said(kind) };
}

type Counted = 'error' | 'warning' | 'file' | 'deck' | 'card';

/** `1 error`, `2 errors`; French says the singular for 0 and 1. */
function plural(lang: Lang, n: number, word: Counted): string {
  const one = lang === 'fr' ? n <= 1 : n === 1;
  return t(lang, `cli.deckValidate.${word}.${one ? 'one' : 'many'}` satisfies MessageKey, { count: n });
}

function summary(lang: Lang, decks: readonly LoadedDeck[], files: number, errors: number, warnings: number): string {
  const count = (n: number, word: Counted) => plural(lang, n, word);
  if (errors > 0)
    return t(lang, 'cli.deckValidate.failed', { errors: count(errors, 'error'), warnings: count(warnings, 'warning'), files: count(files, 'file') });
  const cards = decks.reduce((n, d) => n + d.cards.length, 0);
  const hashes = decks.map((d) => `${escapeUnsafe(d.id)} ${d.hash}`).join(', ');
  return t(lang, 'cli.deckValidate.ok', { decks: count(decks.length, 'deck'), cards: count(cards, 'card'), warnings: count(warnings, 'warning'), hashes });
}

async function createDeck(io: CliIO, file: string, lang: Lang): Promise<number> {
  const shown = escapeUnsafe(file);
  if (!/^\.ya?ml$/i.test(extname(file))) {
    io.stderr(`${PROGRAM}: ${t(lang, 'cli.deckNew.notYaml', { file: shown })}\n`);
    return 1;
  }
  if (existsSync(file)) {
    io.stderr(`${PROGRAM}: ${t(lang, 'cli.deckNew.exists', { file: shown })}\n`);
    return 1;
  }
  // The schema goes beside the deck, so the editor's modeline keeps working wherever the game
  // itself is installed (an npx cache can vanish).
  const schemaFile = join(dirname(resolve(file)), SCHEMA_NAME);
  const text = starterDeckText(deckIdFromFileName(file), SCHEMA_NAME);
  try {
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = t(lang, code === 'EEXIST' ? 'cli.deckNew.why.exists' : code === 'ENOENT' ? 'cli.deckNew.why.noFolder' : 'cli.deckNew.why.unwritable');
    io.stderr(`${PROGRAM}: ${t(lang, 'cli.deckNew.cannotCreate', { file: shown, reason })}\n`);
    return 1;
  }
  let withSchema = false;
  if (!existsSync(schemaFile)) {
    const { deckJsonSchemaText } = await import('../../decks/json-schema.js');
    try {
      writeFileSync(schemaFile, deckJsonSchemaText(), { encoding: 'utf8', flag: 'wx' });
      withSchema = true;
    } catch {
      // Editor help only: the deck is written and valid without it.
    }
  }
  const created = withSchema ? t(lang, 'cli.deckNew.createdWithSchema', { file: shown, schema: SCHEMA_NAME }) : t(lang, 'cli.deckNew.created', { file: shown });
  io.stdout(`${created}\n${t(lang, 'cli.deckNew.check', { command: `${PROGRAM} deck validate ${shown} --as-expansion` })}\n`);
  return 0;
}
