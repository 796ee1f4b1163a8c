// `cards`: list the cards in play, or show one.
//   cards [WORDS...] [--deck FILE]... [--no-base-deck] [--json] [--lang en|fr]
//                                                                    a table (or a JSON array); with
//                                                                    words, the cards they find
//   cards --sources [WORDS...] [--deck FILE]...                      every cited source, as Markdown
//   cards show ID                                                    every field of one card
// The deck code (YAML, schema checks) loads inside the actions, so defining the command stays cheap.
import { problemLine } from '../deck-problems.js';
import { helpText } from '../help-lang.js';
import { Option, type Command } from 'commander';
import { cardsMatching } from '../../decks/card-search.js';
import { closest } from '../../decks/did-you-mean.js';
import { escapeUnsafe, quote } from '../../decks/safe-text.js';
import { citationLines } from '../../classroom/bibliography.js';
import { cardCitations } from '../../decks/citations.js';
import type { CardDef, Citation, LoadedDeck, Persona } from '../../decks/types.js';
import { dateText } from '../../i18n/dates.js';
import { LANGS, localText, type Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { envLang } from '../global-options.js';
import { withDeckOptions } from '../deck-options.js';
import { endWith, type CliIO } from '../io.js';

const PROGRAM = 'silicon-curtain';

interface CardsOptions {
  deck?: string[];
  baseDeck: boolean;
  json?: boolean;
  sources?: boolean;
  lang?: Lang;
}

export function registerCardsCommand(program: Command, io: CliIO): Command {
  const cards = withDeckOptions(program.command('cards').description(helpText(program, 'cliHelp.cards')))
    .option('--json', helpText(program, 'cliHelp.cards.json'))
    .addOption(new Option('--sources', helpText(program, 'cliHelp.cards.sources')).conflicts('json'))
    .addOption(new Option('--lang <lang>', helpText(program, 'cliHelp.cards.lang')).choices(LANGS))
    .argument('[words...]', helpText(program, 'cliHelp.cards.words'))
    .action(async (words: string[], _options: CardsOptions, command: Command) => {
      const options = command.optsWithGlobals<CardsOptions>();
      endWith(io, await listCards(io, options, words.join(' ')));
    });

  cards
    .command('show')
    .description(helpText(program, 'cliHelp.cards.show'))
    .argument('<id>', helpText(program, 'cliHelp.cards.show.id'))
    .option('--json', helpText(program, 'cliHelp.cards.show.json'))
    .action(async (id: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CardsOptions>();
      endWith(io, await showCard(io, id, options));
    });

  return cards;
}

/** The name the CLI's command list uses. */
export const register = registerCardsCommand;

/** The decks in play, or undefined once their errors are printed. */
async function loadDecks(io: CliIO, options: CardsOptions): Promise<LoadedDeck[] | undefined> {
  // With no deck at all, the listing says so itself.
  if (!options.baseDeck && (options.deck ?? []).length === 0) return [];
  const { loadGameDecks } = await import('../../decks/game-decks.js');
  const result = loadGameDecks(options.deck ?? [], { base: options.baseDeck });
  if (result.pool) return result.decks;
  for (const p of result.problems.filter((p) => p.severity === 'error')) io.stderr(`${problemLine(langOf(io, options), p)}\n`);
  return undefined;
}

function langOf(io: CliIO, options: CardsOptions): Lang {
  return options.lang ?? envLang(io.env);
}

interface CardRow {
  id: string;
  title: string;
  text: string;
  side: string;
  ops: number;
  era: number;
  history: string;
  date: string;
  /** The citations on one line, separated by "; " (as decks wrote them before `sources`). */
  source: string;
  sources: Citation[];
  scoring: string | null;
  signature: string | null;
  removeAfterEvent: boolean;
  /** A bargaining chip: it passes to the opponent once played. */
  passes: boolean;
  question: string | null;
  favours: string[];
  hurts: string[];
  tags: string[];
  deck: string;
}

/** A card with its texts in one language: what `--json` prints. */
function cardRow(card: CardDef, deck: LoadedDeck, lang: Lang): CardRow {
  return {
    id: card.id,
    title: localText(card.title, lang),
    text: localText(card.text, lang),
    side: card.side,
    ops: card.ops,
    era: card.era,
    history: localText(card.history, lang),
    date: card.date,
    source: citationLines(lang, cardCitations(card)).join('; '),
    sources: cardCitations(card),
    scoring: card.scoring ?? null,
    signature: card.signature ?? null,
    removeAfterEvent: card.removeAfterEvent ?? false,
    passes: card.passes ?? false,
    question: card.question === undefined ? null : localText(card.question, lang),
    favours: card.favours ?? [],
    hurts: card.hurts ?? [],
    tags: card.tags ?? [],
    deck: deck.id,
  };
}

function allCards(decks: readonly LoadedDeck[]): { card: CardDef; deck: LoadedDeck }[] {
  return decks.flatMap((deck) => deck.cards.map((card) => ({ card, deck })));
}

/** The cards, or those `words` find (all when there is none). */
function cardsFound(cards: { card: CardDef; deck: LoadedDeck }[], words: string): { card: CardDef; deck: LoadedDeck }[] {
  if (words.trim() === '') return cards;
  const found = new Set(cardsMatching(words, defsOf(cards)));
  return cards.filter(({ card }) => found.has(card));
}

async function listCards(io: CliIO, options: CardsOptions, words: string): Promise<number> {
  const decks = await loadDecks(io, options);
  if (!decks) return 1;
  const lang = langOf(io, options);
  const all = allCards(decks);
  const cards = cardsFound(all, words);
  if (cards.length === 0 && all.length > 0) {
    // Like grep: nothing found is said, and is not success.
    io.stderr(`${PROGRAM}: ${t(lang, 'cli.cards.noMatch', { words: quote(words) })}\n`);
    return 1;
  }
  if (options.sources && cards.length > 0) {
    const { sourcesMarkdown } = await import('../../classroom/bibliography-markdown.js');
    const shown = new Set(cards.map(({ card }) => card));
    const withCards = decks.map((deck) => ({ ...deck, cards: deck.cards.filter((card) => shown.has(card)) })).filter((deck) => deck.cards.length > 0);
    io.stdout(sourcesMarkdown(withCards, lang));
    return 0;
  }
  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        cards.map(({ card, deck }) => cardRow(card, deck, lang)),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (cards.length === 0) {
    io.stderr(`${PROGRAM}: ${t(lang, 'cli.cards.noDeck')}\n`);
    return 0;
  }
  const header = ['ID', 'SIDE', 'OPS', 'ERA', 'TITLE'];
  const rows = cards.map(({ card }) => [card.id, card.side, String(card.ops), String(card.era), localText(card.title, lang)]);
  io.stdout(table([header, ...rows]));
  return 0;
}

/** Left-aligned columns, two spaces apart; every cell escaped for the terminal. */
function table(rows: string[][]): string {
  const safe = rows.map((row) => row.map((cell) => escapeUnsafe(cell.replace(/\s+/g, ' '))));
  const widths: number[] = [];
  for (const row of safe) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return safe
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))).join('  '))
    .join('\n')
    .concat('\n');
}

