// The debrief of a fixed saved game (fixture deck, fixed seed, random-bot actions committed in
// fixtures/saved-game.json): the handout's content, both languages, and the moments it is built on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomBot } from '../../src/ai/random-bot.js';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { CARD_QUESTIONS } from '../../src/classroom/debrief-questions.js';
import { debriefMarkdown, escapeMarkdown } from '../../src/classroom/debrief-markdown.js';
import { momentsFromLog, swing } from '../../src/classroom/plays.js';
import { parseSavedGame, replaySavedGame, SavedGameError } from '../../src/classroom/saved-game.js';
import { sourcesList } from '../../src/classroom/sources.js';
import { applyAction, createGame, viewFor } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const SAVED = readFileSync(new URL('./fixtures/saved-game.json', import.meta.url), 'utf8');

function fixtureGame(): GameState {
  return replaySavedGame(parseSavedGame(SAVED), CLASSROOM_CARDS, CLASSROOM_DECKS);
}

/** The text of one `## ` section of a Markdown document. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 3);
  return md.slice(start, end < 0 ? undefined : end);
}

function playRandomGame(seed: number): GameState {
  let state = createGame(fixtureSetup(seed, { rounds: 3 }));
  const bots = { us: randomBot(seed * 2 + 1), china: randomBot(seed * 2 + 2) };
  while (state.decision && !state.outcome) {
    const side = state.decision.side;
    state = applyAction(state, bots[side].choose({ view: viewFor(state, side), catalog: state.cards }).action);
  }
  return state;
}

describe('the debrief handout of a saved game', () => {
  const state = fixtureGame();
  const md = debriefMarkdown(buildDebrief(state, 'en'));

  it('the saved game replays to its recorded end', () => {
    expect(state.outcome).toMatchObject({ winner: 'us', reason: 'dominance', region: 'chinaMarket', round: 3 });
  });

  it('opens with the winner line and the setup a class needs to replay the deal', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Silicon Curtain — debrief');
    expect(md).toContain(
      `**US (NVIDIA) won by regional dominance in round 3. Final Leadership: US +${state.outcome?.leadership ?? 0}.** The winner controlled every battleground of China Market when it scored.`,
    );
    expect(md).toContain('US: NVIDIA. China: Beijing. Rounds: 3. Seed: 20261131.');
  });

  it('has its sections in teaching order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Timeline of the cards played',
      '## Turning points',
      '## Leadership round by round',
      '## What happened next',
      '## Questions for discussion',
      '## Sources',
    ]);
  });

  it('lists the cards played, round by round, with their history note, date and source', () => {
    const timeline = section(md, 'Timeline of the cards played');
    expect(timeline).toMatch(
      /### Round 1\n\n1\. \*\*China headlined Card neutral-if\*\* — Real date: 2022-04\n {3}> What happened for neutral-if\.\n {3}>\n {3}> Source: <https:\/\/example\.org\/history\/neutral-if>/,
    );
    // An opponent's card played for Ops: its event fired for the other side.
    expect(timeline).toContain('**China played Card us-place for 3 Ops of influence** — Real date: 2023-11 · Opponent’s card: its event fired for the US.');
    expect(timeline).toContain(
      '5. **US played Card china-draw for 1 Op of influence** — Real date: 2023-02 · Opponent’s card: its event fired for China.\n   > What happened for china-draw.',
    );
    // A card played a second time does not repeat its note.
    expect(timeline).toContain('**China played Card sig-beijing to advance Stack** — Real date: 2022-07 · (history note above)');
    expect(timeline.match(/What happened for sig-beijing\./g)).toHaveLength(1);
    expect(timeline).toContain('### Round 2');
    expect(timeline).toContain('### Round 3');
    const plays = state.log.filter((e) => e.type === 'play').length;
    expect(timeline.match(/^\d+\. \*\*/gm)).toHaveLength(plays);
  });

  it('names the turning points, largest Leadership swing first, including a scoring left in hand', () => {
    const points = section(md, 'Turning points')
      .split('\n')
      .filter((l) => /^\d\./.test(l));
    expect(points).toHaveLength(3);
    expect(points[0]).toBe(
      '1. End of round 1: Global South scored (a scoring card left in hand); Supply Chain scored (a scoring card left in hand); Developers scored (a scoring card left in hand): **Leadership China +4 → US +11**',
    );
    expect(points[1]).toBe('2. Round 3 — US played Card score-market for its event: **Leadership US +9 → US +18**');
    expect(points[2]).toBe('3. End of round 2: Supply Chain scored (a scoring card left in hand): **Leadership US +9 → US +17**');
  });

  it('charts Leadership at each round end and at the ending', () => {
    expect(section(md, 'Leadership round by round')).toContain(
      '| start | Round 1 | Round 2 | regional dominance |\n|---|---|---|---|\n| level | US +11 | US +14 | US +18 |',
    );
  });

  it('asks the three core questions, then those of the cards that moved Leadership most, then the reflection', () => {
    const questions = section(md, 'Questions for discussion')
      .split('\n')
      .filter((l) => /^\d\./.test(l));
    expect(questions).toHaveLength(3 + CARD_QUESTIONS + 1);
    expect(questions[0]).toMatch(/^1\. \*\*The H20 dilemma\.\*\* In April 2025 Washington required a licence for the H20/);
    expect(questions[1]).toMatch(/^2\. \*\*The technological trap\.\*\* The article calls the H20 a “technological trap”/);
    expect(questions[2]).toMatch(/^3\. \*\*Bargaining chips\.\*\* Rare earths, export licences/);
    expect(questions[3]).toBe('4. Why did china-vp matter? (*Card china-vp*)');
    expect(questions.at(-1)).toContain('Compare your game with “What happened next”: which moment of your game looked most like the real events');
    expect(section(md, 'Questions for discussion')).toContain('**For the whole class**\n\n1.');
    expect(section(md, 'Questions for discussion')).toContain('**From your game**\n\n4.');
  });

  it('says what happened after the article, dated and sourced', () => {
    const next = section(md, 'What happened next');
    expect(next).toContain('- **2025-08-08** — The US Commerce Department begins issuing licences to sell the H20 in China. *(Reuters, 8 August 2025)*');
    expect(next).toContain('- **2025-08-22** — NVIDIA asks its suppliers (Amkor, Samsung, Foxconn) to halt H20 work');
    expect(next).toContain('- **2025-10-30** — Trump and Xi meet in Busan');
    expect(next).toContain('- **2025-12-08** — Donald Trump announces that NVIDIA may sell the H200');
  });

  it('ends with each played card’s source once, oldest first', () => {
    const sources = section(md, 'Sources')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    const played = new Set(state.log.flatMap((e) => (e.type === 'play' ? [e.card] : [])));
    expect(sources).toHaveLength(played.size);
    expect(sources[0]).toBe('- 2022-01 — *Card score-market*: <https://example.org/history/score-market>');
    const dates = sources.map((l) => l.slice(2, 9));
    expect(dates).toEqual([...dates].sort());
  });

  it('is written in French with --lang fr, card notes included', () => {
    const fr = debriefMarkdown(buildDebrief(state, 'fr'));
    expect(fr).toContain('# Silicon Curtain — débriefing');
    expect(fr).toContain('**Victoire des États-Unis (NVIDIA) par hégémonie régionale, à la manche 3.');
    expect(fr).toContain('## Chronologie des cartes jouées');
    expect(fr).toContain('1. **La Chine met Carte neutral-if à la une** — Date réelle\u00a0: avril 2022\n   > Ce qui s’est passé pour neutral-if.');
    expect(fr).toContain(
      '5. **Les États-Unis jouent Carte china-draw pour 1 Op d’influence** — Date réelle\u00a0: février 2023 · Carte adverse\u00a0: son événement s’est déclenché pour la Chine.\n   > Ce qui s’est passé pour china-draw.',
    );
    expect(fr).toContain('## Questions pour la discussion');
    expect(fr).toContain('Pourquoi china-vp a-t-elle compté ?');
    expect(fr).toContain('1. **Le dilemme du H20.** En avril 2025, Washington a soumis à licence le H20');
    expect(fr).toContain('## Ce qui s’est passé ensuite');
    expect(fr).toContain('- **22 août 2025** — NVIDIA demande à ses fournisseurs');
    expect(fr).not.toContain('What happened');
  });
});

