// The keymap, the text cutting that keeps panels in their boxes, and the log in both languages.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, viewFor, type LogEntry } from '../../src/engine/index.js';
import { wordLog, type LogWords } from '../../src/i18n/log-words.js';
import { t } from '../../src/i18n/messages.js';
import { commandOf, KEYMAP, keyLabels, type Command } from '../../src/ui/keymap.js';
import { NO_KEY, splitKeys } from '../../src/ui/use-commands.js';
import { clampLines, displayWidth, fit, truncate, wrap } from '../../src/ui/terminal/text.js';
import { fixtureSetup, FIXTURE_CARDS } from '../engine/fixture-deck.js';

const none: Key = NO_KEY;

describe('the keymap', () => {
  it('maps arrows and h/j/k/l, Enter, Esc, digits and the letter commands', () => {
    expect(commandOf('', { ...none, upArrow: true })).toEqual({ command: 'up' });
    expect(commandOf('k', none)).toEqual({ command: 'up' });
    expect(commandOf('l', none)).toEqual({ command: 'right' });
    expect(commandOf('L', { ...none, shift: true })).toEqual({ command: 'log' });
    expect(commandOf('', { ...none, return: true })).toEqual({ command: 'confirm' });
    expect(commandOf('', { ...none, escape: true, meta: true })).toEqual({ command: 'back' });
    expect(commandOf('3', none)).toEqual({ command: 'digit', digit: 3 });
    expect(commandOf('?', none)).toEqual({ command: 'help' });
    expect(commandOf('u', none)).toEqual({ command: 'undo' });
    expect(commandOf('q', none)).toEqual({ command: 'quit' });
    expect(commandOf('c', { ...none, ctrl: true })).toEqual({ command: 'interrupt' });
    expect(commandOf('', { ...none, delete: true })).toEqual({ command: 'erase' });
    expect(commandOf('z', none)).toBeNull();
  });

  it('reads keys that arrive together (quick typing, a paste) one by one', () => {
    const commands = splitKeys('\r\rL2').map(([input, key]) => commandOf(input, key));
    expect(commands).toEqual([{ command: 'confirm' }, { command: 'confirm' }, { command: 'log' }, { command: 'digit', digit: 2 }]);
    // Enter then Ctrl-C in one read: the Ctrl-C still quits.
    expect(splitKeys('\r\u0003').map(([input, key]) => commandOf(input, key))).toEqual([{ command: 'confirm' }, { command: 'interrupt' }]);
  });

  it('gives every command a key label, in both languages', () => {
    for (const command of Object.keys(KEYMAP) as Command[]) {
      expect(keyLabels(command, (k) => t('en', k)).length).toBeGreaterThan(0);
    }
    expect(keyLabels('confirm', (k) => t('fr', k))).toEqual(['Entrée']);
  });

  it('shows the yes key of the player’s language, and takes either (y, o)', () => {
    expect(keyLabels('yes', (k) => t('en', k))).toEqual(['y']);
    expect(keyLabels('yes', (k) => t('fr', k))).toEqual(['o']);
    for (const input of ['y', 'o']) expect(commandOf(input, none)?.command).toBe('yes');
  });

  it('never binds one key to two commands', () => {
    const seen = new Map<string, Command>();
    const probes: [string, Key][] = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?/ '].map((c) => [c, none]);
    for (const [input, k] of probes) {
      const hits = (Object.keys(KEYMAP) as Command[]).filter((c) => KEYMAP[c].some((b) => b.match(input, k)));
      expect(hits.length, `key ${input}`).toBeLessThanOrEqual(1);
      if (hits[0]) seen.set(input, hits[0]);
    }
    expect(seen.get('L')).toBe('log');
  });
});

