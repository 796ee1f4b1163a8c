// The debrief as a class tool (issue 20, review 3.4): every game asks the same core questions,
// whatever swung it, in both languages; it says what happened next; the one-page handout; the
// HTML page, self-contained and escaped.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { debriefHtml } from '../../src/classroom/debrief-html.js';
import { debriefMarkdown } from '../../src/classroom/debrief-markdown.js';
import { CARD_QUESTIONS, CORE_QUESTIONS } from '../../src/classroom/debrief-questions.js';
import type { CardDef } from '../../src/decks/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { t } from '../../src/i18n/messages.js';
import { playBotGame, type BotGame } from './fixtures/bot-game-saves.js';

const GAMES: BotGame[] = [
  { seed: 11, us: 'washington', china: 'beijing', bot: 'random', rounds: 1 },
  { seed: 12, us: 'nvidia', china: 'huawei', bot: 'random', rounds: 2 },
  { seed: 13, us: 'nvidia', china: 'beijing', rounds: 2 },
  { seed: 14, us: 'washington', china: 'huawei', rounds: 3 },
];
const STATES = GAMES.map((g) => playBotGame(g).state);

const CORE: Record<Lang, string[]> = {
  en: ['The H20 dilemma', 'The technological trap', 'Bargaining chips'],
  fr: ['Le dilemme du H20', 'Le piège technologique', 'Les monnaies d’échange'],
};

describe('the core questions', () => {
  it.for(['en', 'fr'] as const)('open the questions of every game, whatever swung it (%s)', (lang) => {
    const gameQuestions = new Set<string>();
    for (const state of STATES) {
      const d = buildDebrief(state, lang);
      expect(d.questions.slice(0, 3).map((q) => q.title)).toEqual(CORE[lang]);
      expect(d.questions.slice(0, 3).map((q) => q.text)).toEqual(['h20', 'trap', 'chips'].map((k) => t(lang, `debrief.core.${k as 'h20'}`)));
      // Each links the theme to the game: its cards played, with their round, or its cards to look at.
      for (const q of d.questions.slice(0, 3))
        expect(q.note).toMatch(
          lang === 'en'
            ? /^(In your game: .+ \(round \d\)|None of its cards was played in your game: .+)\.$/
            : /^(Dans votre partie\u00a0: .+ \(manche \d\)|Aucune de ses cartes n’a été jouée dans votre partie\u00a0: .+)\.$/,
        );
      const own = d.questions.slice(3, -1);
      expect(own).toHaveLength(CARD_QUESTIONS);
      for (const q of own) gameQuestions.add(q.text);
      expect(d.questions.at(-1)?.kind).toBe('reflect');
      const md = debriefMarkdown(d);
      for (const title of CORE[lang]) expect(md).toContain(`**${title}.**`);
      for (const title of CORE[lang]) expect(debriefMarkdown(d, { handout: true })).toContain(`**${title}.**`);
    }
    // The game's own questions still differ from game to game.
    expect(gameQuestions.size).toBeGreaterThan(CARD_QUESTIONS);
  });

  it('name the core cards played in the game with their round, and never ask their own question again', () => {
    let named = 0;
    for (const state of STATES) {
      const d = buildDebrief(state, 'en');
      CORE_QUESTIONS.forEach((core, i) => {
        for (const entry of d.timeline.filter((e) => core.cards.includes(e.play.card))) {
          expect(d.questions[i]?.note).toContain(`${entry.title} (round `);
          named += 1;
        }
      });
      const coreCards = new Set(CORE_QUESTIONS.flatMap((q) => q.cards));
      expect(d.questions.filter((q) => q.card !== undefined && coreCards.has(q.card))).toEqual([]);
    }
    expect(named).toBeGreaterThan(0);
  });
});