function defsOf(cards: readonly { card: CardDef }[]): CardDef[] {
  return cards.map((entry) => entry.card);
}

/** Matches listed by name when a typed id finds several cards; beyond, the line counts them. */
const LISTED_MATCHES = 6;

/** Why no card has that id, with the card meant when a typo or the words typed point to one, or
 * the cards those words find. */
function unknownCardLine(lang: Lang, id: string, cards: readonly CardDef[], options: CardsOptions): string {
  const matches = cardsMatching(id, cards).map((card) => card.id);
  const typo = closest(
    id,
    cards.map((card) => card.id),
  );
  const near = typo ?? (matches.length === 1 ? matches[0] : undefined);
  if (near !== undefined) return t(lang, 'cli.cards.unknown.near', { id: quote(id), near: escapeUnsafe(near) });
  if (matches.length === 0) return t(lang, 'cli.cards.unknown', { id: quote(id) });
  const listed = matches
    .slice(0, LISTED_MATCHES)
    .map((match) => escapeUnsafe(match))
    .join(', ');
  if (matches.length <= LISTED_MATCHES) return t(lang, 'cli.cards.unknown.matches', { id: quote(id), ids: listed });
  // The listing that shows them all reads the same decks.
  const decks = [...(options.baseDeck ? [] : ['--no-base-deck']), ...(options.deck ?? []).map((file) => `--deck ${file}`)];
  const words = escapeUnsafe([id, ...decks].join(' '));
  return t(lang, 'cli.cards.unknown.many', { id: quote(id), ids: listed, count: matches.length, words });
}