describe('text by terminal cells', () => {
  it('measures wide characters and cuts with an ellipsis', () => {
    expect(displayWidth('Ascend 910C')).toBe(11);
    expect(displayWidth('华为')).toBe(4);
    expect(truncate('Export controls', 8)).toBe('Export…');
    expect(fit('ab', 4)).toBe('ab  ');
    expect(displayWidth(truncate('华为昇腾芯片', 7))).toBeLessThanOrEqual(7);
  });

  it('wraps on words, splits a word longer than the line, and clamps with an ellipsis', () => {
    expect(wrap('the quick brown fox', 9)).toEqual(['the quick', 'brown fox']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // A no-break space keeps French punctuation on its word's line, and stays a no-break space.
    expect(wrap('une carte\u00a0: une autre', 10)).toEqual(['une', 'carte\u00a0:', 'une autre']);
    expect(clampLines(['one', 'two', 'three'], 2, 10)).toEqual(['one', 'two…']);
  });
});

function wording(lang: 'en' | 'fr'): LogWords {
  const setup = fixtureSetup(7);
  return { lang, cards: Object.fromEntries(FIXTURE_CARDS.map((c) => [c.id, c])), personas: setup.personas };
}

describe('the log in words', () => {
  const entries: LogEntry[] = [
    { round: 1, type: 'play', side: 'us', card: 'us-place', use: 'influence', ops: 3 },
    { round: 1, type: 'influence', side: 'us', owner: 'us', space: 'tencent', delta: 1 },
    { round: 1, type: 'influence', side: 'us', owner: 'us', space: 'tencent', delta: 1 },
    { round: 1, type: 'influence', side: 'us', owner: 'us', space: 'alibaba', delta: 1 },
    { round: 1, type: 'sanction', side: 'china', space: 'hbm', roll: 5, modifier: -1, result: 4, removed: 1, added: 0 },
    { round: 1, type: 'track', track: 'leadership', from: 0, to: -2, reason: 'pressure:washington' },
  ];

  it('words each entry, folds a run of placements into one line and adds a bot’s reason', () => {
    const lines = wordLog(wording('en'), entries, { 4: 'hit the memory makers' });
    expect(lines.map((l) => l.text)).toEqual([
      'Washington played us-place for 3 Ops: influence.',
      'Washington placed influence: Tencent +2, Alibaba +1.',
      'Huawei sanctioned HBM memory: rolled 5 −1 = 4, removed 1.',
      'Leadership: even → China +2 (Washington pressure check).',
    ]);
    expect(lines[2]).toMatchObject({ side: 'china', note: 'hit the memory makers' });
  });

  it('speaks French', () => {
    const lines = wordLog(wording('fr'), entries);
    expect(lines[1]?.text).toBe('Washington a placé de l’influence\u00a0: Tencent +2, Alibaba +1.');
    expect(lines[3]?.text).toBe('Leadership\u00a0: à égalité → Chine +2 (test de pression de Washington).');
    expect(lines[2]?.text).toBe('Huawei a sanctionné la Mémoire HBM\u00a0: 5 au dé −1 = 4, influence retirée\u00a0: 1.');
  });

  it('writes a negative sanction result with a true minus sign, in both languages', () => {
    const miss: LogEntry[] = [{ round: 1, type: 'sanction', side: 'us', space: 'tencent', roll: 1, modifier: -2, result: -1, removed: 0, added: 0 }];
    expect(wordLog(wording('en'), miss)[0]?.text).toBe('Washington sanctioned Tencent: rolled 1 −2 = −1, no effect.');
    expect(wordLog(wording('fr'), miss)[0]?.text).toBe('Washington a sanctionné Tencent\u00a0: 1 au dé −2 = −1, sans effet.');
  });

  it('says a first player the game fixed was not chosen by anyone', () => {
    const fixed = createGame(fixtureSetup(5, { first: 'china' }));
    const chosen = applyAction(createGame(fixtureSetup(5)), { type: 'chooseFirst', first: 'us' });
    const firstLine = (s: typeof fixed, lang: 'en' | 'fr') => wordLog(wording(lang), s.log).find((l) => /first|premier/.test(l.text));
    expect(firstLine(fixed, 'en')).toMatchObject({ text: 'Huawei acts first (fixed for this game).', side: 'china' });
    expect(firstLine(fixed, 'fr')?.text).toBe('Huawei joue en premier (choix fixé pour cette partie).');
    expect(firstLine(chosen, 'en')).toMatchObject({ text: 'Huawei let Washington act first.', side: 'china' });
  });

  it('words every entry of a real game without a missing placeholder', () => {
    let s = createGame(fixtureSetup(5));
    for (let i = 0; i < 300 && !s.outcome; i++) s = applyAction(s, viewFor(s, s.decision!.side).legal[i % viewFor(s, s.decision!.side).legal.length]!);
    for (const lang of ['en', 'fr'] as const) {
      for (const line of wordLog(wording(lang), s.log)) expect(line.text).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
  });
});
