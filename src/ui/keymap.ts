// The one keymap: every command the screens understand and the keys that give it. Screens ask
// for commands, never for raw keys, and the help overlay lists this same table, so a key
// shown to the player is always the key that works.
//
// `l` would be both "right" (h/j/k/l) and "log": movement keeps the vim set, the log is `L`.
import type { Key } from 'ink';
import type { MessageKey } from '../i18n/messages.js';

export type Command =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'confirm'
  | 'back'
  | 'digit'
  | 'help'
  | 'undo'
  | 'log'
  | 'quit'
  | 'interrupt'
  | 'tab'
  | 'yes'
  | 'no'
  | 'erase'
  | 'random'
  | 'debrief'
  | 'situation'
  | 'card'
  | 'lesson'
  | 'search'
  | 'pause'
  /** The teacher's dashboard: end every game at the bell (asks first). */
  | 'bell'
  /** The teacher's dashboard: a new round of pairings. */
  | 'pairings';

export interface CommandEvent {
  command: Command;
  /** For `digit`: the number pressed, 0–9. */
  digit?: number;
}

interface Binding {
  /** How the key is written in the help: a literal, or a message key for named keys. */
  label: string | { key: MessageKey };
  match(input: string, key: Key): boolean;
}

const char = (c: string): Binding => ({ label: c, match: (input, key) => input === c && !key.ctrl && !key.meta });
const named = (label: MessageKey, test: (key: Key, input: string) => boolean): Binding => ({
  label: { key: label },
  match: (input, key) => test(key, input),
});

/** Command → keys, in the order the help lists them. */
export const KEYMAP: Readonly<Record<Command, readonly Binding[]>> = {
  up: [{ label: '↑', match: (_i, k) => k.upArrow }, char('k')],
  down: [{ label: '↓', match: (_i, k) => k.downArrow }, char('j')],
  left: [{ label: '←', match: (_i, k) => k.leftArrow }, char('h')],
  right: [{ label: '→', match: (_i, k) => k.rightArrow }, char('l')],
  pageUp: [named('key.pageUp', (k) => k.pageUp)],
  pageDown: [named('key.pageDown', (k) => k.pageDown), named('key.space', (_k, i) => i === ' ')],
  home: [named('key.home', (k) => k.home)],
  end: [named('key.end', (k) => k.end)],
  confirm: [named('key.enter', (k) => k.return)],
  back: [named('key.esc', (k) => k.escape)],
  // 0 only types (a seed); as a list shortcut it picks nothing.
  digit: [{ label: '1–9', match: (input, key) => /^[0-9]$/.test(input) && !key.ctrl && !key.meta }],
  help: [char('?')],
  undo: [char('u')],
  log: [char('L')],
  quit: [char('q')],
  interrupt: [named('key.ctrlC', (k, i) => k.ctrl && i === 'c')],
  tab: [named('key.tab', (k) => k.tab)],
  // y (yes) or o (oui), either way; the hint shows the one of the player's language.
  yes: [{ label: { key: 'key.yes' }, match: (input, key) => (input === 'y' || input === 'o') && !key.ctrl && !key.meta }],
  no: [char('n')],
  erase: [named('key.backspace', (k) => k.backspace || k.delete)],
  random: [char('r')],
  debrief: [char('d')],
  situation: [char('i')],
  card: [char('c')],
  lesson: [char('t')],
  search: [char('/')],
  pause: [char('p')],
  bell: [char('b')],
  pairings: [char('N')],
};

// Checked in this order: specific keys before the letters that other commands also read.
const ORDER: readonly Command[] = [
  'interrupt',
  'confirm',
  'back',
  'tab',
  'erase',
  'up',
  'down',
  'left',
  'right',
  'pageUp',
  'pageDown',
  'home',
  'end',
  'digit',
  'help',
  'undo',
  'log',
  'quit',
  'yes',
  'no',
  'random',
  'debrief',
  'situation',
  'card',
  'lesson',
  'search',
  'pause',
  'bell',
  'pairings',
];

/** The command a key press gives, or null for a key no screen uses. */
export function commandOf(input: string, key: Key): CommandEvent | null {
  for (const command of ORDER) {
    if (!KEYMAP[command].some((b) => b.match(input, key))) continue;
    return command === 'digit' ? { command, digit: Number(input) } : { command };
  }
  return null;
}

/** The keys of a command as the player reads them, e.g. ['↑', 'k']. */
export function keyLabels(command: Command, word: (key: MessageKey) => string): string[] {
  return KEYMAP[command].map((b) => (typeof b.label === 'string' ? b.label : word(b.label.key)));
}

/** The first key of a command, for the status line. */
export function mainKey(command: Command, word: (key: MessageKey) => string): string {
  return keyLabels(command, word)[0] ?? '';
}
