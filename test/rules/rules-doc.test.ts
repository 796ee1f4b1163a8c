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
import { firstNumber, headings, idsMentioned, idsOfList, nameOf, namesOf, numbersIn, placeNames, readRules, table, tableNames } from './rules-markdown.js';
import { BASE_DECK, readShippedDeck } from '../classroom/shipped-decks.js';

const YES: Record<Lang, string> = { en: 'yes', fr: 'oui' };
/** Numbers the books write as words. */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, un: 1, une: 1, deux: 2 };

/** A number of rules.ts by name; a dotted name reads a field (PRESSURE.reward). */
function constant(key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], rules);
}

/** The title of the base-deck card whose event sets TRAP_FLAG (the H20 licence). */
function trapCardTitle(lang: Lang): string {
  const setsFlag = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(setsFlag);
    if (typeof x !== 'object' || x === null) return false;
    const o = x as Record<string, unknown>;
    return (o.op === 'flag' && o.flag === rules.TRAP_FLAG && o.set === true) || Object.values(o).some(setsFlag);
  };
  const found = readShippedDeck(BASE_DECK).cards.find((c) => setsFlag(c.event));
  const title = (found?.title as Record<Lang, string> | undefined)?.[lang];
  if (!title) throw new Error(`no base card sets ${rules.TRAP_FLAG}`);
  return title;
}

const STEPS = [rules.RACE_OPEN_REGION.step, rules.RACE_SECOND_ABILITY_STEP];