describe('the moments a debrief is built on', () => {
  it('account for every Leadership change of a game', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const state = playRandomGame(seed);
      const moments = momentsFromLog(state.log, state.cards, state.leadershipHistory[0] ?? 0);
      const moved = moments.reduce((sum, m) => sum + swing(m), 0);
      expect(moved, `seed ${seed}`).toBe(state.leadership - (state.leadershipHistory[0] ?? 0));
      expect(moments.filter((m) => m.kind === 'play')).toHaveLength(state.log.filter((e) => e.type === 'play').length);
    }
  });

  it('give each headline its own effects, in the order they resolved', () => {
    const state = fixtureGame();
    const moments = momentsFromLog(state.log, state.cards, 0);
    const firstHeadlines = moments.slice(0, 2);
    expect(firstHeadlines.map((m) => (m.kind === 'play' ? [m.use, m.card] : m.kind))).toEqual([
      ['headline', 'neutral-if'],
      ['headline', 'score-market'],
    ]);
  });
});

describe('questions when the cards carry none', () => {
  it('keep the core questions and fill in with the general questions of the catalogue', () => {
    const state = playRandomGame(3);
    const debrief = buildDebrief(state, 'en', Object.fromEntries(FIXTURE_CARDS.map((c) => [c.id, c])));
    expect(debrief.questions.map((q) => [q.kind, q.title ?? q.text.slice(0, 40)])).toEqual([
      ['core', 'The H20 dilemma'],
      ['core', 'The technological trap'],
      ['core', 'Bargaining chips'],
      ['general', 'Why can NVIDIA and the US government wan'],
      ['general', 'Huawei looks for partners in Saudi Arabi'],
      ['reflect', 'Compare your game with “What happened ne'],
    ]);
  });
});

