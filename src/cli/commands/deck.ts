// `deck validate | new | schema`: the designer's tools for deck files.
//   deck validate FILE... [--format json] [--as-expansion]   one line per problem; exit 1 on errors
//   deck new FILE                                           a small valid starter deck, never overwriting
//   deck schema                                             the JSON Schema (draft-07) editors read
import { helpText } from '../help-lang.js';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
// The deck code (YAML, schema checks) loads inside the actions, so defining the command stays cheap.
import { Option, type Command } from 'commander';
import { formatProblem, type Problem } from '../../decks/problem.js';
import { escapeUnsafe } from '../../decks/safe-text.js';
import { deckIdFromFileName, starterDeckText } from '../../decks/starter-deck.js';
import type { LoadedDeck } from '../../decks/types.js';
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
    .action(async (files: string[], options: { format: 'text' | 'json'; asExpansion?: boolean }) => {
      endWith(io, await validate(io, files, options.format, options.asExpansion === true));
    });

  deck
    .command('new')
    .description(helpText(program, 'cliHelp.deck.new'))
    .argument('<file>', helpText(program, 'cliHelp.deck.new.file'))
    .action(async (file: string) => {
      endWith(io, await createDeck(io, file));
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

async function validate(io: CliIO, files: string[], format: 'text' | 'json', asExpansion: boolean): Promise<number> {
  const { displayPath, findBaseDeckPath, loadDecksFromDisk, uniquePaths } = await import('../../decks/deck-files.js');
  const extra: Problem[] = [];
  const known: LoadedDeck[] = [];
  if (asExpansion) {
    // Expansions are checked with the base deck: its cards can be named, its ids are taken.
    const basePath = findBaseDeckPath();
    if (basePath === undefined) {
      extra.push(notice('cards/base.yaml', 'the base deck was not found: cards and flags of the base deck are unknown'));
    } else if (!files.some((f) => samePath(f, basePath))) {
      const base = loadDecksFromDisk([displayPath(basePath)]);
      if (base.decks[0]) known.push(base.decks[0]);
      else extra.push(notice(displayPath(basePath), 'the base deck has errors: cards and flags of the base deck are unknown'));
    }
  }
  const result = loadDecksFromDisk(uniquePaths(files), { asExpansion, known });
  const problems = [...extra, ...result.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;

  if (format === 'json') {
    const decks = result.decks.map((d) => ({ id: d.id, file: d.file, hash: d.hash, cards: d.cards.length }));
    io.stdout(`${JSON.stringify({ ok: result.ok, errors, warnings, problems, decks }, null, 2)}\n`);
  } else {
    for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
    io.stdout(`${summary(result.decks, files.length, errors, warnings)}\n`);
  }
  return result.ok ? 0 : 1;
}

function notice(file: string, message: string): Problem {
  return { file, line: 0, col: 0, severity: 'warning', message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summary(decks: readonly LoadedDeck[], files: number, errors: number, warnings: number): string {
  if (errors > 0) return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
  const cards = decks.reduce((n, d) => n + d.cards.length, 0);
  const hashes = decks.map((d) => `${escapeUnsafe(d.id)} ${d.hash}`).join(', ');
  return `ok: ${plural(decks.length, 'deck')}, ${plural(cards, 'card')}, ${plural(warnings, 'warning')} (${hashes})`;
}

async function createDeck(io: CliIO, file: string): Promise<number> {
  const shown = escapeUnsafe(file);
  if (!/^\.ya?ml$/i.test(extname(file))) {
    io.stderr(`${PROGRAM}: deck new writes YAML: give the file a .yaml name, not ${shown}\n`);
    return 1;
  }
  if (existsSync(file)) {
    io.stderr(`${PROGRAM}: ${shown} already exists: deck new never overwrites a file\n`);
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
    const reason = code === 'EEXIST' ? 'it already exists' : code === 'ENOENT' ? 'its folder does not exist' : 'it cannot be written';
    io.stderr(`${PROGRAM}: cannot create ${shown}: ${reason}\n`);
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
  io.stdout(`created ${shown}${withSchema ? ` and ${SCHEMA_NAME} beside it (editor autocompletion)` : ''}\ncheck it with: ${PROGRAM} deck validate ${shown} --as-expansion\n`);
  return 0;
}
