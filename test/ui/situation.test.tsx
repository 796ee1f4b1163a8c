// What decides the game on screen: the situation panel (i) words the goals, the lasting effects
// by card and deck label, the markers by name (never a flag id), dominance, encirclement and
// final scoring now, in both languages; the log names a marker the same way; the card overlay
// (c) shows a card whole. Everything fits 80×24.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, viewFor, type GameState } from '../../src/engine/index.js';
import { wordLog } from '../../src/i18n/log-words.js';
import type { Lang } from '../../src/i18n/lang.js';
import { t, type Params } from '../../src/i18n/messages.js';
import { inForceExplanations, situationRows } from '../../src/ui/game/situation-rows.js';
import { inForceShortList } from '../../src/ui/screens/game-panels.js';
import { createGame, type Modifier } from '../../src/engine/index.js';
import { walkEffects } from '../../src/decks/effect-walk.js';
import type { CardDef, Effect, Side } from '../../src/decks/types.js';
import { headerRow } from '../../src/ui/screens/game-panels.js';
import { boardRows } from '../../src/ui/components/board.js';
import { pendingChoices } from '../../src/ui/game/choices.js';
import { usesSummary } from '../../src/ui/game/describe.js';
import { atFirstActionRound, giveCard } from '../engine/helpers.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { answer, place, position } from '../cards/position.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mountPlay, type PlayHarness } from './helpers.js';

const BASE = loadDeckForTest('base.yaml');

/** NVIDIA against Huawei after H20 Export Licence (a lasting effect and the trap's marker) and Chip Controls. */
function licensed(): GameState {
  const s = position(BASE, 'h20-export-licence', {
    side: 'us',
    personas: { us: 'nvidia', china: 'huawei' },
    board: { tencent: [3, 0], bytedance: [3, 0], alibaba: [3, 0], universities: [2, 0], thailand: [0, 1], malaysia: [0, 1] },
  });
  s.round = 2;
  let after = applyAction(s, { type: 'play', card: 'h20-export-licence', use: 'event' });
  after = answer(after, place('stateCloud'), place('tencent'), place('tencent'));
  return after;
}

const text = (lang: Lang, s: GameState, width = 300): string => {
  const view = viewFor(s, 'us');
  const words = { t: (key: Parameters<typeof t>[1], params?: Params) => t(lang, key, params), lang, cards: s.cards, personas: s.setup.personas };
  return situationRows(words, view, width)
    .map((row) => row.map((sg) => sg.text).join(''))
    .join('\n');
};

describe('a lasting effect whose label is named after its card', () => {
  it('says the card once, then what it does, for each side it binds', () => {
    const s = position(BASE, 'woodside-summit', { side: 'us', personas: { us: 'nvidia', china: 'huawei' } });
    const after = applyAction(s, { type: 'play', card: 'woodside-summit', use: 'event' });
    for (const lang of ['en', 'fr'] as const) {
      const panel = text(lang, after);
      expect(panel).not.toMatch(/Woodside (Summit|summit|)\s?: (Sommet de |)Woodside/i);
    }
    expect(text('en', after)).toContain('Woodside Summit: no US sanctions');
    expect(text('en', after)).toContain('Woodside Summit: no Chinese sanctions');
    expect(text('fr', after)).toContain('Sommet de Woodside\u00a0: pas de sanctions chinoises');
  });
});

const FRONTIERS = loadDeckForTest('frontiers.yaml');

/** Every lasting effect and marker an event of `cards` can put in force, each side it may bind. */
function creatable(cards: readonly CardDef[]): { modifiers: Modifier[]; flags: string[] } {
  const modifiers: Modifier[] = [];
  const flags = new Set<string>();
  for (const card of cards) {
    walkEffects(
      card.event,
      [],
      {
        effect(e: Effect) {
          const sides: Side[] = e.op === 'lasting' || e.op === 'modifyNextCard' ? (e.side === 'us' || e.side === 'china' ? [e.side] : ['us', 'china']) : [];
          for (const side of sides) {
            if (e.op === 'lasting') modifiers.push({ source: card.id, side, duration: e.duration, rule: e.rule });
            if (e.op === 'modifyNextCard')
              modifiers.push({
                source: card.id,
                side,
                duration: 'nextCard',
                rule: { kind: 'opsBonus', amount: e.opsDelta },
                ...(e.use === 'event' || e.use === 'any' ? { next: e.use } : {}),
              });
          }
          if (e.op === 'flag' && e.set) flags.add(e.flag);
        },
      },
      1,
      false,
    );
  }
  return { modifiers, flags: [...flags] };
}