describe('the one-page handout', () => {
  it.for(['en', 'fr'] as const)('has the result, a names line, the turning points, what happened next and the questions, no timeline (%s)', (lang) => {
    const d = buildDebrief(STATES[2]!, lang);
    const md = debriefMarkdown(d, { handout: true });
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual(
      ['debrief.section.turningPoints', 'debrief.section.aftermath', 'debrief.section.questions'].map((k) => `## ${t(lang, k as 'debrief.section.questions')}`),
    );
    expect(md).toContain(`**${d.resultLine}**`);
    expect(md).toContain(lang === 'en' ? 'Names: ____' : 'Noms\u00a0: ____');
    const points = md.split('\n').filter((l) => /^\d\. .*\*\*Leadership/.test(l));
    expect(points.length).toBeGreaterThanOrEqual(1);
    expect(points.length).toBeLessThanOrEqual(5);
    // One printed page: about 45 lines of text and no more than ~900 words.
    expect(md.split(/\s+/).length).toBeLessThan(900);
    expect(md.length).toBeLessThan(debriefMarkdown(d).length / 2);
  });

  it('says what happened next with French dates in French', () => {
    const md = debriefMarkdown(buildDebrief(STATES[0]!, 'fr'), { handout: true });
    expect(md).toContain('- **8 août 2025** — Le département du Commerce américain commence à délivrer les licences');
    expect(md).toContain('- **22 août 2025** — NVIDIA demande à ses fournisseurs');
    expect(md).toContain('- **30 octobre 2025** — Donald Trump et Xi Jinping se rencontrent à Busan');
    expect(md).toContain('- **8 décembre 2025** — Donald Trump annonce que NVIDIA pourra vendre le H200');
    // The sources stay in the full debrief.
    expect(md).not.toContain('Reuters, 8 août 2025');
    expect(debriefMarkdown(buildDebrief(STATES[0]!, 'fr'))).toContain('*(Reuters, 8 août 2025)*');
  });
});

describe('the HTML debrief', () => {
  const state = STATES[1]!;
  const played = state.log.find((e) => e.type === 'play' && e.use !== 'headline');
  if (played?.type !== 'play') throw new Error('no card played');
  // A card whose words would be markup if they were not escaped.
  const original = state.cards[played.card] as CardDef;
  const hostile: CardDef = {
    ...original,
    title: { en: 'Chips <script>alert(1)</script> & "co"', fr: 'Puces <b>grasses</b>' },
    history: { en: 'History with <i>tags</i> & ampersands.', fr: 'Histoire <i>balisée</i>.' },
    sources: [{ outlet: 'Reuters <x>', title: 'A <b>bold</b> title', url: 'https://example.org/a?b=1&c=2' }],
  };
  const cards = { ...state.cards, [played.card]: hostile };

  it.for([false, true])('is one well-formed page, with no external resource (handout: %s)', (handout) => {
    const html = debriefHtml(buildDebrief(state, 'en', cards), { handout });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    for (const tag of ['html', 'head', 'body', 'style', 'title']) {
      expect(html.match(new RegExp(`<${tag}[\\s>]`, 'g')), tag).toHaveLength(1);
      expect(html.match(new RegExp(`</${tag}>`, 'g')), tag).toHaveLength(1);
    }
    for (const tag of ['ol', 'ul', 'li', 'p', 'h2', 'table', 'blockquote']) {
      expect((html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length, tag).toBe((html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length);
    }
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|src=|@import|url\(/);
    expect(html).toContain('@page');
    expect(html).toContain(handout ? '<body class="handout">' : '<body>');
    for (const title of CORE.en) expect(html).toContain(`<strong>${title}.</strong>`);
  });

  it('escapes every text from the cards, and links a source’s address', () => {
    const html = debriefHtml(buildDebrief(state, 'en', cards));
    expect(html).toContain('Chips &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(html).toContain('History with &lt;i&gt;tags&lt;/i&gt; &amp; ampersands.');
    expect(html).toContain(
      'Reuters &lt;x&gt;, “A &lt;b&gt;bold&lt;/b&gt; title”, <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h2>What happened next</h2>');
    expect(debriefHtml(buildDebrief(state, 'fr', cards))).toContain('Puces &lt;b&gt;grasses&lt;/b&gt;');
  });
});

describe('the Markdown timeline', () => {
  it('indents a note under its item, past item 9 too, so the list does not break', () => {
    const d = buildDebrief(STATES[3]!, 'en');
    const md = debriefMarkdown(d);
    const items = md
      .split('\n')
      .map((line, i, all) => [line, all[i + 1] ?? ''] as const)
      .filter(([line]) => /^\d+\. \*\*/.test(line));
    expect(items.some(([line]) => /^\d\d\. /.test(line))).toBe(true);
    for (const [line, next] of items) {
      if (next.trimStart().startsWith('>')) expect(next.indexOf('>'), line).toBe(line.indexOf(' ') + 1);
    }
  });
});
