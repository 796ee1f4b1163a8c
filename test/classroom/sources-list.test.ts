// "Sources listed in one place": `cards --sources` lists every source the cards cite, deck by
// deck and oldest first, with the cards citing each; cards/SOURCES.md is that list for the
// shipped decks and must not fall behind them.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_WORK, citationDate, citationParts, citationText, deckBibliography, splitCitations } from '../../src/classroom/bibliography.js';
import { sourcesMarkdown } from '../../src/classroom/bibliography-markdown.js';
import type { CardDef, Citation, Deck } from '../../src/decks/types.js';
import { runCli } from '../cli/capture-io.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';
import { BASE_DECK, CARDS_DIR, readShippedDeck, shippedDeckFiles } from './shipped-decks.js';

function card(i: number, title: string, date: string, source: string): CardDef {
  return { ...FIXTURE_CARDS[i]!, title: { en: title, fr: `${title} (fr)` }, date, source };
}

const ARTICLE = `${ARTICLE_WORK}, section « Conclusion », §3`;

const DECK: Deck = {
  formatVersion: 1,
  id: 'gulf',
  name: { en: 'The Gulf', fr: 'Le Golfe' },
  cards: [
    card(0, 'Campus', '2025-05', `Public announcements, 13 May 2025; ${ARTICLE}`),
    card(1, 'Old rule', '2019-05-15', 'US Department of Commerce announcement, 15 May 2019'),
    card(2, 'Second campus', '2025-06', 'Public announcements, 13 May 2025'),
    card(3, 'Undated source', '2021', 'A *starred* interview'),
    card(4, 'Trap', '2025-07', `${ARTICLE_WORK}, section « État de fait technologique », §3`),
    card(5, 'Also the trap', '2025-07', ARTICLE),
  ],
};

describe('reading a citation', () => {
  it('splits a source field into its citations', () => {
    expect(splitCitations('A, 2020; B, May 2021 ;  ')).toEqual(['A, 2020', 'B, May 2021']);
  });

  it('separates the work from the place cited in it', () => {
    expect(citationParts(ARTICLE)).toEqual({ work: ARTICLE_WORK, place: 'section « Conclusion », §3' });
    expect(citationParts('A book, p. 12')).toEqual({ work: 'A book', place: 'p. 12' });
    expect(citationParts('BIS press release, 7 October 2022 (advanced computing rules)')).toEqual({
      work: 'BIS press release, 7 October 2022 (advanced computing rules)',
    });
  });

  it('reads the date the citation gives, at the precision it gives', () => {
    expect(citationDate('BIS press release, 7 October 2022')).toBe('2022-10-07');
    expect(citationDate('Financial Times report, August 2025')).toBe('2025-08');
    expect(citationDate(ARTICLE_WORK)).toBe('2025');
    expect(citationDate('China Ministry of Commerce announcements, 4 February and 4 March 2025')).toBe('2025-02-04');
    expect(citationDate('Huawei Connect 2018 announcement, 10 October 2018')).toBe('2018-10-10');
    expect(citationDate('Executive Order 14117, 28 February 2024')).toBe('2024-02-28');
    expect(citationDate('What the company may say')).toBeUndefined();
  });
});