describe('every effect in force is explained under i', () => {
  const cards = [...BASE, ...FRONTIERS];
  const game = createGame({ seed: 3, personas: { us: 'nvidia', china: 'huawei' }, cards, decks: [{ id: 'test', hash: 'test' }] });
  const { modifiers, flags } = creatable(cards);

  it('finds the effects the base deck and Frontiers can create', () => {
    expect(modifiers.length).toBeGreaterThanOrEqual(20);
    expect(flags).toEqual(expect.arrayContaining(['chip-controls', 'h20-licensed', 'calibrated-controls']));
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`gives each one, by the name the in-force line shows, a one-line explanation that i shows (${lang})`, () => {
      const words = { t: (key: Parameters<typeof t>[1], params?: Params) => t(lang, key, params), lang, cards: game.cards, personas: game.setup.personas };
      const states = [...modifiers.map((m) => ({ ...game, modifiers: [m], flags: [] })), ...flags.map((f) => ({ ...game, modifiers: [], flags: [f] }))];
      for (const s of states) {
        const view = viewFor(s, 'us');
        const [name] = inForceShortList(words, view);
        const explained = inForceExplanations(words, view);
        expect(explained).toHaveLength(1);
        const { name: said, explanation } = explained[0]!;
        const what = JSON.stringify([...s.modifiers, ...s.flags]);
        expect(said, what).toBe(name);
        // Not empty, not the name again, no placeholder or id left.
        expect(explanation.trim().length, what).toBeGreaterThan(8);
        expect(explanation, what).not.toBe(name);
        expect(explanation, what).not.toMatch(/\{\w+\}|[a-z]+-[a-z]+-[a-z]+|undefined/);
        // The situation panel says it, on the effect's own line.
        const panel = situationRows(words, view, 1000).map((row) => row.map((sg) => sg.text).join(''));
        expect(
          panel.some((line) => line.startsWith('• ') && line.includes(explanation)),
          `${what}\n${panel.join('\n')}`,
        ).toBe(true);
      }
    });
  }

  it('says what Chip Controls changes, quoting the card that reads it', () => {
    const s = { ...game, modifiers: [], flags: ['chip-controls'] };
    const en = text('en', s);
    expect(en).toContain('“Chip Controls” marker set, by October 2022 Chip Rules: it changes what Closing the A800 Gap does while it is set');
    expect(en).toContain('Closing the A800 Gap: “Remove 3 China influence from the China Market, or 4 if Chip Controls is in effect.”');
    const fr = text('fr', s);
    expect(fr).toContain('il modifie l’événement de la carte La faille A800 refermée');
    expect(fr).toContain('ou 4 si «\u00a0Contrôles des puces\u00a0» est actif.');
  });
});

describe('rules in force, seen in play', () => {
  it('the game screen’s first line names the lasting rules and markers in force', () => {
    const s = licensed();
    for (const [lang, expected] of [
      ['en', "In force: H20 licence: China's Stack steps cost +1 Op, H20 Licensed"],
      ['fr', 'En vigueur\u00a0: '],
    ] as const) {
      const words = { t: (key: Parameters<typeof t>[1], params?: Params) => t(lang, key, params), lang, cards: s.cards, personas: s.setup.personas };
      const line = headerRow(words, viewFor(s, 'us'), 300, null)
        .map((sg) => sg.text)
        .join('');
      expect(line).toContain(expected);
      expect(line).not.toMatch(/h20-licensed/);
    }
  });

  it('the log says when the lasting rule starts, by its label and its card', () => {
    const s = licensed();
    const lines = wordLog({ lang: 'en', cards: s.cards, personas: s.setup.personas }, s.log).map((l) => l.text);
    expect(lines).toContain("H20 licence: China's Stack steps cost +1 Op (H20 Export Licence) is in force for the rest of the game.");
  });
});