/** Numbers the books' prose states outside the tables: each phrase must carry the constant. */
const PROSE: Record<Lang, { pattern: RegExp; expected: number[]; what: string }[]> = {
  en: [
    { pattern: /at (\d+) or lower/g, expected: [rules.DECOUPLED_AT], what: 'DECOUPLED_AT' },
    { pattern: /loses? (\d+) Leadership/g, expected: [rules.HELD_SCORING_PENALTY], what: 'HELD_SCORING_PENALTY' },
    { pattern: /keeps exactly (\w+)/g, expected: [rules.HOLD_LIMIT], what: 'HOLD_LIMIT' },
    { pattern: /[Mm]et, it gains (\d+)/g, expected: [rules.PRESSURE.reward], what: 'PRESSURE.reward' },
    { pattern: /controls (\d+) (?:or more )?Global South/g, expected: [rules.ENCIRCLEMENT_SPACES], what: 'ENCIRCLEMENT_SPACES' },
    { pattern: /\bstep\s(\d+)/g, expected: STEPS, what: 'race ability steps' },
    { pattern: /Lock-in is at (\d+)/g, expected: [rules.RACE_SECOND_ABILITY_STEP], what: 'RACE_SECOND_ABILITY_STEP' },
    { pattern: /Stack has reached (\d+)/g, expected: [rules.RACE_SECOND_ABILITY_STEP], what: 'RACE_SECOND_ABILITY_STEP' },
    { pattern: /clock moves up (\w+)/g, expected: [rules.CLOCK_RECOVERY], what: 'CLOCK_RECOVERY' },
    { pattern: /moves back up (\w+) steps/g, expected: [rules.CLOCK_RECOVERY], what: 'CLOCK_RECOVERY' },
    { pattern: /pening a space(?:\*\*)? costs (\w+) Op/g, expected: [rules.OPENING_COST], what: 'OPENING_COST' },
    { pattern: /behind on Leadership draws (\w+) more/g, expected: [rules.TRAILING_EXTRA_CARD], what: 'TRAILING_EXTRA_CARD' },
    { pattern: /draws until it holds (\d+)/g, expected: [rules.HAND_SIZE + rules.TRAILING_EXTRA_CARD], what: 'HAND_SIZE + TRAILING_EXTRA_CARD' },
    { pattern: /no influence costs (\d+) Ops/g, expected: [1 + rules.OPENING_COST], what: '1 + OPENING_COST' },
    { pattern: /no influence costs \d+ Ops, or (\d+)/g, expected: [2 + rules.OPENING_COST], what: '2 + OPENING_COST' },
  ],
  fr: [
    { pattern: /à (\d+) ou moins/g, expected: [rules.DECOUPLED_AT], what: 'DECOUPLED_AT' },
    { pattern: /perd (\d+) (?:points )?de Leadership/g, expected: [rules.HELD_SCORING_PENALTY], what: 'HELD_SCORING_PENALTY' },
    { pattern: /garde exactement (\w+)/g, expected: [rules.HOLD_LIMIT], what: 'HOLD_LIMIT' },
    { pattern: /[Rr]éussi, il rapporte (\d+)/g, expected: [rules.PRESSURE.reward], what: 'PRESSURE.reward' },
    { pattern: /contrôle (\d+) cases? (?:ou plus )?du Sud global/g, expected: [rules.ENCIRCLEMENT_SPACES], what: 'ENCIRCLEMENT_SPACES' },
    { pattern: /\bcran\s(\d+)/g, expected: STEPS, what: 'race ability steps' },
    { pattern: /Verrouillage est à (\d+)/g, expected: [rules.RACE_SECOND_ABILITY_STEP], what: 'RACE_SECOND_ABILITY_STEP' },
    { pattern: /Pile a atteint (\d+)/g, expected: [rules.RACE_SECOND_ABILITY_STEP], what: 'RACE_SECOND_ABILITY_STEP' },
    { pattern: /horloge remonte de (\w+)/g, expected: [rules.CLOCK_RECOVERY], what: 'CLOCK_RECOVERY' },
    { pattern: /[Ss]’implanter dans une case(?:\*\*)? coûte (\w+) Op/g, expected: [rules.OPENING_COST], what: 'OPENING_COST' },
    { pattern: /en retard au Leadership pioche (\w+) carte/g, expected: [rules.TRAILING_EXTRA_CARD], what: 'TRAILING_EXTRA_CARD' },
    { pattern: /pioche jusqu’à en avoir (\d+)/g, expected: [rules.HAND_SIZE + rules.TRAILING_EXTRA_CARD], what: 'HAND_SIZE + TRAILING_EXTRA_CARD' },
    { pattern: /pas d’influence coûte (\d+) Ops/g, expected: [1 + rules.OPENING_COST], what: '1 + OPENING_COST' },
    { pattern: /pas d’influence coûte \d+ Ops, ou (\d+)/g, expected: [2 + rules.OPENING_COST], what: '2 + OPENING_COST' },
  ],
};
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
    // The 2.0 numbers a player must know are all in the at-a-glance table.
    const required = ['HOLD_LIMIT', 'HELD_SCORING_PENALTY', 'DECOUPLED_AT', 'DOMINANCE_FROM_ROUND', 'ENCIRCLEMENT_SPACES', 'PRESSURE.reward'];
    for (const key of [...required, 'OPENING_COST', 'CLOCK_RECOVERY', 'TRAILING_EXTRA_CARD']) {
      expect(t.keys, `numbers table keys`).toContain(key);
    }
    t.keys.forEach((key, i) => {
      const value = constant(key);
      expect(typeof value, `rules.${key}`).toBe('number');
      expect(Math.abs(firstNumber(t.rows[i]?.[1] ?? '')), `row for ${key}`).toBe(value);
    });
  });

  it('gives the sequence of play with the numbers of rules.ts, step by step', () => {
    const t = table(md, 'sequence');
    expect(t.keys).toEqual(['start', 'first', 'draw', 'headline', 'actions', 'heldScoring', 'hold', 'pressure', 'trap', 'next']);
    expect(t.rows).toHaveLength(t.keys.length);
    const row = (key: string) => t.rows[t.keys.indexOf(key)]?.[1] ?? '';
    expect(numbersIn(row('start'))).toContain(rules.CLOCK_RECOVERY);
    expect(numbersIn(row('draw'))).toContain(rules.HAND_SIZE);
    expect(numbersIn(row('draw'))).toContain(rules.TRAILING_EXTRA_CARD);
    expect(numbersIn(row('actions'))).toContain(rules.ACTIONS_PER_ROUND);
    expect(numbersIn(row('heldScoring'))).toContain(rules.HELD_SCORING_PENALTY);
    expect(numbersIn(row('hold'))).toContain(rules.HOLD_LIMIT);
    expect(numbersIn(row('pressure'))).toContain(rules.PRESSURE.reward);
    const trap = row('trap');
    expect(numbersIn(trap)).toContain(rules.DECOUPLED_AT);
    expect(trap).toContain(trapCardTitle(lang));
    expect(trap.indexOf(nameOf(lang, 'track.lockIn')), 'Lock-in under the licence, then the Stack').toBeLessThan(trap.indexOf(nameOf(lang, 'track.stack')));
    expect(trap.indexOf(nameOf(lang, 'track.lockIn'))).toBeGreaterThanOrEqual(0);
    // Every step cites a rule case of the book.
    for (const r of t.rows) expect(r[2] ?? '', `rule case of "${r[0]}"`).toMatch(/^\d+(\.\d+)*/);
  });

  it('says which rules version it describes', () => {
    const [major, minor] = rules.RULES_VERSION.split('.');
    expect(md.split('\n').slice(0, 12).join(' ')).toContain(`version ${major}.${minor}`);
  });

  it('names the trap’s loop after the card that sets TRAP_FLAG', () => {
    expect(md).toContain(trapCardTitle(lang));
  });

  it('keeps the numbers written in its prose equal to rules.ts', () => {
    for (const { pattern, expected, what } of PROSE[lang]) {
      const found = [...md.matchAll(pattern)].map((m) => {
        const word = (m[1] ?? '').toLowerCase();
        return NUMBER_WORDS[word] ?? Number(word);
      });
      expect(found.length, `${what}: ${pattern} is in the book`).toBeGreaterThan(0);
      for (const n of found) expect(expected, `${what}: ${pattern}`).toContain(n);
    }
  });

  it('lists the battlegrounds of each region', () => {
    const t = table(md, 'battlegrounds');
    expect(sorted(t.rows.map((r) => regionId(r[0] ?? '')))).toEqual(sorted(REGIONS));
    for (const [region, list] of t.rows) {
      const id = regionId(region ?? '');
      const expected = SPACES_BY_REGION[id].filter((sp) => sp.battleground).map((sp) => sp.id);
      expect(sorted(idsOfList(list ?? '', places)), `battlegrounds of ${id}`).toEqual(sorted(expected));
    }
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

  it('closes the regions to sanctions and lobbying at the clock values of CLOSED_AT', () => {
    const t = table(md, 'clock');
    expect(t.header[1], 'the closed column names lobbying').toMatch(/lobbying/);
    expect(t.header[1], 'the closed column names sanctions').toMatch(/sanction/);
    const values = t.rows.map((r) => firstNumber(r[0] ?? ''));
    const expected = Array.from({ length: rules.CLOCK_MAX - rules.CLOCK_MIN + 1 }, (_, i) => rules.CLOCK_MAX - i);
    expect(values).toEqual(expected);
    for (const row of t.rows) {
      const clock = firstNumber(row[0] ?? '');
      if (clock === rules.CLOCK_MIN) continue; // the sudden-death row
      const closed = REGIONS.filter((r) => (rules.CLOSED_AT[r] ?? -Infinity) >= clock);
      expect(sorted(idsMentioned(row[1] ?? '', regions)), `closed at clock ${clock}`).toEqual(sorted(closed));
      // China's Stack column: cheaper steps and the loop's climb from DECOUPLED_AT down.
      expect((row[2] ?? '').length > 0, `Stack effect at clock ${clock}`).toBe(clock <= rules.DECOUPLED_AT);
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
    for (const [name, spaces, battlegrounds, presence, domination, control, dominance] of t.rows) {
      const id = regionId(name ?? '');
      const inRegion = SPACES_BY_REGION[id];
      expect(firstNumber(spaces ?? ''), `spaces in ${id}`).toBe(inRegion.length);
      expect(firstNumber(battlegrounds ?? ''), `battlegrounds in ${id}`).toBe(inRegion.filter((s) => s.battleground).length);
      expect(firstNumber(presence ?? ''), `presence in ${id}`).toBe(rules.SCORING[id].presence);
      expect(firstNumber(domination ?? ''), `domination in ${id}`).toBe(rules.SCORING[id].domination);
      expect(firstNumber(control ?? ''), `control in ${id}`).toBe(rules.SCORING[id].control);
      expect(dominance, `dominance in ${id}`).toBe(rules.DOMINANCE_REGIONS.includes(id) ? YES[lang] : NO[lang]);
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

  it('gives each scoring card the era of the base deck (4.3.3)', () => {
    // "The Developers and Supply Chain scoring cards are era 1; the China Market and …"
    const flat = md.replace(/\s+/g, ' ');
    const stated = new Map<string, number>();
    for (const m of flat.matchAll(/([^.;]*?) (?:scoring cards are era|sont de l’ère) (\d)/g)) {
      for (const id of idsMentioned(m[1] ?? '', regions)) stated.set(id, Number(m[2]));
    }
    const deck = readShippedDeck(BASE_DECK).cards.filter((c) => typeof c.scoring === 'string');
    expect(deck.length).toBe(REGIONS.length);
    for (const c of deck) expect(stated.get(c.scoring as string), `era of ${String(c.id)}`).toBe(c.era);
  });

  it('states each pressure check with the numbers of PRESSURE', () => {
    const t = table(md, 'pressure');
    const personas = namesOf(lang, 'persona');
    const rows = Object.fromEntries(t.rows.map((r) => [personas.get(r[0] ?? ''), r]));
    expect(sorted(Object.keys(rows))).toEqual(sorted(Object.keys(rules.SIDE_OF)));
    const side = (s: 'us' | 'china') => nameOf(lang, `side.${s}`);
    const expectReward = (persona: string) => {
      const cell = rows[persona]?.[4] ?? '';
      const own = rules.SIDE_OF[persona as keyof typeof rules.SIDE_OF];
      expect(numbersIn(cell), `reward of ${persona}`).toContain(rules.PRESSURE.reward);
      expect(cell, `who gains from ${persona}`).toContain(side(own));
      expect(cell, `who gains from ${persona}`).not.toContain(side(rules.other(own)));
    };
    for (const persona of Object.keys(rules.SIDE_OF)) expectReward(persona);
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
