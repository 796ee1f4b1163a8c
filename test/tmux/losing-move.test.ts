// The losing-move confirmation in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR: a
// hot-seat game of seed 138918 (the reported case) resumed where Washington, at clock 2, holds
// China's Minerals Ban (Clock −1). Its Ops use is marked, the first Enter only asks, Esc backs out,
// y plays it and the game ends in sudden death. Needs the bundle and tmux; skipped without either.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, losingMove, rules, viewFor, type Action, type GameState } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { APP_VERSION, buildSave, deckFilesSource, formatSave, gameSetupFor, saveHash, type SavedSetup, type SaveFile } from '../../src/store/index.js';
import type { LoadedDeck } from '../../src/decks/types.js';
import { localText } from '../../src/i18n/lang.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin/silicon-curtain.js');
const built = existsSync(path.join(repo, 'dist/silicon-curtain.js')) && existsSync(bin);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = !built ? 'no build: run `npm run build` first (dist/silicon-curtain.js)' : !hasTmux ? 'tmux is not installed' : null;
if (skip) console.warn(`test/tmux/losing-move.test.ts skipped: ${skip}`);

const SETUP: SavedSetup = { seed: 138918, personas: { us: 'washington', china: 'beijing' }, rounds: 3, handicap: 0, seats: { us: 'human', china: 'human' }, lang: 'en', deckFiles: [] };

const sessions: string[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
  // The killed game may still be writing its save and lock: retry until the folder is empty.
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

/** A seeded line of play that avoids losing moves until the side to act could lose on the spot with an Ops play. */
async function saveAtLosingMove(): Promise<{ file: string; title: string }> {
  const decks = (await deckFilesSource([])) as readonly LoadedDeck[];
  const blank = { format: 'silicon-curtain-save', rulesVersion: rules.RULES_VERSION, setup: SETUP, decks: decks.map((d) => ({ id: d.id, hash: d.hash })) } as unknown as SaveFile;
  const setup = gameSetupFor(blank, decks);
  for (let trial = 1; trial < 2000; trial++) {
    const rng = { rng: trial };
    let s: GameState = createGame(setup);
    const actions: Action[] = [];
    while (!s.outcome && actions.length < 400) {
      const side = s.decision?.side;
      const view = side ? viewFor(s, side) : null;
      const legal = legalActions(s);
      const losing = view && s.decision?.kind === 'play' ? legal.find((a) => a.type === 'play' && a.use === 'influence' && losingMove(view, s.cards, a)?.sure) : undefined;
      if (losing?.type === 'play') {
        const save = buildSave({ appVersion: APP_VERSION, decks: blank.decks, setup: SETUP, actions, state: s, finalHash: saveHash(s), savedAt: new Date() });
        const dir = mkdtempSync(path.join(tmpdir(), 'sc-losing-'));
        dirs.push(dir);
        const file = path.join(dir, 'at-clock-2.json');
        writeFileSync(file, formatSave(save));
        return { file, title: localText(s.cards[losing.card]?.title, 'en') || losing.card };
      }
      const safe = legal.filter((a) => !view || !losingMove(view, s.cards, a));
      const pool = safe.length > 0 ? safe : legal;
      const action = pool[Math.floor(nextRandom(rng) * pool.length)] as Action;
      actions.push(action);
      s = applyAction(s, action);
    }
  }
  throw new Error('no line of play reached a losing move');
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function start(size: { columns: number; rows: number }, args: string[]): string {
  const name = `sc-losing-${process.pid}-${sessions.length}`;
  sessions.push(name);
  const command = `cd ${quote(repo)} && env -u CI -u CONTINUOUS_INTEGRATION NO_COLOR=1 ${quote(process.execPath)} bin/silicon-curtain.js ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 60`;
  execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
  return name;
}

const screen = (name: string): string => execFileSync('tmux', ['capture-pane', '-p', '-t', name], { encoding: 'utf8' });
const keys = (name: string, ...k: string[]): void => void execFileSync('tmux', ['send-keys', '-t', name, ...k]);

async function waitFor(name: string, test: (shown: string) => boolean, what: string, seconds = 15): Promise<string> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(name);
    if (test(shown)) return shown;
    if (Date.now() > end) throw new Error(`${what} not on screen after ${seconds}s:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const has = (text: string) => (shown: string) => shown.includes(text);

describe.skipIf(skip !== null)('the losing-move confirmation in tmux', () => {
  for (const size of [{ columns: 80, rows: 24 }, { columns: 120, rows: 40 }]) {
    it(`marks, asks, backs out and plays at ${size.columns}×${size.rows}`, async () => {
      const { file, title } = await saveAtLosingMove();
      const t = start(size, ['resume', file]);
      // The hand shows "N  1C  Title": the digit to press for the card that would lose.
      const row = new RegExp(`(\\d)\\s+\\d[UC]\\s+${title.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      await waitFor(t, has('Pass the keyboard'), 'the hand-off');
      keys(t, 'Enter');
      const hand = await waitFor(t, has('to act: Play a card'), 'the hand');
      const digit = hand.split('\n').map((line) => line.match(row)?.[1]).find((d) => d !== undefined) ?? '';
      expect(digit).not.toBe('');
      keys(t, digit);
      const uses = await waitFor(t, has('⚠ loses the game'), 'the warning');
      expect(uses).toContain(`How do you play ${title.split(" ")[0] ?? title}`);
      keys(t, 'Enter');
      await waitFor(t, has('When?'), 'the timing');
      keys(t, 'Enter');
      const asked = await waitFor(t, has('Play it anyway?'), 'the confirmation');
      expect(asked).toContain('⚠ loses the game: the clock would reach 1 · Play it anyway?');
      for (const line of asked.split('\n')) expect(line.length).toBeLessThanOrEqual(size.columns);
      keys(t, 'Escape');
      await waitFor(t, (shown) => !shown.includes('Play it anyway?') && shown.includes('When?'), 'backing out');
      expect(screen(t)).not.toContain('Game over');
      keys(t, 'Enter');
      await waitFor(t, has('Play it anyway?'), 'the confirmation again');
      keys(t, 'y');
      // An event that asks its owner to choose (where to remove influence) hands the keyboard over
      // first: Enter takes the default answers until the clock falls. Only on those screens: an
      // Enter that reached the end screen would start a rematch.
      const end = await waitFor(
        t,
        (shown) => {
          if (shown.includes('Game over')) return true;
          if (shown.includes('Pass the keyboard') || /to act: (Remove|Place)/.test(shown)) keys(t, 'Enter');
          return false;
        },
        'the end screen',
      );
      expect(end).toContain('wins by sudden death');
    }, 40_000);
  }
});