async function showCard(io: CliIO, id: string, options: CardsOptions): Promise<number> {
  const lang = langOf(io, options);
  const decks = await loadDecks(io, options);
  if (!decks) return 1;
  const cards = allCards(decks);
  const found = cards.find(({ card }) => card.id === id);
  if (!found) {
    const line = unknownCardLine(lang, id, defsOf(cards), options);
    io.stderr(`${PROGRAM}: ${line}\n`);
    return 1;
  }
  const { card, deck } = found;
  const row = cardRow(card, deck, lang);
  if (options.json) {
    const full = { ...row, event: card.event, ...(card.requires ? { requires: card.requires } : {}) };
    io.stdout(`${JSON.stringify(full, null, 2)}\n`);
    return 0;
  }
  const yes = (value: boolean) => t(lang, value ? 'cli.cardsShow.yes' : 'cli.cardsShow.no');
  // English prints the --json values (ids, ISO date); French says the side, the personas and the
  // date in words. Tags stay ids in both: the catalogue has no names for them.
  const fr = lang === 'fr';
  const personas = (ids: readonly Persona[]) => ids.map((p) => (fr ? t(lang, `persona.${p}`) : p)).join(', ') || '-';
  const fields: [ShownField, string][] = [
    ['id', row.id],
    ['title', row.title],
    ['deck', row.deck],
    ['side', fr ? t(lang, `side.${card.side}`) : row.side],
    ['ops', String(row.ops)],
    ['era', String(row.era)],
    ['text', row.text],
    ['scoring', row.scoring ?? '-'],
    ['signature', row.signature ?? '-'],
    ['removeAfterEvent', yes(row.removeAfterEvent)],
    ['passes', yes(row.passes)],
    ['favours', personas(card.favours ?? [])],
    ['hurts', personas(card.hurts ?? [])],
    ['tags', row.tags.join(', ') || '-'],
    ['history', row.history],
    ['date', dateText(lang, row.date)],
    ['question', row.question ?? '-'],
  ];
  const { toYamlText: stringify } = await import('../../decks/yaml-source.js');
  const label = (field: ShownField) => t(lang, `cli.cardsShow.${field}`);
  const width = Math.max(...fields.map(([name]) => label(name).length));
  const lines = fields.map(([name, value]) => `${label(name).padEnd(width)} ${escapeUnsafe(value)}`);
  // Each citation on its own line, after the history it supports.
  const cited = citationLines(lang, row.sources);
  lines.splice(
    fields.findIndex(([name]) => name === 'question'),
    0,
    label('sources'),
    ...cited.map((c) => `  - ${escapeUnsafe(c)}`),
  );
  if (card.requires) lines.push(label('requires'), indent(stringify(card.requires)));
  lines.push(label('event'), indent(card.event.length > 0 ? stringify(card.event) : '[]'));
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** The fields `cards show` names (its labels are `cli.cardsShow.<field>`; English says the --json key). */
type ShownField = Exclude<keyof CardRow, 'source'> | 'requires' | 'event';

function indent(text: string): string {
  return escapeUnsafe(text.trimEnd())
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
