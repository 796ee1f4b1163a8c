// The rules book must say what the engine does: every number in its tables is read back and
// compared with board.ts and rules.ts, and the English and French books must match each other.
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../../src/decks/types.js';
import { ADJACENT, HOME, REGIONS, SPACE_BY_ID, SPACES, SPACES_BY_REGION } from '../../src/engine/board.js';
import { eraEntryRound } from '../../src/engine/flow.js';
import * as rules from '../../src/engine/rules.js';
import { en } from '../../src/i18n/catalog/en.js';
import { fr } from '../../src/i18n/catalog/fr.js';
import type { Lang } from '../../src/i18n/lang.js';
import {
  firstNumber, headings, idsMentioned, idsOfList, nameOf, namesOf, numbersIn, placeNames, readRules, table, tableNames,
} from './rules-markdown.js';

const YES: Record<Lang, string> = { en: 'yes', fr: 'oui' };
const NO: Record<Lang, string> = { en: 'no', fr: 'non' };
const sorted = (ids: readonly string[]) => [...ids].sort();

describe.each(['en', 'fr'] as const)('rules book (%s)', (lang) => {
  const md = readRules(lang);
  const regions = namesOf(lang, 'region');
  const places = placeNames(lang);
  const regionId = (name: string) => {
    const id = regions.get(name);
    if (id === undefined) throw new Error(`unknown region "${name}"`);
    return id as RegionId;
  };

  it('states the key numbers of rules.ts', () => {
    const t = table(md, 'numbers');
    expect(t.keys.length).toBeGreaterThan(0);
    expect(t.rows).toHaveLength(t.keys.length);
    t.keys.forEach((key, i) => {
      const value = (rules as unknown as Record<string, unknown>)[key];
      expect(typeof value, `rules.${key}`).toBe('number');
      expect(Math.abs(firstNumber(t.rows[i]?.[1] ?? '')), `row for ${key}`).toBe(value);
    });
  });

  it('lists every space with its region, stability, battleground mark and neighbours', () => {
    const t = table(md, 'spaces');
    expect(sorted(t.rows.map((r) => idsOfList(r[1] ?? '', places)[0] ?? ''))).toEqual(sorted(SPACES.map((s) => s.id)));
    for (const [region, space, stability, battleground, adjacent] of t.rows) {
      const id = idsOfList(space ?? '', places)[0] as string;
      const def = SPACE_BY_ID[id];
      expect(def, id).toBeDefined();
      expect(regionId(region ?? ''), id).toBe(def?.region);
      expect(firstNumber(stability ?? ''), `stability of ${id}`).toBe(def?.stability);
      expect(battleground, `battleground mark of ${id}`).toBe(def?.battleground ? YES[lang] : NO[lang]);
      expect(sorted(idsOfList(adjacent ?? '', places)), `neighbours of ${id}`).toEqual(sorted(ADJACENT[id] ?? []));
    }
  });

  it('lists the neighbours of both homes', () => {
    const t = table(md, 'homes');
    expect(sorted(t.rows.map((r) => idsOfList(r[0] ?? '', places)[0] ?? ''))).toEqual(sorted(Object.values(HOME)));
    for (const [home, adjacent] of t.rows) {
      const id = idsOfList(home ?? '', places)[0] as string;
      expect(sorted(idsOfList(adjacent ?? '', places)), `neighbours of ${id}`).toEqual(sorted(ADJACENT[id] ?? []));
    }
  });

  it('closes the regions to sanctions at the clock values of CLOSED_AT', () => {
    const t = table(md, 'clock');
    const values = t.rows.map((r) => firstNumber(r[0] ?? ''));
    const expected = Array.from({ length: rules.CLOCK_MAX - rules.CLOCK_MIN + 1 }, (_, i) => rules.CLOCK_MAX - i);
    expect(values).toEqual(expected);
    for (const row of t.rows) {
      const clock = firstNumber(row[0] ?? '');
      if (clock === rules.CLOCK_MIN) continue; // the sudden-death row
      const closed = REGIONS.filter((r) => (rules.CLOSED_AT[r] ?? -Infinity) >= clock);
      expect(sorted(idsMentioned(row[1] ?? '', regions)), `closed at clock ${clock}`).toEqual(sorted(closed));
    }
  });

  it('gives each race step its cost, reward and ability', () => {
    const t = table(md, 'race');
    expect(t.rows.map((r) => firstNumber(r[0] ?? ''))).toEqual(Array.from({ length: rules.RACE_MAX }, (_, i) => i + 1));
    const abilitySteps = [rules.RACE_OPEN_REGION.step, rules.RACE_SECOND_ABILITY_STEP];
    for (const [stepCell, cost, reward, ability] of t.rows) {
      const step = firstNumber(stepCell ?? '');
      expect(firstNumber(cost ?? ''), `cost of step ${step}`).toBe(rules.RACE_COST[step - 1]);
      expect(numbersIn(reward ?? '')[0] ?? 0, `reward of step ${step}`).toBe(rules.RACE_VP[step] ?? 0);
      expect((ability ?? '').length > 0, `ability at step ${step}`).toBe(abilitySteps.includes(step));
    }
    const opening = t.rows[rules.RACE_OPEN_REGION.step - 1]?.[3] ?? '';
    expect(sorted(idsMentioned(opening, regions))).toEqual(sorted([rules.RACE_OPEN_REGION.us, rules.RACE_OPEN_REGION.china]));
    const second = t.rows[rules.RACE_SECOND_ABILITY_STEP - 1]?.[3] ?? '';
    expect(idsMentioned(second, regions)).toEqual(['chinaMarket']);
  });

  it('scores each region with the values of SCORING', () => {
    const t = table(md, 'scoring');
    expect(sorted(t.rows.map((r) => regionId(r[0] ?? '')))).toEqual(sorted(REGIONS));
    for (const [name, spaces, battlegrounds, presence, domination, control] of t.rows) {
      const id = regionId(name ?? '');
      const inRegion = SPACES_BY_REGION[id];
      expect(firstNumber(spaces ?? ''), `spaces in ${id}`).toBe(inRegion.length);
      expect(firstNumber(battlegrounds ?? ''), `battlegrounds in ${id}`).toBe(inRegion.filter((s) => s.battleground).length);
      expect(firstNumber(presence ?? ''), `presence in ${id}`).toBe(rules.SCORING[id].presence);
      expect(firstNumber(domination ?? ''), `domination in ${id}`).toBe(rules.SCORING[id].domination);
      expect(firstNumber(control ?? ''), `control in ${id}`).toBe(rules.SCORING[id].control);
    }
  });

  it('places the starting influence of STARTING_INFLUENCE', () => {
    const t = table(md, 'start');
    const listed = Object.fromEntries(
      t.rows.map(([space, us, china]) => [idsOfList(space ?? '', places)[0], { us: firstNumber(us ?? ''), china: firstNumber(china ?? '') }]),
    );
    expect(listed).toEqual(rules.STARTING_INFLUENCE);
  });

  it('brings the eras in at the rounds eraEntryRound gives', () => {
    const t = table(md, 'eras');
    expect(t.rows.map((r) => firstNumber(r[0] ?? ''))).toEqual([1, 2, 3, 4, 5, 6]);
    for (const row of t.rows) {
      const rounds = firstNumber(row[0] ?? '');
      const entries = row.slice(1).map((c) => firstNumber(c));
      expect(entries, `eras in a ${rounds}-round game`).toEqual([1, 2, 3].map((era) => eraEntryRound(era, rounds)));
    }
  });

  it('states each pressure check with the numbers of PRESSURE', () => {
    const t = table(md, 'pressure');
    const personas = namesOf(lang, 'persona');
    const rows = Object.fromEntries(t.rows.map((r) => [personas.get(r[0] ?? ''), r]));
    expect(sorted(Object.keys(rows))).toEqual(sorted(Object.keys(rules.SIDE_OF)));
    const side = (s: 'us' | 'china') => nameOf(lang, `side.${s}`);
    const expectPenalty = (persona: string, amount: number) => {
      const cell = rows[persona]?.[3] ?? '';
      const gainer = rules.other(rules.SIDE_OF[persona as keyof typeof rules.SIDE_OF]);
      expect(numbersIn(cell), `penalty of ${persona}`).toContain(amount);
      expect(cell, `who gains from ${persona}`).toContain(side(gainer));
      expect(cell, `who gains from ${persona}`).not.toContain(side(rules.other(gainer)));
    };
    const met = (persona: string) => rows[persona]?.[2] ?? '';
    expect(numbersIn(met('washington'))).toContain(rules.PRESSURE.washingtonOffset);
    expect(met('washington')).toMatch(new RegExp(`[−-] ${rules.PRESSURE.washingtonOffset}`));
    expectPenalty('washington', rules.PRESSURE.maxPenalty);
    expect(numbersIn(met('nvidia'))).toContain(rules.PRESSURE.nvidiaInfluence);
    expect(idsMentioned(met('nvidia'), regions)).toEqual(['chinaMarket']);
    expectPenalty('nvidia', rules.PRESSURE.maxPenalty);
    expect(numbersIn(met('beijing'))).toContain(rules.PRESSURE.beijingSteps);
    expect(met('beijing')).toContain(nameOf(lang, 'track.stack'));
    expectPenalty('beijing', rules.PRESSURE.beijingPenalty);
    expect(numbersIn(met('huawei'))).toContain(rules.PRESSURE.huaweiInfluence);
    expect(sorted(idsMentioned(met('huawei'), regions))).toEqual(['developers', 'globalSouth']);
    expectPenalty('huawei', rules.PRESSURE.maxPenalty);
  });

  it('names every region, space, track and persona in the catalogue’s words', () => {
    const catalog: Record<string, string> = lang === 'en' ? en : fr;
    // The names of things, not the screen's phrases that share their prefixes.
    const names = [
      ...REGIONS.map((r) => `region.${r}`),
      ...SPACES.map((s) => `space.${s.id}`),
      ...['leadership', 'clock', 'stack', 'lockIn'].map((t) => `track.${t}`),
      ...[...rules.PERSONAS.us, ...rules.PERSONAS.china].map((p) => `persona.${p}`),
    ];
    const missing = names
      .map((key): [string, string] => [key, catalog[key] ?? `(no catalogue entry)`])
      .filter(([, name]) => !md.includes(name))
      .map(([key, name]) => `${key} = ${name}`);
    expect(missing).toEqual([]);
  });
});

describe('the English and French rules books', () => {
  const books = { en: readRules('en'), fr: readRules('fr') };

  it('have the same sections, level by level', () => {
    const levels = (lang: Lang) => headings(books[lang]).map((h) => h.level);
    expect(levels('en').length).toBeGreaterThan(20);
    expect(levels('fr')).toEqual(levels('en'));
  });

  it('carry the same tables in the same order, with the same number of rows', () => {
    expect(tableNames(books.fr)).toEqual(tableNames(books.en));
    for (const name of tableNames(books.en)) {
      expect(table(books.fr, name).rows.length, `rows of table:${name}`).toBe(table(books.en, name).rows.length);
      expect(table(books.fr, name).keys, `keys of table:${name}`).toEqual(table(books.en, name).keys);
    }
  });

  it('number their sections the same way', () => {
    const numbers = (lang: Lang) => headings(books[lang]).map((h) => /^(\d+(\.\d+)?)\./.exec(h.text)?.[1] ?? '');
    expect(numbers('fr')).toEqual(numbers('en'));
  });
});
