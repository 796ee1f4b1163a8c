// From the legal actions to what the player picks, and back: every path through the
// selection ends on one of view.legal, the opponent's card asks "before or after", and the
// board cursor only ever rests on a legal target.
import { describe, expect, it } from 'vitest';
import { actionKey, applyAction, createGame, viewFor, type GameState } from '../../src/engine/index.js';
import { moveCursor, SPACE_POSITION, type Direction } from '../../src/ui/game/board-layout.js';
import { gameLayout } from '../../src/ui/game/layout.js';
import { boardRows } from '../../src/ui/components/board.js';
import { t } from '../../src/i18n/messages.js';
import { SPACES } from '../../src/engine/board.js';
import type { SpaceId } from '../../src/decks/types.js';
import { numberedCards, pendingChoices, whyNotChoosable, type Pending } from '../../src/ui/game/choices.js';
import { freshSelection, NO_SELECTION, normalize, selectionKey, type Selection } from '../../src/ui/game/selection.js';
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
    const found = until(
      seed,
      (s) => s.decision?.kind === 'play' && viewFor(s, s.decision.side).legal.some((a) => a.type === 'play' && a.eventFirst !== undefined),
    );
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
    const leaves = pending.cards
      .flatMap((c) => c.uses.flatMap((u) => u.actions))
      .map(actionKey)
      .sort();
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

