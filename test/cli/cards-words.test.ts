// `cards WORDS...`: the catalogue narrowed to the cards whose id or title (English or French) has
// words starting with those typed, in the table, the JSON and the list of sources alike.
import { describe, expect, it } from 'vitest';
import { runCli } from './capture-io.js';

function ids(table: string): string[] {
  return table
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[0] ?? '');
}

describe('cards WORDS', () => {
  it('lists only the cards the words find, in the table and in the JSON', async () => {
    const table = await runCli(['cards', 'ascend']);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+SIDE\s+OPS\s+ERA\s+TITLE$/);
    expect(ids(table.out)).toEqual(['ascend-roadmap', 'ascend-910b-ramp', 'ascend-910c-launch', 'ascend-worldwide-guidance']);
    // Every word must find its start in the id or a title: "910" narrows "ascend" to two.
    const json = await runCli(['cards', '--json', 'Ascend', '910']);
    expect((JSON.parse(json.out) as { id: string }[]).map((c) => c.id)).toEqual(['ascend-910b-ramp', 'ascend-910c-launch']);
  });

  it('finds French titles without their accents, and shows them in French', async () => {
    const run = await runCli(['cards', 'treve', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^trade-truce\s+neutral\s+2\s+\d\s+Trêve commerciale$/m);
    expect(ids(run.out)).toEqual(['trade-truce']);
  });

  it('says when nothing matches, in one line, and exits 1', async () => {
    expect(await runCli(['cards', 'zzz'])).toMatchObject({ code: 1, out: '', err: 'silicon-curtain: no card matches "zzz"\n' });
    expect((await runCli(['cards', 'zzz', '--lang', 'fr'])).err).toBe('silicon-curtain: aucune carte ne correspond à "zzz"\n');
  });

  it('lists the sources of the cards found only', async () => {
    const run = await runCli(['cards', '--sources', '--lang', 'en', 'h20']);
    expect(run.code).toBe(0);
    const cited = [...run.out.matchAll(/cited by (.*)$/gm)].flatMap((m) => (m[1] ?? '').split(', '));
    expect(new Set(cited)).toEqual(new Set(['*H20 Export Licence*', '*H20 Licence Required*']));
    expect(run.out).toContain('(base, 2 cards)');
  });

  it('points cards show, when its words find many cards, to the listing of the same decks', async () => {
    const run = await runCli(['cards', 'show', 'a', '--deck', 'cards/frontiers.yaml']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/; 'silicon-curtain cards a --deck cards\/frontiers\.yaml' lists them all\n$/);
    const count = Number(/(\d+) cards match/.exec(run.err)?.[1]);
    const listed = await runCli(['cards', 'a', '--deck', 'cards/frontiers.yaml']);
    expect(ids(listed.out)).toHaveLength(count);
  });

  it('says in the run’s language that no deck is loaded', async () => {
    expect((await runCli(['cards', '--no-base-deck'])).err).toBe('silicon-curtain: no cards: no deck is loaded\n');
    expect((await runCli(['cards', '--no-base-deck', '--lang', 'fr'])).err).toBe('silicon-curtain: aucune carte\u00a0: aucun paquet n’est chargé\n');
  });
});
