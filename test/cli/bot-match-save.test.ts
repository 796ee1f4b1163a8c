// `bot-match --save FILE` writes a normal save (the one `play` writes): `debrief` and
// `replay --verify` read it. With one seed, every bot pair and either `--first` deal the same
// hands and draw pile: checked here from the saves, as a teacher's examples would be.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as botMatch from '../../src/cli/commands/bot-match.js';
import * as debrief from '../../src/cli/commands/debrief.js';
import * as replay from '../../src/cli/commands/replay.js';
import type { GameState } from '../../src/engine/index.js';
import { deckFilesSource, readSave, restoreGame } from '../../src/store/index.js';
import { runCli } from './capture-io.js';

const commands = [botMatch, debrief, replay];
const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-botsave-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
async function savedMatch(args: string[]): Promise<{ file: string; out: string }> {
  const file = path.join(dir, `match-${++files}.json`);
  const run = await runCli(['bot-match', ...args, '--save', file], { commands });
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return { file, out: run.out };
}

/** The state in the save where the first headline is asked: the opening deal is done. */
async function openingDeal(file: string): Promise<Pick<GameState, 'hands' | 'deck' | 'firstPlayer'>> {
  const restored = await restoreGame(file, deckFilesSource, { keepStates: true });
  const dealt = restored.states?.find((s) => s.decision?.kind === 'headline');
  if (!dealt) throw new Error(`${file}: no headline was asked`);
  return { hands: dealt.hands, deck: dealt.deck, firstPlayer: dealt.firstPlayer };
}

describe('bot-match --save', () => {
  it('writes a save that debrief and replay --verify read, and says where it is', async () => {
    const { file, out } = await savedMatch(['--us', 'easy', '--china', 'random', '--seed', '31', '--rounds', '1']);
    expect(out.trimEnd().split('\n').at(-2)).toBe(`Game saved in ${file}. Its debrief: silicon-curtain debrief ${file}`);
    const save = readSave(file);
    expect(save.format).toBe('silicon-curtain-save');
    expect(save.setup).toMatchObject({ seed: 31, rounds: 1, seats: { us: 'easy', china: 'random' }, lang: 'en' });
    expect(save.progress.outcome).not.toBeNull();
    expect(save.actions.length).toBeGreaterThan(10);

    const handout = await runCli(['debrief', file, '--export', 'md'], { commands });
    expect(handout.err).toBe('');
    expect(handout.code).toBe(0);
    expect(handout.out).toMatch(/^# Silicon Curtain — debrief\n/);
    expect(handout.out).toContain('Seed: 31.');

    const verified = await runCli(['replay', file, '--verify'], { commands });
    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
  });

  it('records --first, --handicap and the language in the save', async () => {
    const { file } = await savedMatch(['--lang', 'fr', '--seed', '8', '--rounds', '1', '--first', 'china', '--handicap', '-3']);
    expect(readSave(file).setup).toMatchObject({ first: 'china', handicap: -3, lang: 'fr' });
    expect((await openingDeal(file)).firstPlayer).toBe('china');
    const verified = await runCli(['replay', file, '--verify'], { commands });
    expect(verified.code).toBe(0);
  });

  it('refuses a file that is already there before playing, in one line', async () => {
    const file = path.join(dir, 'taken.json');
    writeFileSync(file, 'my notes');
    const run = await runCli(['bot-match', '--seed', '1', '--save', file], { commands });
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      `silicon-curtain: --save ${file}: ${file} already exists and is not a Silicon Curtain save; choose another name so it is not overwritten\n`,
    );
  });

  it('refuses a --first that is not a side and a --handicap out of range', async () => {
    for (const [args, message] of [
      [['--first', 'moon'], "option '--first <side>' argument 'moon' is invalid. Allowed choices are us, china."],
      [['--handicap', '6'], "option '--handicap <n>' argument '6' is invalid. expected a whole number from -5 to 5"],
    ] as const) {
      const run = await runCli(['bot-match', ...args], { commands });
      expect(run.code).toBe(1);
      expect(run.err).toBe(`silicon-curtain: ${message}\n`);
    }
    expect(existsSync(path.join(dir, 'moon'))).toBe(false);
  });
});

describe('one seed, one deal, for the whole class', () => {
  it('gives the same opening hands and draw pile for --first us and --first china, whatever the bots', async () => {
    const deals = [];
    for (const [us, china, first] of [
      ['easy', 'easy', 'us'],
      ['easy', 'easy', 'china'],
      ['random', 'normal', 'us'],
      ['normal', 'random', 'china'],
      ['random', 'random', null],
    ] as const) {
      const { file } = await savedMatch(['--us', us, '--china', china, '--seed', '2026', '--rounds', '1', ...(first ? ['--first', first] : [])]);
      const deal = await openingDeal(file);
      if (first) expect(deal.firstPlayer).toBe(first);
      deals.push(deal);
    }
    const [reference] = deals;
    expect(reference?.hands.us.length).toBeGreaterThan(5);
    for (const deal of deals) {
      expect(deal.hands).toEqual(reference?.hands);
      expect(deal.deck).toEqual(reference?.deck);
    }
  }, 60_000);
});