describe('the situation panel’s words', () => {
  it('names goals, effects by card and label, markers by name, dominance, encirclement and the projection', () => {
    const en = text('en', licensed());
    expect(en).toContain('Shareholders: influence in the China Market 3/2 · met, +1');
    expect(en).toContain('Ecosystem: influence in Developers + Global South 0/3 · missed: US +3');
    expect(en).toContain("H20 Export Licence: H20 licence: China's Stack steps cost +1 Op (rest of game)");
    expect(en).toContain('“H20 Licensed” marker set, by H20 Export Licence: Lock-in +1 at each round’s end');
    expect(en).toContain('Encirclement (7.2): a side that controls 2 Global South spaces encircles the other. China controls 2, US 0.');
    expect(en).toContain('US is encircled');
    expect(en).toMatch(/Final scoring if the game ended now \(7\.5\): China Market [UC0]/);
    expect(en).not.toMatch(/h20-licensed|h20 licensed/);
    for (const line of text('en', licensed(), 79).split('\n')) expect([...line].length).toBeLessThanOrEqual(79);
  });

  it('says it in French with the same figures', () => {
    const fr = text('fr', licensed());
    expect(fr).toContain('Actionnaires\u00a0: influence dans le Marché chinois 3/2 · atteint, +1');
    expect(fr).toContain('marqueur «\u00a0H20 autorisé\u00a0» actif, par Licence d’exportation du H20');
    // The label is the deck's own text.
    expect(fr).toContain('Licence H20\u00a0: les crans de Pile chinois coûtent +1 Op (jusqu’à la fin de la partie)');
    expect(fr).not.toMatch(/h20-licensed/);
  });

  it('warns of dominance once a side holds the China Market at Control in round 2', () => {
    const s = position(BASE, 'h20-export-licence', { side: 'us', board: { tencent: [3, 0], bytedance: [3, 0], alibaba: [3, 0], universities: [2, 0] } });
    s.round = 2;
    expect(text('en', s)).toContain('! China Market: US has Control. A China Market scoring now wins the game for US (7.4).');
    s.round = 1;
    expect(text('en', s)).toContain('From round 2, a scoring there wins the game');
  });

  it('marks the China Market on the board with ! while a scoring there would win', () => {
    const s = position(BASE, 'h20-export-licence', { side: 'us', board: { tencent: [3, 0], bytedance: [3, 0], alibaba: [3, 0], universities: [2, 0] } });
    const header = (round: number) => {
      s.round = round;
      const rows = boardRows((key, params) => t('en', key, params), viewFor(s, 'us'), 25, { targets: new Set(), cursor: null }, false);
      return rows.columns[0][0]?.map((sg) => sg.text).join('') ?? '';
    };
    expect(header(2)).toMatch(/^! China Market/);
    expect(header(1)).toMatch(/^China Market/);
  });

  it('marks the China Market battlegrounds ◈ while a side is encircled, and the help says what ◈ means', () => {
    const rowsFor = (board: Record<string, [number, number]>) => {
      const s = position(BASE, 'h20-export-licence', { side: 'us', board });
      const rows = boardRows((key, params) => t('en', key, params), viewFor(s, 'us'), 25, { targets: new Set(), cursor: null }, false);
      return rows.columns[0].map((row) => row.map((sg) => sg.text).join(''));
    };
    // China holds Thailand and Malaysia: the US is encircled (7.2).
    const encircled = rowsFor({ thailand: [0, 1], malaysia: [0, 1] });
    expect(encircled.filter((line) => line.startsWith(' ◈'))).toHaveLength(3);
    expect(encircled.join('\n')).not.toMatch(/◈(Foundries|State)/);
    const free = rowsFor({ thailand: [0, 1] });
    expect(free.filter((line) => line.includes('◈'))).toHaveLength(0);
    expect(t('en', 'board.legend.encircled')).toContain('(7.2)');
    expect(t('fr', 'board.legend.encircled')).toContain('(7.2)');
  });

  it('names a marker in the log by its printed name, in both languages', () => {
    const s = licensed();
    for (const [lang, name] of [
      ['en', '“H20 Licensed” is now in effect.'],
      ['fr', '«\u00a0H20 autorisé\u00a0» est désormais en vigueur.'],
    ] as const) {
      const lines = wordLog({ lang, cards: s.cards, personas: s.setup.personas }, s.log).map((l) => l.text);
      expect(lines).toContain(name);
    }
  });
});

describe('a card whose event cannot fire', () => {
  it('says which marker it needs, in both languages', () => {
    const s = atFirstActionRound(3);
    s.decision = { kind: 'play', side: 'china' };
    s.phasing = 'china';
    giveCard(s, 'china-cancel');
    const view = viewFor(s, 'china');
    const pending = pendingChoices(view);
    const uses = pending.kind === 'cards' ? pending.cards.find((c) => c.card === 'china-cancel')?.uses : undefined;
    expect(uses?.some((u) => u.use === 'event')).toBe(false);
    for (const [lang, words] of [
      ['en', 'No event: it needs “'],
      ['fr', 'Pas d’événement\u00a0: il faut «\u00a0'],
    ] as const) {
      const w = { t: (key: Parameters<typeof t>[1], params?: Params) => t(lang, key, params), lang, cards: s.cards, personas: s.setup.personas };
      expect(usesSummary(w, view, s.cards['china-cancel'] as never, uses)).toContain(words);
    }
  });
});

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('the keys at 80×24', () => {
  it('i opens the situation under the tracks and closes it; c shows the card whole', async () => {
    const size = { columns: 80, rows: 24 };
    screen = await mountPlay({ setup: fixtureSetup(8), seats: { us: 'human', china: 'random' }, size });
    await screen.waitFor('Choose your headline');
    // Headline the card after the signature card (which Leadership even would let Washington headline).
    await screen.press(KEY.down, KEY.enter, KEY.enter);
    const game = await screen.waitFor('Play a card');
    expect(game).toContain('i situation');
    expect(game).toMatch(/Leadership .*⇒ [UC0]/);
    await screen.press('i');
    const panel = await screen.waitFor('What decides the game');
    expect(fitsTerminal(panel, size)).toBe(true);
    expect(panel).toContain('Goals this round');
    expect(panel).toContain('Washington · Hawks:');
    expect(panel).toContain('Final scoring if the game ended now');
    await screen.press('i');
    await screen.waitFor('Play a card');
    await screen.press('c');
    const card = await screen.waitFor('The whole card');
    expect(fitsTerminal(card, size)).toBe(true);
    expect(card).toContain('c/Esc close');
    await screen.press(KEY.esc);
    await screen.waitFor('Play a card');
  });
});
