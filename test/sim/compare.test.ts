// "What does my deck change?": `simulate --baseline` and `--without` play the same games twice
// and report the difference; the deck profile, the card filter and the event routes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimReport } from '../../src/sim/index.js';
import { newcombe, pairedMean, pairedNewcombe, wilson } from '../../src/sim/stats.js';
import { nextStage } from '../../src/cli/commands/simulate.js';
import { runSimulateCli } from './harness.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sc-compare-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = (out: string) => JSON.parse(out) as SimReport;
const FRONTIERS = 'cards/frontiers.yaml';

describe('the paired interval', () => {
  it('is the unpaired Newcombe interval when the pairs are uncorrelated', () => {
    const paired = pairedNewcombe({ both: 25, firstOnly: 25, secondOnly: 25, neither: 25 });
    const unpaired = newcombe(wilson(50, 100), wilson(50, 100));
    expect(paired.delta).toBe(0);
    expect(paired.low).toBeCloseTo(unpaired.low as number, 10);
    expect(paired.high).toBeCloseTo(unpaired.high as number, 10);
  });

  it('narrows when the two outcomes of a pair agree, and always holds the difference', () => {
    const agreeing = pairedNewcombe({ both: 45, firstOnly: 8, secondOnly: 2, neither: 45 });
    const unpaired = newcombe(wilson(53, 100), wilson(47, 100));
    expect(agreeing.delta).toBeCloseTo(0.06, 10);
    expect((agreeing.high as number) - (agreeing.low as number)).toBeLessThan((unpaired.high as number) - (unpaired.low as number));
    expect(agreeing.low).toBeLessThan(0.06);
    expect(agreeing.high).toBeGreaterThan(0.06);
    const all = pairedNewcombe({ both: 0, firstOnly: 10, secondOnly: 0, neither: 0 });
    expect(all.delta).toBe(1);
    expect(all.high).toBeLessThanOrEqual(1);
    expect(all.low).toBeGreaterThan(0.5);
    expect(pairedNewcombe({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 })).toEqual({ delta: null, low: null, high: null });
  });

  it('a paired mean: mean ± 1.96 standard errors', () => {
    const d = pairedMean([1, -1, 1, -1]);
    expect(d.delta).toBe(0);
    // s = √(4/3), se = s/2
    expect(d.high).toBeCloseTo((1.959963984540054 * Math.sqrt(4 / 3)) / 2, 10);
    expect(pairedMean([2]).low).toBeNull();
  });
});

