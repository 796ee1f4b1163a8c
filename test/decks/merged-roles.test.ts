// An expansion is checked against the merged decks: a second signature card for a persona is an
// error (the persona would hold both), a second scoring card for a region a warning (the region
// scores about twice as often), and a card id taken points at the line that took it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-roles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (id: string, extra: string, side = 'us', ops = 3) => `  - id: ${id}
    title: { en: Card ${id}, fr: Carte ${id} }
    side: ${side}
    ops: ${ops}
    era: 1
${extra}    text: { en: The US gains 1 Leadership., fr: Les États-Unis gagnent 1 Leadership. }
    event:
      - { op: vp, side: self, amount: 1 }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`;
const deck = (id: string, cards: string) => `formatVersion: 1\nid: ${id}\nname: { en: Roles, fr: Rôles }\ncards:\n${cards}`;
const base = loadBaseDeck().deck;
const problems = (text: string) => loadDeckText(text, 'roles.yaml', { asExpansion: true, known: base ? [base] : [] }).problems.map(formatProblem);

describe("an expansion's signature and scoring cards", () => {
  it("a second signature card for a persona is an error naming the base deck's card", () => {
    expect(problems(deck('roles', card('roles-sig', '    signature: washington\n')))).toEqual([
      'roles.yaml:10:16: error: signature: a second signature card for washington, after "foreign-direct-product-rule" in cards/base.yaml:12: each persona has exactly one in a game; remove signature to make it an ordinary card',
    ]);
  });

  it('a second scoring card for a region is a warning', () => {
    const scoring = card('roles-devs', '    scoring: developers\n', 'neutral', 0).replace(
      '{ op: vp, side: self, amount: 1 }',
      '{ op: scoreRegion, region: developers }',
    );
    expect(problems(deck('roles', scoring))).toEqual([
      'roles.yaml:10:14: warning: scoring: a second scoring card for developers, after "developers-scoring" in cards/base.yaml:186: the region will score about twice as often',
    ]);
  });

  it("a card id the base deck uses points at the base deck's line and suggests the deck-id prefix", () => {
    expect(problems(deck('roles', card('trade-truce', '')))).toEqual([
      'roles.yaml:5:9: error: duplicate card id "trade-truce", first used in cards/base.yaml:127; card ids are unique across all loaded decks: prefix yours with the deck id, such as "roles-trade-truce"',
    ]);
  });

  it('loaded for a game with another expansion, the second signature card stops the game before it starts', () => {
    const first = path.join(dir, 'first.yaml');
    const second = path.join(dir, 'second.yaml');
    writeFileSync(first, deck('first', card('first-card', '')));
    writeFileSync(second, deck('second', card('second-sig', '    signature: nvidia\n')));
    const result = loadGameDecks([first, second], { base: true });
    expect(result.pool).toBeUndefined();
    expect(result.problems.map(formatProblem).join('\n')).toContain(
      `${second}:10:16: error: signature: a second signature card for nvidia, after "cuda-platform" in cards/base.yaml`,
    );
    // An ordinary card of the same side is fine.
    expect(loadGameDecks([first], { base: true }).problems).toEqual([]);
  });
});
