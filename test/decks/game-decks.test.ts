// The decks a game is dealt from, as play, simulate, the menu and saves load them.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import { formatProblem } from '../../src/decks/problem.js';

const CARDS = fileURLToPath(new URL('../../cards/', import.meta.url));
const FRONTIERS = `${CARDS}frontiers.yaml`;
const BASE = `${CARDS}base.yaml`;

describe('loadGameDecks', () => {
  it('deals the base deck alone by default', () => {
    const result = loadGameDecks();
    expect(result.pool?.decks.map((d) => d.id)).toEqual(['base']);
    expect(result.pool?.cards).toHaveLength(55);
  });

  it('adds each --deck file to the base deck as an expansion, and records its hash', () => {
    const result = loadGameDecks([FRONTIERS]);
    expect(result.pool?.decks.map((d) => d.id)).toEqual(['base', 'frontiers']);
    expect(result.pool?.decks[1]?.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(result.pool?.cards).toHaveLength(55 + 19);
  });

  it('loads the same file named twice only once', () => {
    expect(loadGameDecks([FRONTIERS, `${CARDS}./frontiers.yaml`]).pool?.cards).toHaveLength(74);
  });

  it('without the base deck, the first file must be a complete deck', () => {
    const alone = loadGameDecks([FRONTIERS], { base: false });
    expect(alone.pool).toBeUndefined();
    expect(alone.problems.some((p) => p.severity === 'error')).toBe(true);
    const replaced = loadGameDecks([BASE, FRONTIERS], { base: false });
    expect(replaced.pool?.cards).toHaveLength(74);
  });

  it('without any deck, says what to do', () => {
    const none = loadGameDecks([], { base: false });
    expect(none.pool).toBeUndefined();
    expect(none.problems.map(formatProblem)).toEqual(['--no-base-deck: error: leaves no cards to play with: add a deck with --deck FILE']);
  });

  it('points at the file of a missing deck', () => {
    const missing = loadGameDecks(['/nonexistent/deck.yaml']);
    expect(missing.pool).toBeUndefined();
    expect(missing.problems.map(formatProblem).join('\n')).toMatch(/^\/nonexistent\/deck\.yaml: error: /);
  });
});
