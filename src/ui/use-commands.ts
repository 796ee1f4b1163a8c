// Key presses as commands from the keymap, for the screen that has the keyboard. Input is only
// read where the terminal can give raw keys, so a piped stdin never makes ink throw.
import { useInput, useStdin, type Key } from 'ink';
import { useCallback } from 'react';
import { commandOf, type CommandEvent } from './keymap.js';

/** A key event with no modifier or special key set: what ink gives with a plain character. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A control character other than Enter and Tab (Ctrl-A to Ctrl-Z): ink gives it as its letter with ctrl. */
function controlLetter(ch: string): string | null {
  const code = ch.charCodeAt(0);
  return code >= 1 && code <= 26 && ch !== '\r' && ch !== '\t' && ch !== '\n' ? String.fromCharCode(code + 96) : null;
}

/** Keys that arrived in one read (quick typing, key repeat, a paste) come as one string: one key each.
 * A Ctrl-C among them is still Ctrl-C (it was read as an unknown key and dropped). */
export function splitKeys(input: string): [string, Key][] {
  return [...input].map((ch): [string, Key] => {
    const letter = controlLetter(ch);
    if (letter !== null) return [letter, { ...NO_KEY, ctrl: true }];
    return [
      ch === '\r' || ch === '\t' || ch === '\x7f' ? '' : ch,
      { ...NO_KEY, return: ch === '\r', tab: ch === '\t', delete: ch === '\x7f', shift: /[A-Z]/.test(ch) },
    ];
  });
}

/** What a command handler may answer: `typing` when the command starts typing text (a search
 * after /), so that the rest of the same read is that text, not more commands. */
export type AfterCommand = void | 'typing';

/** The keys of one read: several keys typed quickly or pasted come as one string, one key each;
 * a single key, or an escape sequence (arrows, Alt), is the key ink decoded. */
export function keysOfRead(input: string, key: Key): [string, Key][] {
  return input.length > 1 && !input.includes('\x1b') ? splitKeys(input) : [[input, key]];
}

export function useCommands(
  handler: (event: CommandEvent, input: string) => AfterCommand,
  isActive = true,
  /** Takes the rest of a read after a command that starts typing (see AfterCommand). */
  onTyped?: (rest: string) => void,
): void {
  const { isRawModeSupported } = useStdin();
  const onInput = useCallback(
    (input: string, key: Key) => {
      const presses = keysOfRead(input, key);
      for (const [i, [one, k]] of presses.entries()) {
        const event = commandOf(one, k);
        if (event && handler(event, one) === 'typing' && presses.length > 1) {
          const rest = [...input].slice(i + 1).join('');
          if (rest !== '') onTyped?.(rest);
          return;
        }
      }
    },
    [handler, onTyped],
  );
  useInput(onInput, { isActive: isActive && isRawModeSupported });
}
