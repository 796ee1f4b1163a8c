// From the legal actions to what the player picks, and back: every path through the
// selection ends on one of view.legal, the opponent's card asks "before or after", and the
// board cursor only ever rests on a legal target.
import { describe, expect, it } from 'vitest';
import { actionKey, applyAction, createGame, viewFor, type GameState } from '../../src/engine/index.js';
import { moveCursor } from '../../src/ui/game/board-layout.js';
import { pendingChoices } from '../../src/ui/game/choices.js';
import { NO_SELECTION, normalize, selectionKey, type Selection } from '../../src/ui/game/selection.js';
import type { CommandEvent } from '../../src/ui/keymap.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

const key = (command: CommandEvent['command'], digit?: number): CommandEvent => (digit === undefined ? { command } : { command, digit });

/** Play first legal actions until `test` holds for the state (or give up). */
function until(seed: number, test: (s: GameState) => boolean, limit = 200): GameState | null {
  let s = createGame(fixtureSetup(seed));
  for (let i = 0; i < limit && !s.outcome; i++) {
    if (test(s)) return s;
    const side = s.decision?.side;
    if (!side) return null;
    const legal = viewFor(s, side).legal;
    s = applyAction(s, legal[i % legal.length] ?? legal[0]!);
  }
  return null;
}

function opponentCardState(): GameState {
  for (let seed = 1; seed < 60; seed++) {
    const found = until(seed, (s) => s.decision?.kind === 'play' && viewFor(s, s.decision.side).legal.some((a) => a.type === 'play' && a.eventFirst !== undefined));
    if (found) return found;
  }
  throw new Error('no state with an opponent card to play');
}

describe('card choices', () => {
  it('groups every legal play by card and use, each use holding the actions it stands for', () => {
    const s = opponentCardState();
    const view = viewFor(s, s.decision!.side);
    const pending = pendingChoices(view);
    if (pending.kind !== 'cards') throw new Error('expected a card choice');
    const leaves = pending.cards.flatMap((c) => c.uses.flatMap((u) => u.actions)).map(actionKey).sort();
    expect(leaves).toEqual(view.legal.map(actionKey).sort());
  });

  it('asks before or after for an opponent card, then plays exactly that variant', () => {
    const s = opponentCardState();
    const view = viewFor(s, s.decision!.side);
    const pending = pendingChoices(view);
    if (pending.kind !== 'cards') throw new Error('expected a card choice');
    const card = pending.cards.find((c) => c.uses.some((u) => u.actions.length === 2))!;
    const use = card.uses.findIndex((u) => u.actions.length === 2);
    let sel: Selection = { ...normalize(NO_SELECTION, pending), card: card.card };
    sel = selectionKey(sel, pending, key('confirm')).sel;
    expect(sel.stage).toBe('use');
    sel = selectionKey(sel, pending, key('digit', use + 1)).sel;
    expect(sel.stage).toBe('timing');
    const back = selectionKey(sel, pending, key('back')).sel;
    expect(back.stage).toBe('use');
    const after = selectionKey(sel, pending, key('digit', 2));
    expect(after.action).toMatchObject({ type: 'play', card: card.card, eventFirst: false });
    const before = selectionKey(sel, pending, key('confirm'));
    expect(before.action).toMatchObject({ type: 'play', card: card.card, eventFirst: true });
  });

  it('moves the card cursor over choosable cards only (no signature card as the leader’s headline)', () => {
    const found = until(7, (x) => x.decision?.kind === 'headline')!;
    // The side choosing leads on Leadership, so its signature card may not be its headline (6.2.1).
    const s: GameState = { ...found, leadership: found.decision!.side === 'us' ? 5 : -5 };
    const view = viewFor(s, s.decision!.side);
    const pending = pendingChoices(view);
    if (pending.kind !== 'cards') throw new Error('expected a card choice');
    const signature = view.hand.find((id) => s.cards[id]?.signature);
    expect(signature).toBeDefined();
    let sel = normalize(NO_SELECTION, pending);
    const visited = new Set<string>();
    for (let i = 0; i < 20; i++) {
      visited.add(sel.card!);
      sel = selectionKey(sel, pending, key('down')).sel;
    }
    expect(visited.has(signature!)).toBe(false);
    expect(visited.size).toBe(pending.cards.length);
  });
});

describe('the board cursor', () => {
  it('visits only legal targets, in both directions and across columns', () => {
    const targets = ['tencent', 'alibaba', 'cudaDevs', 'saudi', 'foundries'];
    let at: string | null = null;
    const seen = new Set<string>();
    for (const dir of ['down', 'down', 'right', 'down', 'left', 'up', 'down', 'down', 'down', 'down'] as const) {
      at = moveCursor(targets, at, dir);
      expect(targets).toContain(at);
      seen.add(at!);
    }
    expect(seen.size).toBe(targets.length);
    // Right from the left column lands on the nearest row of the right column.
    expect(moveCursor(targets, 'tencent', 'right')).toBe('cudaDevs');
    expect(moveCursor(targets, 'foundries', 'right')).toBe('saudi');
    expect(moveCursor([], null, 'down')).toBeNull();
  });

  it('answers a space decision with that space’s legal action only', () => {
    const s = until(7, (x) => x.decision?.kind === 'place')!;
    const view = viewFor(s, s.decision!.side);
    const pending = pendingChoices(view);
    if (pending.kind !== 'spaces') throw new Error('expected a space choice');
    let sel = normalize(NO_SELECTION, pending);
    for (let i = 0; i < pending.targets.length; i++) {
      const result = selectionKey(sel, pending, key('confirm'));
      expect(view.legal.map(actionKey)).toContain(actionKey(result.action!));
      sel = selectionKey(sel, pending, key('down')).sel;
    }
  });
});