describe('an unfinished game', () => {
  it('says so instead of naming a winner', () => {
    const saved = parseSavedGame(SAVED);
    const state = replaySavedGame({ ...saved, actions: saved.actions.slice(0, 30) }, CLASSROOM_CARDS, CLASSROOM_DECKS);
    const debrief = buildDebrief(state, 'en');
    expect(debrief.winner).toBeNull();
    expect(debrief.resultLine).toMatch(/^The game was left unfinished in round \d\. Leadership: /);
    expect(debriefMarkdown(debrief)).toContain('## Timeline of the cards played');
  });
});

describe('reading a saved game', () => {
  const problem = (text: string) => {
    try {
      replaySavedGame(parseSavedGame(text), CLASSROOM_CARDS, CLASSROOM_DECKS);
    } catch (error) {
      if (error instanceof SavedGameError) return { kind: error.kind, ...error.detail };
      throw error;
    }
    return null;
  };

  it('accepts any object with a setup and actions, extra fields included', () => {
    const saved = JSON.parse(SAVED) as Record<string, unknown>;
    expect(problem(JSON.stringify({ ...saved, version: 3, snapshot: { anything: true } }))).toBeNull();
  });

  it('reports what is wrong, in one line each', () => {
    expect(problem('{ not json')).toMatchObject({ kind: 'json' });
    expect(problem('{"setup": {"seed": 1, "personas": {"us": "nvidia", "china": "beijing"}}}')).toEqual({
      kind: 'shape',
      reason: 'actions: Invalid input: expected array, received undefined',
    });
    expect(problem('{"setup": {"seed": 1, "personas": {"us": "beijing", "china": "beijing"}}, "actions": []}')).toMatchObject({
      kind: 'shape',
      reason: expect.stringMatching(/^setup\.personas\.us: /),
    });
    expect(problem('{"setup": {"seed": 1, "personas": {"us": "nvidia", "china": "beijing"}}, "actions": [{"type": "fly"}]}')).toMatchObject({
      kind: 'shape',
      reason: expect.stringMatching(/^actions\.0\.type: /),
    });
    expect(problem('{"setup": {"seed": 1, "personas": {"us": "nvidia", "china": "beijing"}, "rounds": 99}, "actions": []}')).toMatchObject({
      kind: 'setup',
      reason: expect.stringContaining('rounds'),
    });
    expect(
      problem('{"setup": {"seed": 1, "personas": {"us": "nvidia", "china": "beijing"}}, "actions": [{"type": "headline", "card": "us-vp"}]}'),
    ).toMatchObject({ kind: 'replay', n: 1, total: 1 });
  });
});

describe('the sources list and Markdown escaping', () => {
  it('keeps one line per card, oldest first', () => {
    const cards = [CLASSROOM_CARDS[3], CLASSROOM_CARDS[0], CLASSROOM_CARDS[3]].filter((c) => c !== undefined);
    const list = sourcesList(cards, 'fr');
    expect(list.map((s) => s.card)).toEqual(['score-market', 'score-supply']);
    expect(list[0]?.title).toBe('Carte score-market');
  });

  it('escapes what Markdown would read as formatting in card texts', () => {
    expect(escapeMarkdown('Entity *List* [2024] <x> a_b #1')).toBe('Entity \\*List\\* \\[2024\\] \\<x\\> a\\_b \\#1');
  });
});
