// The in-game help's rule reminders: one short line each, covering the rules a newcomer gets
// wrong, each citing a rule case that exists in the rules book of its language.
import { describe, expect, it } from 'vitest';
import { CLOCK_RECOVERY, OPENING_COST } from '../../src/engine/rules.js';
import { catalog } from '../../src/i18n/messages.js';
import { REMINDERS } from '../../src/ui/screens/simple-screens.js';
import { readRules } from './rules-markdown.js';

/** The help screen's text width at 80 columns, less its bullet. */
const LINE = 75;

/** Every rule case the book defines: a numbered heading or a bold case number. */
function ruleCases(md: string): Set<string> {
  const cases = new Set<string>();
  for (const m of md.matchAll(/^#{2,4} (\d+(?:\.\d+)*)[. ]/gm)) cases.add(m[1] as string);
  for (const m of md.matchAll(/\*\*(\d+(?:\.\d+)+)[ *]/g)) cases.add(m[1] as string);
  return cases;
}

describe.each(['en', 'fr'] as const)('the help reminders (%s)', (lang) => {
  const words = catalog(lang);
  const cases = ruleCases(readRules(lang));

  it('cover the headline, lobbying, the race, scoring levels, dominance, final scoring, encirclement, pressure checks and the hold', () => {
    for (const topic of ['headline', 'lobby', 'race', 'scoring', 'levels', 'dominance', 'final', 'encirclement', 'pressure', 'hold']) {
      expect(REMINDERS).toContain(`help.rule.${topic}`);
    }
  });

  it('has a hold prompt saying the others are discarded and the opponent’s cards fire (6.7.2)', () => {
    const prompt = words['decision.hold'];
    expect(prompt).toMatch(lang === 'en' ? /discarded/ : /défaussées/);
    expect(prompt).toMatch(lang === 'en' ? /opponent’s cards .*fire/ : /cartes adverses .*déclenchent/);
  });

  it('quote the opening cost and the clock recovery of rules.ts', () => {
    expect(words['help.rule.ops']).toContain(`+${OPENING_COST}`);
    expect(words['help.rule.clock']).toContain(lang === 'en' ? `+${CLOCK_RECOVERY}` : `remonte de ${CLOCK_RECOVERY}`);
  });

  it.each(REMINDERS.map((key) => [key]))('%s fits one line and cites a case of the rules book', (key) => {
    const text = words[key];
    expect([...text].length, text).toBeLessThanOrEqual(LINE);
    const cited = /\(([\d., ]+)\)\.?$/.exec(text)?.[1]?.split(/,\s*/) ?? [];
    expect(cited.length, `${text} cites a rule case`).toBeGreaterThan(0);
    for (const c of cited) expect(cases.has(c), `rule case ${c} in RULES${lang === 'fr' ? '.fr' : ''}.md`).toBe(true);
  });
});
