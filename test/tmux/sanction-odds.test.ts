// A sanction's odds in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR: a hot-seat game
// resumed where the US may sanction with one of its own cards. Played for a sanction, the target's
// detail line says what each roll removes before Enter picks it. Needs the bundle and tmux.
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

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin/silicon-curtain.js');
const built = existsSync(path.join(repo, 'dist/silicon-curtain.js')) && existsSync(bin);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = !built ? 'no build: run `npm run build` first (dist/silicon-curtain.js)' : !hasTmux ? 'tmux is not installed' : null;
if (skip) console.warn(`test/tmux/sanction-odds.test.ts skipped: ${skip}`);

const SETUP: SavedSetup = { seed: 138918, personas: { us: 'washington', china: 'beijing' }, rounds: 3, handicap: 0, seats: { us: 'human', china: 'human' }, lang: 'en', deckFiles: [] };

const sessions: string[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
  // The killed game may still be writing its save and lock: retry until the folder is empty.
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

/** A seeded line of play, avoiding losing moves, to the first US turn that may sanction with a US card. */
async function saveAtSanction(): Promise<{ file: string; card: string }> {
  const decks = (await deckFilesSource([])) as readonly LoadedDeck[];
  const blank = { format: 'silicon-curtain-save', rulesVersion: rules.RULES_VERSION, setup: SETUP, decks: decks.map((d) => ({ id: d.id, hash: d.hash })) } as unknown as SaveFile;
  const setup = gameSetupFor(blank, decks);
  for (let trial = 1; trial < 500; trial++) {
    const rng = { rng: trial };
    let s: GameState = createGame(setup);
    const actions: Action[] = [];
    while (!s.outcome && actions.length < 400) {
      const side = s.decision?.side;
      const view = side ? viewFor(s, side) : null;
      const legal = legalActions(s);
      const sanction = legal.find((a) => a.type === 'play' && a.use === 'sanction' && s.cards[a.card]?.side === 'us' && !losingMove(view as NonNullable<typeof view>, s.cards, a));
      if (side === 'us' && s.decision?.kind === 'play' && sanction?.type === 'play') {
        const save = buildSave({ appVersion: APP_VERSION, decks: blank.decks, setup: SETUP, actions, state: s, finalHash: saveHash(s), savedAt: new Date() });
        const dir = mkdtempSync(path.join(tmpdir(), 'sc-odds-'));
        dirs.push(dir);
        const file = path.join(dir, 'to-sanction.json');
        writeFileSync(file, formatSave(save));
        return { file, card: sanction.card };
      }
      const safe = legal.filter((a) => !view || !losingMove(view, s.cards, a));
      const pool = safe.length > 0 ? safe : legal;
      const action = pool[Math.floor(nextRandom(rng) * pool.length)] as Action;
      actions.push(action);
      s = applyAction(s, action);
    }
  }
  throw new Error('no line of play reached a US sanction');
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function start(size: { columns: number; rows: number }, args: string[]): string {
  const name = `sc-odds-${process.pid}-${sessions.length}`;
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

describe.skipIf(skip !== null)('a sanction’s odds in tmux', () => {
  for (const size of [{ columns: 80, rows: 24 }, { columns: 120, rows: 40 }]) {
    it(`are on the target's detail line at ${size.columns}×${size.rows}`, async () => {
      const { file, card } = await saveAtSanction();
      const t = start(size, ['resume', file]);
      await waitFor(t, has('Pass the keyboard'), 'the hand-off');
      keys(t, 'Enter');
      const hand = await waitFor(t, has('to act: Play a card'), 'the hand');
      const decks = (await deckFilesSource([])) as readonly LoadedDeck[];
      const title = decks.flatMap((d) => d.cards).find((c) => c.id === card)?.title;
      const name = (typeof title === 'string' ? title : title?.en ?? card).slice(0, 12);
      const digit = hand.split('\n').map((line) => new RegExp(`(\\d)\\s+\\d[UCN]\\s+.?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(line)?.[1]).find(Boolean) ?? '';
      expect(digit, `${name} in\n${hand}`).not.toBe('');
      keys(t, digit);
      const uses = await waitFor(t, has('How do you play'), 'the uses');
      const option = /(\d) Ops \d: sanction/.exec(uses)?.[1] ?? '';
      expect(option).not.toBe('');
      keys(t, option);
      const target = await waitFor(t, has('on a roll of 1 to 6'), 'the odds');
      // The detail panel is the board's width, left of the log: read it as one text.
      const panel = target.split('\n').map((line) => [...line].slice(0, size.columns === 80 ? 51 : 71).join('')).join(' ').replace(/\s+/g, ' ');
      expect(panel).toMatch(/sanction: die [+−]\d+ → removes \d(\/\d){5} on a roll of 1 to 6/);
      for (const line of target.split('\n')) expect([...line].length).toBeLessThanOrEqual(size.columns);
    }, 60_000);
  }
});