describe('a deck’s sources', () => {
  const b = deckBibliography(DECK, 'en');

  it('lists each source once, oldest first, with every card citing it', () => {
    expect(b.entries.map((e) => [e.date, e.source, e.cards])).toEqual([
      ['2019-05-15', 'US Department of Commerce announcement, 15 May 2019', ['Old rule']],
      // No date in the source: the date of the card citing it.
      ['2021', 'A *starred* interview', ['Undated source']],
      ['2025', ARTICLE_WORK, []],
      ['2025-05-13', 'Public announcements, 13 May 2025', ['Campus', 'Second campus']],
    ]);
  });

  it('gathers the places cited in one work under it', () => {
    const article = b.entries.find((e) => e.source === ARTICLE_WORK);
    expect(article?.places).toEqual([
      { place: 'section « Conclusion », §3', cards: ['Campus', 'Also the trap'] },
      { place: 'section « État de fait technologique », §3', cards: ['Trap'] },
    ]);
  });

  it('prints as Markdown, texts escaped, the article explained only when a card cites it', () => {
    const md = sourcesMarkdown([DECK], 'en');
    expect(md).toContain('## The Gulf (gulf, 6 cards)\n\n- 2019-05-15 — US Department of Commerce announcement, 15 May 2019 — cited by *Old rule*\n');
    expect(md).toContain('- 2021 — A \\*starred\\* interview — cited by *Undated source*\n');
    expect(md).toContain(`- 2025 — ${ARTICLE_WORK}\n  - section « Conclusion », §3 — cited by *Campus*, *Also the trap*\n`);
    expect(md).toContain('## The article behind the game');
    const withoutArticle = sourcesMarkdown([{ ...DECK, cards: DECK.cards.slice(1, 4) }], 'en');
    expect(withoutArticle).not.toContain('The article behind the game');
    expect(withoutArticle).toContain('(gulf, 3 cards)');
  });

  it('speaks French with French titles', () => {
    const md = sourcesMarkdown([DECK], 'fr');
    expect(md).toMatch(/^# Sources des cartes\n/);
    expect(md).toContain('## Le Golfe (gulf, 6 cartes)');
    expect(md).toContain('citée par *Campus (fr)*, *Second campus (fr)*');
    expect(md).toContain('## L’article à l’origine du jeu');
  });
});

/** The expansions the package ships, as `--deck` options: the base deck comes by itself. */
function shippedExpansions(): string[] {
  return shippedDeckFiles()
    .filter((file) => file !== BASE_DECK)
    .flatMap((file) => ['--deck', new URL(file, CARDS_DIR).pathname]);
}

const SOURCES_FILE = new URL('SOURCES.md', CARDS_DIR);

describe('cards --sources', () => {
  it('prints the sources of the decks loaded', async () => {
    const run = await runCli(['cards', '--sources', '--lang', 'en', ...shippedExpansions()]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^# Sources of the cards\n/);
    expect(run.out).toContain('## Silicon Curtain: base deck (base, ');
    expect(run.out).toContain('## Silicon Curtain: New Frontiers (frontiers, ');
  });

  it('cards show lists each citation of a shipped card on its own line, in the reader’s language', async () => {
    const en = await runCli(['cards', 'show', 'h20-export-licence', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('\nsources:\n  - NVIDIA blog post, 14 July 2025\n  - Reuters, 8 August 2025\n  - Reuters, 22 August 2025\n');
    expect(en.out).toContain(`\n  - ${ARTICLE_WORK}, section « Une pierre dans la mare », §1\nquestion:`);
    const fr = await runCli(['cards', 'show', 'h20-export-licence', '--lang', 'fr']);
    expect(fr.out).toContain('\n  - Reuters, 8 août 2025\n');
    const json = await runCli(['cards', 'show', 'h20-export-licence', '--json']);
    expect(JSON.parse(json.out).sources[0]).toEqual({ outlet: 'NVIDIA blog post', date: '2025-07-14' });
  });

  it('refuses --json with --sources in one clear line', async () => {
    const run = await runCli(['cards', '--sources', '--json']);
    expect(run.code).not.toBe(0);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/--sources.*--json|--json.*--sources/);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('cards/SOURCES.md is current (UPDATE_SOURCES=1 npx vitest run test/classroom/sources-list.test.ts rewrites it)', async () => {
    const run = await runCli(['cards', '--sources', '--lang', 'en', ...shippedExpansions()]);
    expect(run.code).toBe(0);
    if (process.env.UPDATE_SOURCES === '1') writeFileSync(SOURCES_FILE, run.out);
    expect(readFileSync(SOURCES_FILE, 'utf8')).toBe(run.out);
  });

  it('cards/SOURCES.md names every shipped card', () => {
    const list = readFileSync(SOURCES_FILE, 'utf8');
    const missing = shippedDeckFiles().flatMap((file) =>
      readShippedDeck(file)
        .cards.map((c) => (c.title as { en: string }).en)
        .filter((title) => !list.includes(`*${title}*`))
        .map((title) => `${file}: ${title}`),
    );
    expect(missing).toEqual([]);
  });
});

/** The French article's sections and how many paragraphs each has (the list in « Stratégie de Huawei » is one). */
const ARTICLE_SECTIONS: Record<string, number> = {
  'Une pierre dans la mare': 5,
  'Signification géopolitique': 5,
  'État de fait technologique': 3,
  'Stratégie de Huawei': 5,
  Conclusion: 4,
};

describe('citations of the article in the shipped decks', () => {
  it('name a section of the article and a paragraph it has', () => {
    const problems: string[] = [];
    for (const file of shippedDeckFiles()) {
      for (const c of readShippedDeck(file).cards) {
        for (const cited of (c.sources as Citation[] | undefined) ?? []) {
          const citation = citationText('en', cited);
          const { work, place } = citationParts(citation);
          // The article by its readable name, or by the seed file name it once had.
          if (!/H20 export licence|h20-article|^Article\b/i.test(citation)) continue;
          if (work !== ARTICLE_WORK || place === undefined) {
            problems.push(`${String(c.id)}: "${citation}" does not cite the article as "${ARTICLE_WORK}, section « … », §N"`);
            continue;
          }
          for (const [, section, paragraph] of place.matchAll(/« ([^»]+) », §(\d+)/g)) {
            const count = ARTICLE_SECTIONS[section!];
            if (count === undefined) problems.push(`${String(c.id)}: no section « ${section} » in the article`);
            else if (Number(paragraph) < 1 || Number(paragraph) > count) problems.push(`${String(c.id)}: « ${section} » has no §${paragraph}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