describe('card numbers', () => {
  /** A headline where the side choosing leads, so its signature card is in its hand but not choosable. */
  function leaderHeadline(): GameState {
    const found = until(7, (x) => x.decision?.kind === 'headline')!;
    return { ...found, leadership: found.decision!.side === 'us' ? 5 : -5 };
  }

  it('are places in the hand as shown: a card that cannot be chosen keeps its number, and its digit refuses', () => {
    const s = leaderHeadline();
    const view = viewFor(s, s.decision!.side);
    const pending = pendingChoices(view);
    if (pending.kind !== 'cards') throw new Error('expected a card choice');
    const signature = view.hand.findIndex((id) => s.cards[id]?.signature);
    // The signature card comes before some other card, so the numbering by choosable cards would differ.
    expect(signature).toBeGreaterThanOrEqual(0);
    expect(signature).toBeLessThan(view.hand.length - 1);
    const numbered = numberedCards(view.hand, pending);
    expect(numbered.map((n) => [n.number, n.card])).toEqual(view.hand.map((id, i) => [i + 1, id]));
    expect(numbered[signature]!.option).toBeNull();
    // Its digit chooses nothing, and says why in the player's words.
    const refused = selectionKey(normalize(NO_SELECTION, pending), pending, key('digit', signature + 1));
    expect(refused.action).toBeUndefined();
    expect(refused.sel.stage).toBe('main');
    expect(refused.refused).toBe(view.hand[signature]);
    expect(whyNotChoosable(view.decision, s.cards[view.hand[signature]!])).toBe('hand.why.signatureLeads');
    expect(t('en', 'hand.why.signatureLeads')).toMatch(/signature card cannot be your headline/);
    // The card after it is picked by its own number, the one the panel shows.
    const after = view.hand[signature + 1]!;
    const picked = selectionKey(normalize(NO_SELECTION, pending), pending, key('digit', signature + 2));
    expect(picked.sel).toMatchObject({ card: after, stage: 'use' });
  });

  it('stay the same from the headline to the action round', () => {
    let s = leaderHeadline();
    const side = s.decision!.side;
    const headlineView = viewFor(s, side);
    const before = new Map(numberedCards(headlineView.hand, pendingChoices(headlineView)).map((n) => [n.card, n.number]));
    // Headline the last card of the hand, so no card before another one leaves.
    const last = headlineView.hand.filter((id) => headlineView.legal.some((a) => a.type === 'headline' && a.card === id)).at(-1)!;
    expect(last).toBe(headlineView.hand.at(-1));
    s = applyAction(s, { type: 'headline', card: last });
    for (let i = 0; i < 40 && !(s.decision?.kind === 'play' && s.decision.side === side); i++) {
      const acting = s.decision!.side;
      s = applyAction(s, viewFor(s, acting).legal[0]!);
    }
    const playView = viewFor(s, side);
    expect(playView.decision?.kind).toBe('play');
    const pending = pendingChoices(playView);
    const kept = numberedCards(playView.hand, pending).filter((n) => before.has(n.card));
    expect(kept.length).toBeGreaterThan(2);
    for (const n of kept) expect([n.card, n.number]).toEqual([n.card, before.get(n.card)]);
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

  const ALL = SPACES.map((sp) => sp.id);

  it('moves up and down the column the cursor is in, as the board is drawn', () => {
    // Left column: China Market (Tencent, ByteDance, Alibaba, State Cloud, Universities), then Supply Chain.
    expect(moveCursor(ALL, 'bytedance', 'up')).toBe('tencent');
    expect(moveCursor(ALL, 'bytedance', 'down')).toBe('alibaba');
    // Down past a region's header into the next region of the same column.
    expect(moveCursor(ALL, 'universities', 'down')).toBe('foundries');
    expect(moveCursor(ALL, 'startups', 'down')).toBe('saudi');
    // The newcomer's case: Up from ByteDance never jumps to the other column (Saudi Arabia).
    expect(moveCursor(['bytedance', 'alibaba', 'saudi', 'uae'], 'bytedance', 'up')).toBe('alibaba');
    expect(moveCursor(['tencent', 'bytedance', 'saudi'], 'bytedance', 'up')).toBe('tencent');
  });

  it('skips spaces that are not targets and wraps round the same column', () => {
    const targets: SpaceId[] = ['tencent', 'stateCloud', 'hbm', 'cudaDevs', 'brazil'];
    expect(moveCursor(targets, 'tencent', 'down')).toBe('stateCloud');
    expect(moveCursor(targets, 'stateCloud', 'down')).toBe('hbm');
    expect(moveCursor(targets, 'hbm', 'down')).toBe('tencent');
    expect(moveCursor(targets, 'tencent', 'up')).toBe('hbm');
    expect(moveCursor(targets, 'cudaDevs', 'up')).toBe('brazil');
  });

  it('goes on in the other column when the cursor’s space is the only target of its column', () => {
    const targets: SpaceId[] = ['bytedance', 'cudaDevs', 'saudi'];
    expect(moveCursor(targets, 'bytedance', 'down')).toBe('saudi');
    expect(moveCursor(targets, 'bytedance', 'up')).toBe('cudaDevs');
    expect(moveCursor(['bytedance'], 'bytedance', 'up')).toBe('bytedance');
  });

  it('moves left and right to the other column on about the same row, and stops at the edge', () => {
    expect(moveCursor(ALL, 'bytedance', 'right')).toBe('openFrameworks');
    expect(moveCursor(ALL, 'hbm', 'right')).toBe('thailand');
    expect(moveCursor(ALL, 'uae', 'left')).toBe('foundries');
    // Saudi Arabia's row is Supply Chain's header: Universities just above and Foundries just below are as near; the upper wins.
    expect(moveCursor(ALL, 'saudi', 'left')).toBe('universities');
    expect(moveCursor(ALL, 'saudi', 'right')).toBe('saudi');
    expect(moveCursor(ALL, 'tencent', 'left')).toBe('tencent');
    expect(moveCursor(['tencent', 'brazil'], 'tencent', 'right')).toBe('brazil');
  });

  it('reaches every target from any target with the arrows, and rests on targets only', () => {
    const dirs: Direction[] = ['up', 'down', 'left', 'right'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const targets = ALL.filter(() => random() < 0.3);
      if (targets.length === 0) continue;
      const start = targets[Math.floor(random() * targets.length)]!;
      const seen = new Set<SpaceId>([start]);
      const queue = [start];
      while (queue.length > 0) {
        const at = queue.shift()!;
        for (const dir of dirs) {
          const next = moveCursor(targets, at, dir)!;
          expect(targets).toContain(next);
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].sort()).toEqual([...targets].sort());
    }
  });

  it('moves by the grid the board is drawn in, at 80×24 and at 160×48', () => {
    // The layout only widens the columns (and adds a legend line under the board at 160×48).
    const view = viewFor(createGame(fixtureSetup(1)), 'us');
    for (const [columns, rows] of [
      [80, 24],
      [160, 48],
    ] as const) {
      const L = gameLayout(columns, rows);
      for (const sp of ALL) {
        const drawn = boardRows((k, params) => t('en', k, params), view, L.columnWidth, { targets: new Set(ALL), cursor: sp }, L.tall).columns;
        const at = drawn.flatMap((column, c) =>
          column.flatMap((row, r) =>
            row
              .map((x) => x.text)
              .join('')
              .includes('▶')
              ? [{ column: c, row: r }]
              : [],
          ),
        );
        expect(at, `${sp} at ${columns}×${rows}`).toEqual([SPACE_POSITION[sp]]);
      }
    }
  });

  const spaces = (list: SpaceId[]): Pending => ({ kind: 'spaces', targets: list.map((space) => ({ space, action: { type: 'remove', space } })) });

  it('keeps the cursor on its space after a move while that space is still a target', () => {
    const sel: Selection = { ...NO_SELECTION, space: 'alibaba' };
    expect(normalize(sel, spaces(['tencent', 'alibaba', 'saudi'])).space).toBe('alibaba');
    expect(freshSelection(sel, spaces(['tencent', 'alibaba', 'saudi'])).space).toBe('alibaba');
  });

  it('moves the cursor to the nearest target when its space is no longer one', () => {
    const sel: Selection = { ...NO_SELECTION, space: 'alibaba' };
    // ByteDance above and State Cloud below are as near: the one below takes the emptied line's place.
    expect(freshSelection(sel, spaces(['tencent', 'bytedance', 'stateCloud', 'saudi'])).space).toBe('stateCloud');
    // The same column first, unless the other column is much nearer.
    expect(freshSelection(sel, spaces(['tencent', 'aiLabs'])).space).toBe('tencent');
    expect(freshSelection(sel, spaces(['universities', 'aiLabs'])).space).toBe('universities');
    expect(freshSelection(sel, spaces(['edaTools', 'aiLabs'])).space).toBe('aiLabs');
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