describe('simulate --baseline', () => {
  it('plays the same games without the added deck: its baseline is exactly the base deck run', async () => {
    const withDeck = await runSimulateCli(['simulate', '--games', '16', '--seed', '5', '--workers', '1', '--json', '--deck', FRONTIERS, '--baseline']);
    expect(withDeck.code).toBe(0);
    const r = json(withDeck.out);
    const alone = json((await runSimulateCli(['simulate', '--games', '16', '--seed', '5', '--workers', '1', '--json'])).out);
    const plain = json((await runSimulateCli(['simulate', '--games', '16', '--seed', '5', '--workers', '1', '--json', '--deck', FRONTIERS])).out);
    const c = r.comparison;
    expect(c?.against).toEqual({ kind: 'baseline', decks: ['frontiers'] });
    expect(c?.baseline.decks).toEqual(alone.decks);
    expect(c?.baseline.wins).toEqual(alone.wins);
    expect(c?.baseline.design).toEqual(alone.design);
    // The run with the deck is the same report as without --baseline, plus the comparison.
    expect({ ...r, comparison: null }).toEqual(plain);
    expect(plain.comparison).toBeNull();
    // Every game finished in both runs here, so the paired rates are the two runs' rates.
    expect(c?.pairs).toBe(16);
    expect(c?.usWinRate.with.k).toBe(r.wins.us);
    expect(c?.usWinRate.baseline.k).toBe(alone.wins.us);
    const p = c?.usWinRate.pairs;
    expect((p?.firstOnly ?? 0) - (p?.secondOnly ?? 0)).toBe(r.wins.us - alone.wins.us);
    expect(c?.usWinRate.difference.delta).toBeCloseTo((r.wins.us - alone.wins.us) / 16, 4);
    expect(c?.usWinRate.difference.low).toBeLessThanOrEqual(c?.usWinRate.difference.delta as number);
    expect(c?.method).toContain('Newcombe');
  });

  it('the text report names the baseline and shows the difference with its interval', async () => {
    const run = await runSimulateCli(['simulate', '--games', '12', '--workers', '1', '--deck', FRONTIERS, '--baseline']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Compared with the same games without frontiers');
    expect(run.out).toMatch(/US win rate +\d+\.\d% +\d+\.\d% +[+−]\d+\.\d \[[+−]\d+\.\d, [+−]\d+\.\d\]/);
    expect(run.out).toMatch(/Plays: race/);
    expect(run.err).toContain('the same 12 games without frontiers (the baseline)');
  });

  it('--without CARD plays the same games without that card', async () => {
    const run = await runSimulateCli(['simulate', '--games', '8', '--workers', '1', '--json', '--deck', FRONTIERS, '--without', 'fusion-race']);
    expect(run.code).toBe(0);
    const r = json(run.out);
    expect(r.comparison?.against).toEqual({ kind: 'without', cards: ['fusion-race'] });
    expect(r.comparison?.baseline.cardCount).toBe(r.cardCount - 1);
    expect(r.comparison?.baseline.design.eventsFired).not.toHaveProperty('fusion-race');
    const text = await runSimulateCli(['simulate', '--games', '8', '--workers', '1', '--without', 'rare-earth-leverage']);
    expect(text.out).toContain('Compared with the same games without the card rare-earth-leverage');
  });

  it('--baseline-deck plays the same games with another version of the deck: its baseline is that version run alone', async () => {
    const original = await readFile(FRONTIERS, 'utf8');
    const at = original.indexOf('id: fusion-race');
    const ops = original.indexOf('ops: 1', at);
    expect(at).toBeGreaterThan(-1);
    const v2 = path.join(dir, 'frontiers-v2.yaml');
    await writeFile(v2, `${original.slice(0, ops)}ops: 4${original.slice(ops + 'ops: 1'.length)}`);
    const run = await runSimulateCli(['simulate', '--games', '16', '--seed', '5', '--workers', '1', '--json', '--deck', FRONTIERS, '--baseline-deck', v2]);
    expect(run.code).toBe(0);
    const r = json(run.out);
    const alone = json((await runSimulateCli(['simulate', '--games', '16', '--seed', '5', '--workers', '1', '--json', '--deck', v2])).out);
    const c = r.comparison;
    const hashOf = (report: SimReport) => report.decks.find((d) => d.id === 'frontiers')?.hash;
    expect(c?.against).toEqual({ kind: 'deck', decks: [{ id: 'frontiers', hash: hashOf(alone) }], instead: [{ id: 'frontiers', hash: hashOf(r) }] });
    expect(hashOf(alone)).not.toBe(hashOf(r));
    expect(c?.baseline.decks).toEqual(alone.decks);
    expect(c?.baseline.wins).toEqual(alone.wins);
    expect(c?.baseline.design).toEqual(alone.design);
    const text = await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--deck', FRONTIERS, '--baseline-deck', v2]);
    expect(text.out).toContain(`Compared with the same games with frontiers (${hashOf(alone)}) instead of frontiers (${hashOf(r)})`);
    expect(text.err).toContain(`the same 6 games with frontiers (${hashOf(alone)}) instead of frontiers (${hashOf(r)}) (the baseline)`);
    // The same file twice: nothing to compare, and the run says so.
    const same = await runSimulateCli(['simulate', '--games', '2', '--workers', '1', '--deck', FRONTIERS, '--baseline-deck', FRONTIERS]);
    expect(same.err).toContain('the --baseline-deck files hold the same cards as the --deck files: every difference will be 0');
  });

  it.each([
    [
      ['--baseline-deck', FRONTIERS],
      '--baseline-deck compares the same games with the --deck files and with these files in their place: give one or more --deck FILE',
    ],
    [['--deck', FRONTIERS, '--baseline-deck', FRONTIERS, '--without', 'fusion-race'], '--baseline-deck and --without: choose one'],
    [['--deck', FRONTIERS, '--baseline-deck', 'cards/no-such-deck.yaml'], 'cards/no-such-deck.yaml: error: cannot read the file: no such file'],
    [['--baseline'], '--baseline compares the same games with and without the added decks: give one or more --deck FILE'],
    [['--deck', FRONTIERS, '--baseline', '--without', 'fusion-race'], '--baseline and --without: choose one'],
    [['--deck', FRONTIERS, '--without', 'fusion-rase'], `--without: no card 'fusion-rase' in the decks of this run; did you mean "fusion-race"?`],
    [['--deck', FRONTIERS, '--cards-of', 'frontier'], `--cards-of: no deck 'frontier' in this run; did you mean "frontiers"? (decks: base, frontiers, or all)`],
  ])('refuses %j in one line', async (args, message) => {
    const run = await runSimulateCli(['simulate', '--games', '4', '--workers', '1', ...args]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`silicon-curtain: ${message}`);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe('simulate --until-ci', () => {
  it('plays on in stages until the interval is narrow enough: the report is that of a run of as many games', async () => {
    const run = await runSimulateCli([
      'simulate',
      '--games',
      '400',
      '--seed',
      '3',
      '--workers',
      '1',
      '--json',
      '--deck',
      FRONTIERS,
      '--baseline',
      '--until-ci',
      '8',
    ]);
    expect(run.code).toBe(0);
    const r = json(run.out);
    const u = r.comparison?.untilCi;
    expect(u?.reached).toBe(true);
    expect(u?.halfWidth).toBeLessThanOrEqual(8);
    // The first look is after 100 games; this run needed more, but far fewer than the 400 allowed.
    expect(u?.games).toBeGreaterThan(100);
    expect(u?.games).toBeLessThan(400);
    expect(run.err).toMatch(/after 100 games the US win-rate difference is within ±\d+\.\d points, asked ±8: playing on to \d+ games/);
    const fixed = json(
      (await runSimulateCli(['simulate', '--games', String(u?.games), '--seed', '3', '--workers', '1', '--json', '--deck', FRONTIERS, '--baseline'])).out,
    );
    expect(fixed.comparison?.untilCi).toBeNull();
    expect({ ...r, comparison: { ...r.comparison, untilCi: null } }).toEqual(fixed);
    const c = fixed.comparison;
    expect(((c?.usWinRate.difference.high as number) - (c?.usWinRate.difference.low as number)) * 50).toBeCloseTo(u?.halfWidth as number, 1);
  });

  it('stops at --games and says the interval was not reached', async () => {
    const run = await runSimulateCli(['simulate', '--games', '12', '--workers', '1', '--deck', FRONTIERS, '--baseline', '--until-ci', '1']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /Played 12 games in each run, the most --games allows: the US win-rate difference is within ±\d+\.\d points, not the ±1 asked; play more games/,
    );
  });

  it('grows a stage by the square of the interval it still has to shrink', () => {
    expect(nextStage(100, 6, 3, 10_000)).toBe(400);
    expect(nextStage(100, 4, 3, 10_000)).toBe(196);
    expect(nextStage(100, 3.01, 3, 10_000)).toBe(112);
    expect(nextStage(100, 9, 3, 250)).toBe(250);
    expect(nextStage(100, null, 3, 10_000)).toBe(200);
  });

  it.each([
    [['--until-ci', '3'], '--until-ci stops when the interval of a difference is narrow enough: give --baseline, --baseline-deck or --without too'],
    [['--deck', FRONTIERS, '--baseline', '--until-ci', 'three'], "--until-ci must be a number of percentage points from 0.1 to 50, got 'three'"],
    [['--deck', FRONTIERS, '--baseline', '--until-ci', '0'], "--until-ci must be a number of percentage points from 0.1 to 50, got '0'"],
  ])('refuses %j in one line', async (args, message) => {
    const run = await runSimulateCli(['simulate', '--games', '4', '--workers', '1', ...args]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`silicon-curtain: ${message}`);
  });
});

describe("the added deck's cards and profile", () => {
  it("lists only the added deck's cards by default, every card with --cards-of all", async () => {
    const own = await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--deck', FRONTIERS]);
    expect(own.out).toContain('Cards of frontiers');
    expect(own.out).toContain('Listed: the 19 cards of frontiers');
    expect(own.out).toMatch(/^ {2}fusion-race /m);
    expect(own.out).not.toMatch(/^ {2}rare-earth-leverage /m);
    const all = await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--deck', FRONTIERS, '--cards-of', 'all']);
    expect(all.out).toMatch(/^ {2}rare-earth-leverage /m);
    const base = await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--deck', FRONTIERS, '--cards-of', 'base']);
    expect(base.out).toMatch(/^ {2}rare-earth-leverage /m);
    expect(base.out).not.toMatch(/^ {2}fusion-race /m);
    // --json always holds every card, with its deck.
    const r = json((await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--json', '--deck', FRONTIERS])).out);
    expect(r.cards).toHaveLength(r.cardCount);
    expect(r.cards.find((c) => c.id === 'fusion-race')?.deck).toBe('frontiers');
    expect(r.cardFilter).toEqual(['frontiers']);
  });

  it("shows each deck's side mix", async () => {
    const r = json((await runSimulateCli(['simulate', '--games', '2', '--workers', '1', '--json', '--deck', FRONTIERS])).out);
    const frontiers = r.deckProfiles.find((p) => p.id === 'frontiers');
    expect(frontiers).toMatchObject({
      added: true,
      cards: 19,
      sides: { us: { cards: 8, ops: 13 }, china: { cards: 7, ops: 12 }, neutral: { cards: 4, ops: 6 } },
      eras: [1, 8, 10],
    });
    expect(r.deckProfiles.find((p) => p.id === 'base')?.added).toBe(false);
    const text = await runSimulateCli(['simulate', '--games', '2', '--workers', '1', '--deck', FRONTIERS]);
    expect(text.out).toMatch(/frontiers \(added\) +19 +8 \(13\) +7 \(12\) +4 \(6\) +1\/8\/10/);
  });

  it("counts events fired by the opponent's Ops plays and events blocked by their requires", async () => {
    // US cards that only fire when the US acts: China's Ops plays of them are blocked.
    const cards = [1, 2, 3, 4, 5, 6].map(
      (i) => `  - id: gated-${i}
    title: { en: Gated ${i}, fr: Verrou ${i} }
    side: us
    ops: 2
    era: 1
    requires: { actingSide: us }
    text: { en: The US gains 1 Leadership., fr: Les États-Unis gagnent 1 Leadership. }
    event:
      - { op: vp, side: self, amount: 1 }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`,
    );
    const file = path.join(dir, 'gated.yaml');
    await writeFile(file, `formatVersion: 1\nid: gated\nname: { en: Gated, fr: Verrou }\ncards:\n${cards.join('')}`);
    const r = json((await runSimulateCli(['simulate', '--games', '20', '--workers', '1', '--json', '--deck', file])).out);
    const gated = r.cards.filter((c) => c.deck === 'gated');
    const blocked = gated.reduce((n, c) => n + c.blocked, 0);
    expect(blocked).toBeGreaterThan(0);
    // A gated card never fires on China's Ops play: only the US's own plays fire it.
    expect(gated.every((c) => c.fired.opponentOps === 0)).toBe(true);
    const base = r.cards.filter((c) => c.deck === 'base');
    expect(base.reduce((n, c) => n + c.fired.opponentOps, 0)).toBeGreaterThan(0);
    // An event played for itself fires (or is blocked) once per play.
    for (const c of r.cards) expect(c.fired.event + c.fired.headline).toBeLessThanOrEqual(c.event.us + c.event.china);
    const text = await runSimulateCli(['simulate', '--games', '20', '--workers', '1', '--deck', file]);
    expect(text.out).toContain(`Events blocked by their requires: ${blocked}`);
    expect(text.out).toMatch(/by the opponent's Ops play \d+ \(\d+\.\d%\)/);
  });
});

describe('a deck using the deck-format additions of issue 21', () => {
  it('plays random games with no error, its rules acting and its events fired or blocked', async () => {
    const run = await runSimulateCli(['simulate', '--games', '120', '--workers', '1', '--json', '--deck', 'test/sim/designer-features.yaml']);
    expect(run.code).toBe(0);
    const r = json(run.out);
    expect(r.errors).toEqual([]);
    const card = (id: string) => r.cards.find((c) => c.id === id);
    expect(card('features-late-controls')?.blocked).toBeGreaterThan(0);
    const fired = (id: string) => Object.values(card(id)?.fired ?? {}).reduce((a, b) => a + b, 0);
    for (const id of [
      'features-chips-fabs',
      'features-stockpiles',
      'features-late-controls',
      'features-last-push',
      'features-thin-hands',
      'features-recall',
      'features-export-review',
      'features-state-media',
      'features-leaked-roadmap',
      'features-hearing',
      'features-poached-team',
      'features-seized-shipment',
    ])
      expect(fired(id)).toBeGreaterThan(0);
    expect(card('features-chips-fabs')?.lastingActs).toBeGreaterThan(0);
    // Leadership per firing, toward the side the event worked for: +2 in the last round, else +1;
    // 1 per card in the opponent's hand, at most 2; none for a card that moves no Leadership.
    const lead = (id: string) => card(id)?.leadershipPerFire as number;
    expect(lead('features-last-push')).toBeGreaterThan(1);
    expect(lead('features-last-push')).toBeLessThan(2);
    expect(lead('features-thin-hands')).toBeGreaterThan(1);
    expect(lead('features-thin-hands')).toBeLessThanOrEqual(2);
    expect(lead('features-chips-fabs')).toBe(0);
    expect(card('features-late-controls')?.lastingActs).toBeGreaterThan(0);
  });
});
