// A card's structured sources shown in full: each citation on its own line in the card detail,
// the debrief (screen, Markdown, HTML) and `cards show`, in the reader's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/classroom/bibliography.js';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { debriefHtml } from '../../src/classroom/debrief-html.js';
import { debriefMarkdown } from '../../src/classroom/debrief-markdown.js';
import { parseSavedGame, replaySavedGame } from '../../src/classroom/saved-game.js';
import type { CardDef, Citation } from '../../src/decks/types.js';
import { t } from '../../src/i18n/messages.js';
import { cardDetailRows } from '../../src/ui/components/card-detail.js';
import { debriefLines } from '../../src/ui/debrief/debrief-lines.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';
import { readShippedDeck, shippedDeckFiles } from './shipped-decks.js';

const SOURCES: Citation[] = [
  { outlet: 'Reuters', title: 'Nvidia offers new chip', date: '2022-11-07', url: 'https://www.example.org/a' },
  { outlet: 'Financial Times', date: '2023-08', note: { en: 'reported by Reuters', fr: 'rapporté par Reuters' } },
  { outlet: 'French analysis of the H20 export licence (2025)', note: 'section « Conclusion », §3' },
];

describe('a citation on one line', () => {
  it('gives outlet, title, date, note and link in English', () => {
    expect(SOURCES.map((c) => citationText('en', c))).toEqual([
      'Reuters, “Nvidia offers new chip”, 7 November 2022, https://www.example.org/a',
      'Financial Times, August 2023 (reported by Reuters)',
      'French analysis of the H20 export licence (2025), section « Conclusion », §3',
    ]);
  });

  it('gives the note in the reader’s language when the deck wrote it in both', () => {
    expect(citationText('fr', SOURCES[1]!)).toBe('Financial Times, août 2023 (rapporté par Reuters)');
    // A note written once is shown as written (a section of the French article reads the same).
    expect(citationText('fr', SOURCES[2]!)).toBe('French analysis of the H20 export licence (2025), section « Conclusion », §3');
  });

  it('puts the title in « » and the date in French for a French reader', () => {
    expect(citationText('fr', SOURCES[0]!)).toBe('Reuters, « Nvidia offers new chip », 7 novembre 2022, https://www.example.org/a');
    expect(citationText('fr', { outlet: 'Mao Zedong', date: '1930-01-01' })).toBe('Mao Zedong, 1er janvier 1930');
  });
});

const state = replaySavedGame(parseSavedGame(readFileSync(new URL('./fixtures/saved-game.json', import.meta.url), 'utf8')), CLASSROOM_CARDS, CLASSROOM_DECKS);
const played = state.log.find((e) => e.type === 'play' && e.use !== 'headline');
if (played?.type !== 'play') throw new Error('no card played');
const cited: CardDef = { ...(state.cards[played.card] as CardDef), source: undefined, sources: SOURCES };
const cards = { ...state.cards, [played.card]: cited };

describe('the debrief lists every citation of a card', () => {
  it('in Markdown, under the history note and in the closing list', () => {
    const md = debriefMarkdown(buildDebrief(state, 'en', cards));
    expect(md).toMatch(
      /> Sources:\n {3}> - Reuters, “Nvidia offers new chip”, 7 November 2022, <https:\/\/www\.example\.org\/a>\n {3}> - Financial Times, August 2023 \(reported by Reuters\)\n {3}> - French analysis/,
    );
    const closing = md.slice(md.indexOf('## Sources'));
    expect(closing).toMatch(
      /\n- \d{4}-\d\d(-\d\d)? — \*[^*]+\*:\n {2}- Reuters, “Nvidia offers new chip”, 7 November 2022, <https:\/\/www\.example\.org\/a>\n {2}- Financial Times, August 2023 \(reported by Reuters\)\n {2}- French analysis/,
    );
  });

  it('in French, the label and the article in French', () => {
    const md = debriefMarkdown(buildDebrief(state, 'fr', cards));
    expect(md).toContain('> Sources\u00a0:\n');
    expect(md).toContain('> - Financial Times, août 2023 (rapporté par Reuters)\n');
    expect(md).toContain('> - Analyse française de la licence d’exportation du H20 (2025), section «\u00a0Conclusion\u00a0», §3');
  });

  it('in HTML, one item per citation', () => {
    const html = debriefHtml(buildDebrief(state, 'en', cards));
    expect(html).toContain(
      '<p class="source">Sources:</p><ul class="source"><li>Reuters, “Nvidia offers new chip”, 7 November 2022, <a href="https://www.example.org/a">https://www.example.org/a</a></li><li>Financial Times, August 2023 (reported by Reuters)</li>',
    );
  });

  it('on the debrief screen', () => {
    const lines = debriefLines(buildDebrief(state, 'en', cards), 200).map((l) => l.text);
    const at = lines.indexOf('   Sources:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '   - Reuters, “Nvidia offers new chip”, 7 November 2022, https://www.example.org/a',
      '   - Financial Times, August 2023 (reported by Reuters)',
      '   - French analysis of the H20 export licence (2025), section « Conclusion », §3',
    ]);
  });
});

describe('the card detail lists every citation', () => {
  const rowText = (lang: 'en' | 'fr') =>
    cardDetailRows({ t: (key, params) => t(lang, key, params), lang }, cited, 100, 60, null).map((row) => row.map((s) => s.text).join(''));

  it('under a Sources label, one a line', () => {
    const rows = rowText('en');
    const at = rows.indexOf('Sources:');
    expect(rows.slice(at, at + 4)).toEqual([
      'Sources:',
      '- Reuters, “Nvidia offers new chip”, 7 November 2022, https://www.example.org/a',
      '- Financial Times, August 2023 (reported by Reuters)',
      '- French analysis of the H20 export licence (2025), section « Conclusion », §3',
    ]);
    expect(rowText('fr')).toContain('Sources\u00a0:');
    expect(rowText('fr')).toContain('- Financial Times, août 2023 (rapporté par Reuters)');
  });
});

describe('the shipped decks’ notes in French', () => {
  // A note written once (not `{en, fr}`) is shown as is to a French reader: it must read the same
  // in both languages (a section of the French article, a place, a web address), never English words.
  const ENGLISH_WORDS = /\b(the|by|of|and|with|reported|same|day|suspending|orders|lifts|seconds|edition|interview|rules?)\b/i;

  it('translate every note that has words to translate', () => {
    const untranslated: string[] = [];
    const french: string[] = [];
    for (const file of shippedDeckFiles()) {
      const deck = readShippedDeck(file);
      for (const card of deck.cards as { id: string; sources?: Citation[] }[]) {
        for (const c of card.sources ?? []) {
          if (c.note === undefined) continue;
          if (typeof c.note === 'string') {
            if (ENGLISH_WORDS.test(c.note)) untranslated.push(`${file} ${card.id}: ${c.note}`);
          } else {
            expect(c.note.fr, `${card.id}: ${c.note.en}`).toBeDefined();
            french.push(citationText('fr', c));
          }
        }
      }
    }
    expect(untranslated).toEqual([]);
    expect(french.length).toBeGreaterThan(30);
    expect(french.filter((line) => /\((reported|suspending|the|by) /.test(line))).toEqual([]);
    expect(french.some((line) => line.endsWith('(rapporté par Reuters)'))).toBe(true);
  });
});
