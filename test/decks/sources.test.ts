// A card's `sources`: a list of citations, checked like every other field (a located message
// for each mistake), and the older one-text `source` still loading as it did.
import { describe, expect, it } from 'vitest';
import { cardCitations } from '../../src/decks/citations.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';

function load(sourceLines: string) {
  return loadDeckText(
    `formatVersion: 1
id: cite
name: { en: Cite, fr: Citer }
cards:
  - id: cite-one
    title: { en: One, fr: Un }
    side: us
    ops: 2
    era: 1
    text: { en: The US gains 2 Leadership., fr: Les États-Unis gagnent 2 Leadership. }
    event:
      - { op: vp, side: self, amount: 2 }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
${sourceLines}`,
    'cite.yaml',
    { asExpansion: true, known: [] },
  );
}

const problems = (sourceLines: string) => load(sourceLines).problems.map(formatProblem);

describe('a card’s sources list', () => {
  it('loads every field of a citation as written', () => {
    const result = load(`    sources:
      - outlet: Reuters
        title: "Nvidia offers new chip"
        date: "2022-11-07"
        url: https://www.reuters.com/a
        note: the H800
      - { outlet: BIS press release, date: "2022-10" }
`);
    expect(result.problems).toEqual([]);
    expect(result.deck?.cards[0]?.sources).toEqual([
      { outlet: 'Reuters', title: 'Nvidia offers new chip', date: '2022-11-07', url: 'https://www.reuters.com/a', note: 'the H800' },
      { outlet: 'BIS press release', date: '2022-10' },
    ]);
  });

  it('still loads a deck written with one source text, split at its semicolons', () => {
    const result = load('    source: "Reuters, 7 November 2022; BIS press release, 7 October 2022"\n');
    expect(result.problems).toEqual([]);
    expect(cardCitations(result.deck!.cards[0]!)).toEqual([{ outlet: 'Reuters, 7 November 2022' }, { outlet: 'BIS press release, 7 October 2022' }]);
  });

  it('refuses a card with neither, or with both', () => {
    expect(problems('')).toEqual(['cite.yaml:5:5: error: cards[0]: a card needs `sources` (a list of citations) or `source`']);
    expect(problems('    source: Reuters\n    sources: [{ outlet: Reuters }]\n')).toEqual([
      'cite.yaml:16:14: error: sources: a card gives `sources` or `source`, not both',
    ]);
  });

  it('points at the citation field that is wrong', () => {
    expect(problems('    sources:\n      - { title: No outlet }\n').join('\n')).toMatch(/^cite\.yaml:16:9: error: .*"outlet"/);
    expect(problems('    sources:\n      - { outlet: Reuters, date: "7 November 2022" }\n').join('\n')).toMatch(
      /^cite\.yaml:16:34: error: .*expected a date as YYYY-MM-DD, YYYY-MM or YYYY/,
    );
    expect(problems('    sources:\n      - { outlet: Reuters, date: "2023-02-29" }\n').join('\n')).toMatch(
      /^cite\.yaml:16:34: error: .*this day does not exist/,
    );
    expect(problems('    sources:\n      - { outlet: Reuters, url: www.reuters.com }\n').join('\n')).toMatch(/^cite\.yaml:16:33: error: .*https:\/\//);
    expect(problems('    sources:\n      - { outlet: Reuters, autor: Me }\n').join('\n')).toMatch(/^cite\.yaml:16:28: error: .*autor/);
    expect(problems('    sources: []\n').join('\n')).toMatch(/^cite\.yaml:15:14: error: /);
  });

  it('warns while a citation is still the starter deck’s placeholder', () => {
    expect(problems('    sources:\n      - outlet: Replace with the article paragraph or public source\n').join('\n')).toMatch(
      /^cite\.yaml:16:17: warning: sources: still the placeholder/,
    );
  });
});
